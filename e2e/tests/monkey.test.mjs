// Monkey test: 2 000 seeded random interactions (pointer and touch, keys,
// wheel, window sizes from 280 to 1600 px, theme switches, a frozen tab,
// « Rejouer » mid-animation, the embed dialog, downloads) must leave no
// console error, no page error or panic, no CSP violation, and a page that
// still answers. MONKEY_SEED=<n> replays a run; the seed is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHART_IDS, STRICT_CSP, useSite, waitForChart } from './support.mjs';

const site = useSite({ headers: { 'Content-Security-Policy': STRICT_CSP } });

const SEED = Number(process.env.MONKEY_SEED ?? 20261127) >>> 0;
const STEPS = Number(process.env.MONKEY_STEPS ?? 2000);

/** mulberry32: a small, well-mixed 32-bit PRNG; the same seed, the same run. */
function prng(seed) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, int, pick };
}

const KEYS = ['Tab', 'Shift+Tab', 'ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Enter', 'Escape', ' ', 'Home', 'End'];

/** Centre of the `index`-th (modulo) visible control of the page, or null. */
function control(index) {
  const all = [...document.querySelectorAll('button, input, label, .pme-figure__stage, summary, textarea')]
    .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 0);
  if (!all.length) return null;
  const el = all[index % all.length];
  el.scrollIntoView({ block: 'nearest' });
  const r = el.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2, what: `${el.tagName} ${el.textContent.trim().slice(0, 20)}` };
}

test(`2 000 random interactions leave no error and a live page (seed ${SEED})`, async () => {
  console.log(`monkey: seed ${SEED}, ${STEPS} steps (MONKEY_SEED=${SEED} replays it)`);
  const { context, page, errors } = await site.open({ hasTouch: true, acceptDownloads: true }, {
    beforeGoto: (p) => p.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    }),
  });
  const opened = { dialogs: 0, downloads: 0, popups: 0 };
  page.on('dialog', (d) => { opened.dialogs++; d.dismiss().catch(() => {}); });
  page.on('download', (d) => { opened.downloads++; d.delete().catch(() => {}); });
  context.on('page', (p) => { if (p !== page) { opened.popups++; p.close().catch(() => {}); } });
  const cdp = await context.newCDPSession(page);
  await waitForChart(page, 'amis');

  /** The canvas of chart `id` in viewport coordinates, or null when not shown. */
  const canvasBox = (id) => page.evaluate((i) => {
    const canvas = document.querySelector(`#${i} canvas`);
    const r = canvas?.checkVisibility() && canvas.getBoundingClientRect();
    return r && r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, id);
  const r = prng(SEED);
  let size = { width: 1280, height: 900 };
  const log = [];
  const actions = [
    [10, 'click a control', async () => {
      const at = await page.evaluate(control, r.int(0, 999));
      if (at) await page.mouse.click(at.x, at.y);
      return at?.what;
    }],
    [14, 'click a chart', async () => {
      const box = await canvasBox(r.pick(CHART_IDS));
      if (!box) return 'hidden';
      await page.mouse.click(box.x + box.width * r.next(), box.y + box.height * r.next());
      return `${box.x | 0},${box.y | 0}`;
    }],
    [10, 'move over a chart', async () => {
      const box = await canvasBox(r.pick(CHART_IDS));
      if (box) await page.mouse.move(box.x + box.width * r.next(), box.y + box.height * r.next());
    }],
    [8, 'tap', async () => {
      const [x, y] = [r.int(0, size.width - 1), r.int(0, size.height - 1)];
      await page.touchscreen.tap(x, y);
      return `${x},${y}`;
    }],
    [8, 'click anywhere', async () => {
      const [x, y] = [r.int(0, size.width - 1), r.int(0, size.height - 1)];
      await page.mouse.click(x, y);
      return `${x},${y}`;
    }],
    [22, 'key', async () => {
      const key = r.pick(KEYS);
      await page.keyboard.press(key);
      return key;
    }],
    [6, 'wheel', async () => {
      const dy = r.int(-900, 900);
      await page.mouse.wheel(0, dy);
      return dy;
    }],
    [6, 'scroll to a chart', async () => {
      const id = r.pick(CHART_IDS);
      await page.evaluate((i) => document.getElementById(i)?.scrollIntoView({ block: 'center' }), id);
      return id;
    }],
    [5, 'Rejouer', async () => {
      const id = r.pick(CHART_IDS);
      const button = page.locator(`#${id} .pme-stage__bar button`);
      if (await button.isVisible()) await button.click({ timeout: 2000, force: true }).catch(() => {});
      return id;
    }],
    [4, 'resize', async () => {
      size = { width: r.int(280, 1600), height: r.int(480, 1100) };
      await page.setViewportSize(size);
      return `${size.width}×${size.height}`;
    }],
    [3, 'theme', async () => {
      const colorScheme = r.pick(['light', 'dark']);
      await page.emulateMedia({ colorScheme });
      return colorScheme;
    }],
    [2, 'freeze the tab', async () => {
      await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
      await new Promise((done) => setTimeout(done, r.int(20, 200)));
      await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    }],
    [2, 'blur the page', async () => {
      const on = r.next() < 0.5;
      await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: on });
      await page.evaluate(() => window.dispatchEvent(new Event(document.hasFocus() ? 'focus' : 'blur')));
      return on;
    }],
    [2, 'wait', async () => {
      const ms = r.int(0, 250);
      await page.waitForTimeout(ms);
      return ms;
    }],
  ];
  const total = actions.reduce((sum, [w]) => sum + w, 0);
  const chooseAction = () => {
    let at = r.next() * total;
    for (const action of actions) if ((at -= action[0]) < 0) return action;
    return actions[0];
  };

  const started = Date.now();
  const spent = {};
  for (let step = 0; step < STEPS; step++) {
    const [, name, run] = chooseAction();
    const t = Date.now();
    const detail = await run();
    spent[name] = (spent[name] ?? 0) + Date.now() - t;
    log.push(`${step} ${name} ${detail ?? ''}`);
    if (errors.length) break;
  }
  console.log(`monkey: ${STEPS} steps in ${((Date.now() - started) / 1000).toFixed(1)} s; `
    + `${opened.dialogs} native dialogs, ${opened.downloads} downloads, ${opened.popups} popups closed; ms per kind: ${JSON.stringify(spent)}`);
  const lastSteps = () => log.slice(-15).join('\n');
  assert.deepEqual(errors, [], `seed ${SEED}: errors, last steps:\n${lastSteps()}`);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'CSP violations');
  assert.equal(await page.locator('#pme-failure').count(), 0, 'no failure notice');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('pme-failed')), false);

  // Still responding: back to a plain window, the keyboard explores a chart
  // and « Rejouer » repaints one.
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await page.evaluate(() => document.querySelectorAll('dialog[open]').forEach((d) => d.close()));
  await waitForChart(page, 'temps');
  await page.locator('#temps .pme-figure__stage').focus();
  await page.keyboard.press('Home');
  await page.waitForTimeout(100);
  const first = await page.locator('#temps .pme-tooltip').innerText();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  const second = await page.locator('#temps .pme-tooltip').innerText();
  assert.match(first, /Réseaux sociaux\u00a0: 20\u00a0%/);
  assert.notEqual(second, first, 'the keyboard still moves through the marks');
  await page.mouse.move(1, 1); // no mark under the pointer
  await waitForChart(page, 'mobiles');
  const done = await page.$eval('#mobiles canvas', (c) => c.toDataURL());
  await page.click('#mobiles .pme-stage__bar button');
  await page.waitForTimeout(120);
  assert.notEqual(await page.$eval('#mobiles canvas', (c) => c.toDataURL()), done, '« Rejouer » restarts');
  await page.waitForTimeout(1500);
  assert.equal(await page.$eval('#mobiles canvas', (c) => c.toDataURL()), done, 'and ends where it did');
  assert.deepEqual(errors, []);
  await context.close();
});
