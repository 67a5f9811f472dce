import { serveDist, launchChromium, waitForChart } from './tests/support.mjs';
const server = await serveDist();
const browser = await launchChromium();
for (const [w, h] of [[1280, 900], [375, 800]]) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(server.url + '#cercles');
  await waitForChart(page, 'cercles');
  await page.locator('#cercles .pme-figure__stage').focus();
  await page.keyboard.press('Home');
  await page.waitForTimeout(300);
  await page.locator('#cercles').screenshot({ path: `/tmp/vous-${w}.png` });
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  await page.locator('#cercles').screenshot({ path: `/tmp/vous-${w}-next.png` });
  await context.close();
}
await browser.close(); await server.close();
