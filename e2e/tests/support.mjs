// Shared set-up for the end-to-end tests: the built dist/ served on loopback,
// Debian's Chromium driven by playwright-core, and the article-completeness check.
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serveDirectory, siteHeaders } from '../../scripts/serve-dist.mjs';
import { PROFILE } from '../../bench/loads.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export const DIST = here('../../dist');
export const ARTIFACTS = here('../artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/**
 * The flags this machine's Chromium needs (no network, no sandbox as root),
 * the benchmark's own: the tests and the bench run the same browser.
 */
export const CHROMIUM_ARGS = PROFILE.chromiumArgs;

/** How every test starts Debian's Chromium: headless, with CHROMIUM_ARGS. */
export const LAUNCH_OPTIONS = { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS };

/** Headless Debian Chromium; Playwright gives it a fresh --user-data-dir. */
export function launchChromium() {
  return chromium.launch(LAUNCH_OPTIONS);
}

/**
 * The Content-Security-Policy the build writes for hosts to send (dist/_headers):
 * nothing inline but the page's stylesheet and boot script, allowed by hash.
 */
export const STRICT_CSP = siteHeaders(DIST)['Content-Security-Policy'];
if (!/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[\w+/]+=*'; style-src 'self' 'sha256-[\w+/]+=*';/.test(STRICT_CSP ?? '')) {
  throw new Error(`dist/_headers has no strict Content-Security-Policy: ${STRICT_CSP}`);
}

/** Serves dist/ on a free loopback port; resolves to { url, close }. */
export async function serveDist(headers = {}) {
  const server = await serveDirectory(DIST, { headers });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/**
 * Text folded as the Rust tests fold it (no whitespace of any kind, one
 * apostrophe), and lowercased: `innerText` applies CSS `text-transform`.
 */
export const fold = (text) => text.replace(/\s/gu, '').replace(/’/g, "'").replace(/\u2011/g, '-').toLowerCase();

/** The author's original lines, bullets dropped (they are list markup on the page). */
export const ORIGINAL_LINES = readFileSync(here('../../assets/content/article.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim().replace(/^•\s*/, ''))
  .filter(Boolean);

/** The first original line missing from `pageText` (in order), or null when complete. */
export function firstMissingLine(pageText) {
  const page = fold(pageText);
  let from = 0;
  for (const line of ORIGINAL_LINES) {
    const at = page.indexOf(fold(line), from);
    if (at < 0) return line;
    from = at + fold(line).length;
  }
  return null;
}

/**
 * The text of the page's `main` outside its charts' figures, as
 * `read(page)` gets it (its rendered text by default): each chart quotes the
 * sentence it illustrates, and that quote would stand in for the sentence
 * were its own paragraph missing. The figures are hidden while it reads,
 * then shown again.
 */
export async function articleText(page, read = (p) => p.locator('main').innerText()) {
  const figures = page.locator('main figure.pme-figure');
  await figures.evaluateAll((all) => all.forEach((f) => f.style.setProperty('display', 'none', 'important')));
  try {
    return await read(page);
  } finally {
    await figures.evaluateAll((all) => all.forEach((f) => f.style.removeProperty('display')));
  }
}

/** The served HTML's text outside its charts' figures (see `articleText`), tags dropped. */
export const htmlArticleText = (html) => html
  .replace(/<figure id=[\s\S]*?<\/figure>/g, ' ')
  .replace(/<[^>]*>/g, ' ');

/**
 * The text a reader gets by selecting all of `selector` (and copying it):
 * rendered text, without what CSS hides. Unlike `innerText`, it includes the
 * blocks that `content-visibility: auto` skips while the page starts
 * (assets/styles.css, « First paint »), as find-in-page and screen readers do.
 */
export function selectedText(page, selector) {
  return page.locator(selector).evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const text = selection.toString();
    selection.removeAllRanges();
    return text;
  });
}

/** Collects console errors, page errors and failed requests of `page`. */
export function watchForErrors(page) {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // ERR_ABORTED is a request cut short by the test's own navigation (reload,
  // goto), not a failure of the page.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED'
    && errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  return errors;
}

/** axe-core's source, read at its first use: most test files never run it. */
let axeSource = null;

/**
 * axe-core's (pinned in package.json) violations on the open page, one
 * readable line each. axe is run through the DevTools protocol: a script
 * tag would be inline script, which the site's policy (dist/_headers)
 * rightly blocks.
 */
export async function axeViolations(page) {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}) × ${v.nodes.length}: ${v.nodes[0].target.join(' ')}`);
  });
}

/** WCAG 2's contrast ratio of two sRGB colours, each `[r, g, b]` in 0–255. */
export function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((v) => { const c = v / 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Pixels of the canvas matching `selector` that differ from its top-left pixel. */
export function paintedPixels(page, selector) {
  return page.evaluate((sel) => {
    const canvas = document.querySelector(sel);
    if (!canvas || !canvas.width || !canvas.height) return 0;
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2] || data[i + 3] !== data[3]) count++;
    }
    return count;
  }, selector);
}

/**
 * Where chart `id`'s headline number starts and where its title's text
 * does, in CSS px from the window's left: the leftmost painted pixel of
 * the canvas's top-left corner (where the number is alone), and the
 * title's first glyph.
 */
export function numberAndTitleLeft(page, id) {
  return page.$eval(`#${id}`, (figure) => {
    const canvas = figure.querySelector('canvas');
    const ratio = canvas.width / canvas.clientWidth;
    const top = Math.round(Math.min(44 * ratio * parseFloat(getComputedStyle(document.documentElement).fontSize) / 16, canvas.height));
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, top);
    let left = canvas.width;
    for (let i = 0; i < data.length; i += 4) {
      const x = (i / 4) % canvas.width;
      if (x < 150 * ratio && data.slice(i, i + 4).some((v, k) => v !== data[k])) left = Math.min(left, x);
    }
    const range = document.createRange();
    range.selectNodeContents(figure.querySelector('.pme-figure__title'));
    return { number: canvas.getBoundingClientRect().left + left / ratio, title: range.getBoundingClientRect().left };
  });
}

/**
 * The box, in the document's coordinates, of chart `id`'s focused mark:
 * what its highlight adds to the canvas, read with it on, and then off
 * after Escape (which closes the tooltip: read the tooltip first).
 */
export async function focusedMarkBox(page, id) {
  // The pixels stay in the page: a whole canvas sent over the protocol as
  // an array of numbers took seconds per read.
  const canvas = page.locator(`#${id} canvas`);
  await canvas.evaluate((c) => { c.litPixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; });
  await page.keyboard.press('Escape');
  await page.waitForTimeout(150);
  return canvas.evaluate((c) => {
    const [lit, plain] = [c.litPixels, c.getContext('2d').getImageData(0, 0, c.width, c.height).data];
    delete c.litPixels;
    const mark = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
    for (let i = 0; i < lit.length; i += 4) {
      if (lit[i] === plain[i] && lit[i + 1] === plain[i + 1] && lit[i + 2] === plain[i + 2]) continue;
      const [x, y] = [(i / 4) % c.width, Math.floor(i / 4 / c.width)];
      [mark.left, mark.right] = [Math.min(mark.left, x), Math.max(mark.right, x)];
      [mark.top, mark.bottom] = [Math.min(mark.top, y), Math.max(mark.bottom, y)];
    }
    if (mark.right < mark.left) return null;
    const r = c.getBoundingClientRect();
    const [x0, y0, scale] = [r.x + scrollX, r.y + scrollY, c.width / r.width];
    return {
      left: x0 + mark.left / scale,
      right: x0 + mark.right / scale,
      top: y0 + mark.top / scale,
      bottom: y0 + mark.bottom / scale,
    };
  });
}

/** The box `{ left, top, right, bottom }` of `locator`'s element, in the document's coordinates. */
export const documentBox = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { left: r.left + scrollX, right: r.right + scrollX, top: r.top + scrollY, bottom: r.bottom + scrollY };
});

/** Whether two boxes `{ left, top, right, bottom }` share no area. */
export const apart = (a, b) => a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom;

/** Every chart's stable id, in reading order (`src/charts/mod.rs`). */
export const CHART_IDS = PROFILE.chartIds;

/**
 * Whether the canvas matching `selector` is what the reader sees at its
 * centre (drawn pixels can still be hidden by CSS; this catches that).
 */
export function canvasIsOnTop(page, selector) {
  return page.evaluate((sel) => {
    const canvas = document.querySelector(sel);
    const r = canvas.getBoundingClientRect();
    canvas.scrollIntoView({ block: 'center' });
    const box = canvas.getBoundingClientRect();
    const seen = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return seen === canvas && getComputedStyle(canvas).visibility === 'visible' && r.width > 0;
  }, selector);
}

/**
 * Waits until the chart `id` has been drawn once: the app has rendered its
 * island (until then the prerendered canvas has the default 300 × 150 size).
 */
export function waitForFirstDraw(page, id) {
  return page.waitForSelector(`#${id} canvas[data-drawn]`, { state: 'attached' });
}

/**
 * Waits until the chart `id` has been drawn and its entrance is over: its
 * latest draw was of the end (`data-settled`; after « Rejouer », it still
 * is until the replay's first frame: wait for it to go first). It scrolls
 * to the chart, and to its canvas if the chart is taller than the screen
 * (the entrance starts once the canvas shows). It waits for the first draw
 * before scrolling: the app renders each island anew in place of its
 * prerendered HTML, so an element found earlier may be replaced under the
 * scroll (Playwright: « Element is not attached to the DOM »).
 */
export async function waitForChart(page, id) {
  await waitForFirstDraw(page, id);
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.locator(`#${id} canvas`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`#${id} canvas[data-settled]`, { state: 'attached' });
}

/**
 * Serves dist/ and launches Chromium for the calling test file (closed after
 * it). `open(options, { path, beforeGoto })` then gives a fresh context and
 * page at the site (plus `path`, e.g. `?embed=amis`), with errors collected:
 * `{ context, page, errors }`.
 */
export function useSite({ headers } = {}) {
  const site = {};
  before(async () => {
    site.server = await serveDist(headers);
    site.browser = await launchChromium();
    site.url = site.server.url;
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  site.open = async (options = {}, { beforeGoto, path = '' } = {}) => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await beforeGoto?.(page);
    await page.goto(`${site.url}${path}`);
    return { context, page, errors };
  };
  return site;
}
