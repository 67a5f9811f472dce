import { launchChromium, serveDist, CHART_IDS, waitForFirstDraw } from './tests/support.mjs';
const server = await serveDist();
const browser = await launchChromium();
const widths = [320, 375, 480, 600, 768, 1024, 1280];
console.log('id', widths.join(' '));
for (const id of [...CHART_IDS, 'article']) {
  const row = [];
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 700 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    let h = 0;
    page.on('console', () => {});
    await page.goto(`${server.url}?embed=${id}`);
    if (id !== 'article') await waitForFirstDraw(page, id);
    await page.waitForTimeout(400);
    h = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    row.push(h);
    await context.close();
  }
  console.log(id, row.join(' '));
}
await browser.close(); await server.close();
