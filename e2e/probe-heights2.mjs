import { launchChromium, serveDist, waitForFirstDraw } from './tests/support.mjs';
const server = await serveDist();
const browser = await launchChromium();
const widths = [320, 375, 480, 600, 768, 1024, 1280];
console.log('q', widths.join(' '));
for (const q of ['embed=amis&relais=3', 'embed=amis&segmenter=1', 'embed=amis&relais=3&segmenter=1', 'embed=temps&heures=11.5', 'embed=cercles&cercle=famille', 'embed=amis&controls=0', 'embed=cercles&controls=0', 'embed=temps&controls=0', 'embed=actualite&controls=0', 'embed=mobiles&controls=0']) {
  const row = [];
  const id = q.split('&')[0].slice(6);
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 700 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.url}?${q}`);
    await waitForFirstDraw(page, id);
    await page.waitForTimeout(400);
    row.push(await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
    await context.close();
  }
  console.log(q, row.join(' '));
}
await browser.close(); await server.close();
