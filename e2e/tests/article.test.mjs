// The article page, loaded from the built dist/ in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  ARTIFACTS, articleText, canvasIsOnTop, CHART_IDS, firstMissingLine, htmlArticleText, ORIGINAL_LINES, paintedPixels, STRICT_CSP, useSite,
  waitForFirstDraw,
} from './support.mjs';

const site = useSite();

/** Opens the page; with JavaScript on, `window.__shifts` collects layout shifts. */
function open(options = {}) {
  return site.open(options, {
    beforeGoto: (page) => options.javaScriptEnabled === false || page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value)))
        .observe({ type: 'layout-shift', buffered: true });
    }),
  });
}

test('the served HTML already holds the whole article, before any script runs', async () => {
  const response = await fetch(site.url);
  const html = await response.text();
  const text = htmlArticleText(html);
  assert.equal(ORIGINAL_LINES.length, 24);
  assert.equal(firstMissingLine(text), null);
  assert.match(html, /<link[^>]+\.wasm/, 'the Wasm is preloaded');
});

test('a shared link\'s preview has the page\'s title and description, in French', async () => {
  const { context, page } = await site.open();
  const meta = (key) => page.$eval(`meta[property="${key}"], meta[name="${key}"]`, (m) => m.content).catch(() => null);
  assert.equal(await meta('og:title'), await page.title());
  assert.equal(await meta('og:description'), await meta('description'));
  assert.equal(await meta('og:type'), 'article');
  assert.equal(await meta('og:locale'), 'fr_FR');
  assert.equal(await meta('twitter:card'), 'summary');
  await context.close();
});

test('the first paint needs no request but the page: its stylesheet and loader are inside, allowed by hash', async () => {
  const response = await fetch(site.url);
  const html = await response.text();
  assert.equal(response.headers.get('content-security-policy'), STRICT_CSP, 'the site sends its _headers policy');
  const head = html.slice(0, html.indexOf('</head>'));
  assert.doesNotMatch(head, /rel="?stylesheet/, 'no external stylesheet');
  assert.doesNotMatch(head, /<script[^>]*\ssrc=/, 'no external classic script');
  const inline = (tag) => [...head.matchAll(new RegExp(`<${tag}\\b[^>]*>([^]*?)</${tag}>`, 'g'))].map((m) => m[1]);
  const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const [styles, scripts] = [inline('style'), inline('script')];
  assert.equal(styles.length, 1, 'one stylesheet');
  assert.equal(scripts.length, 1, 'one script');
  assert.ok(styles[0].length > 5000 && scripts[0].length > 1000, 'both have their content');
  const directive = (name) => STRICT_CSP.split('; ').find((d) => d.startsWith(`${name} `));
  assert.equal(directive('style-src'), `style-src 'self' ${hash(styles[0])}`);
  assert.equal(directive('script-src'), `script-src 'self' 'wasm-unsafe-eval' ${hash(scripts[0])}`);
  for (const gone of ['boot.js', '_headers']) {
    assert.equal((await fetch(new URL(gone, site.url))).status, 404, `${gone} is not served`);
  }
});

test('the article is complete, its islands start without errors, and the amis chart is drawn', async () => {
  const { context, page, errors } = await open();
  await waitForFirstDraw(page, 'amis');
  await page.waitForTimeout(1500); // the entrance animation
  assert.equal(firstMissingLine(await articleText(page)), null);
  assert.equal(await page.locator('h1:visible').innerText(), 'PME et Réseaux Sociaux\u00a0: quoi faire et comment le faire\u202f?');
  const painted = await paintedPixels(page, '#amis canvas');
  assert.ok(painted > 5000, `the amis canvas is drawn (${painted} pixels)`);
  assert.ok(await canvasIsOnTop(page, '#amis canvas'), 'the drawn canvas is what the reader sees');
  // Its frames go to the compositor without the main-thread commit
  // (src/components/canvas_painter.rs, bench/HISTORY.md).
  assert.equal(await page.$eval('#amis canvas', (c) => c.getContext('2d').getContextAttributes().desynchronized), true);
  const { width, clientWidth, ratio } = await page.$eval('#amis canvas', (c) => ({
    width: c.width, clientWidth: c.clientWidth, ratio: devicePixelRatio,
  }));
  assert.equal(width, Math.round(clientWidth * ratio));
  const shifts = await page.evaluate(() => window.__shifts);
  assert.deepEqual(shifts, [], 'no layout shift when the app takes over');
  assert.deepEqual(errors, []);
  await context.close();
});

test('selecting the whole page copies the article and its figures, not the words of buttons and controls', async () => {
  const { context, page } = await open();
  for (const id of CHART_IDS) await waitForFirstDraw(page, id);
  // The data tables too: their calculations may break after an operator,
  // by a plain space, not an invisible character pasted with them.
  for (const id of CHART_IDS) await page.click(`#${id} .pme-tools button[aria-controls$="-donnees"]`);
  await page.keyboard.press('Control+A');
  const copied = await page.evaluate(() => getSelection().toString());
  assert.equal(firstMissingLine(copied), null, 'the article whole');
  for (const id of CHART_IDS) {
    const title = await page.locator(`#${id}-titre`).innerText();
    assert.ok(copied.includes(title), `${id}: its title « ${title} »`);
  }
  for (const words of ['Rejouer', 'Voir les données', 'Télécharger', 'Intégrer', '1 fois', 'Segmenter', 'Vos heures']) {
    assert.ok(!copied.includes(words), `« ${words} » copied`);
  }
  assert.match(copied, /120\s×\s120\s×\s120/, 'amis\'s table, its calculation');
  const invisible = copied.match(/.{0,12}[\u200b-\u200d\u2060\ufeff].{0,12}/gu);
  assert.equal(invisible, null, 'invisible characters copied');
  await context.close();
});

test('a link to a chart lands on it, and it stays there once the charts start', async () => {
  // Shared explorations too, whose explanation is longer than the prerendered one.
  const links = [...CHART_IDS.map((id) => [id, '']), ['amis', '?relais=3'], ['temps', '?heures=11.5']];
  for (const [width, height] of [[375, 800], [1280, 900]]) {
    for (const [id, query] of links) {
      const { context, page, errors } = await site.open({ viewport: { width, height }, reducedMotion: 'reduce' }, { path: `${query}#${id}` });
      await page.waitForSelector('html[data-islands-started]');
      await page.waitForTimeout(500);
      // The card's top edge, its scroll margin (1rem) below the screen's.
      const top = await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, id);
      assert.ok(Math.abs(top - 16) <= 1, `${query}#${id} at ${width} px: its top at ${top} px`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test('on a HiDPI screen the canvas backing store is doubled', async () => {
  const { context, page, errors } = await open({ deviceScaleFactor: 2, viewport: { width: 375, height: 800 } });
  await waitForFirstDraw(page, 'amis');
  const { width, height, clientWidth, clientHeight } = await page.$eval('#amis canvas', (c) => ({
    width: c.width, height: c.height, clientWidth: c.clientWidth, clientHeight: c.clientHeight,
  }));
  assert.equal(width, clientWidth * 2);
  assert.equal(height, clientHeight * 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the chart redraws to its new size when the window is resized', async () => {
  const { context, page, errors } = await open();
  await waitForFirstDraw(page, 'amis');
  const before = await page.$eval('#amis canvas', (c) => c.width);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForFunction((w) => document.querySelector('#amis canvas').width !== w, before);
  await page.waitForTimeout(1500);
  const after = await page.$eval('#amis canvas', (c) => ({ width: c.width, clientWidth: c.clientWidth }));
  assert.equal(after.width, after.clientWidth);
  assert.ok((await paintedPixels(page, '#amis canvas')) > 3000);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page\'s top bar spans the charts\' cards, at every width', async () => {
  const { context, page } = await open({ javaScriptEnabled: false });
  for (const width of [320, 375, 768, 1000, 1280, 1600]) {
    await page.setViewportSize({ width, height: 800 });
    const [bar, card] = await page.evaluate(() => ['.pme-chrome', '#amis'].map((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      return [Math.round(r.left), Math.round(r.right)];
    }));
    assert.deepEqual(bar, card, `at ${width} px`);
  }
  await context.close();
});

test('the completeness check misses a paragraph that a figure quotes', async () => {
  const { context, page } = await open();
  await waitForFirstDraw(page, 'cercles');
  const quoted = ORIGINAL_LINES.find((line) => line.startsWith('Prenons l’exemple de Family leaf'));
  // The paragraph alone goes; the cercles figure still quotes its sentence.
  await page.locator('.pme-article__body > p', { hasText: 'Prenons l’exemple' })
    .evaluate((p) => p.style.setProperty('display', 'none', 'important'));
  assert.equal(firstMissingLine(await articleText(page)), quoted);
  assert.match(await page.locator('#cercles').innerText(), /Pair qui propose de créer un lien privilégié/);
  await context.close();
});

test('with JavaScript disabled the whole article is readable, figures included', async () => {
  const { context, page } = await open({ javaScriptEnabled: false });
  assert.equal(firstMissingLine(await articleText(page)), null);
  const fallback = page.locator('#amis .pme-figure__fallback');
  assert.ok(await fallback.isVisible());
  assert.match(await fallback.innerText(), /120\s+amis/);
  await context.close();
});

test('a name joined by a hyphen is never split at a line\'s end, on a phone', async () => {
  // « Médiamétrie-eStat » ends the first line of every chart's source at
  // 375 px: split after its hyphen, « eStat » read as a word of its own.
  for (const width of [320, 360, 375, 390, 414]) {
    const { context, page, errors } = await open({ viewport: { width, height: 800 } });
    await page.waitForSelector('html[data-islands-started]');
    const names = await page.evaluate(() => {
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement.checkVisibility()) continue;
        for (const match of node.data.matchAll(/\p{L}+[-\u2011]\p{L}+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          found.push({ name: match[0], lines: tops.size });
        }
      }
      return found;
    });
    // Each chart's source and the article's own « Sources » line.
    assert.ok(names.filter((n) => n.name.startsWith('Médiamétrie')).length >= 6, `${width} px: ${JSON.stringify(names)}`);
    for (const { name, lines } of names) assert.equal(lines, 1, `${width} px: « ${name} » is on ${lines} lines`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('screenshots at 375 px and 1280 px, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [375, 1280]) {
      const { context, page, errors } = await open({ viewport: { width, height: 900 }, colorScheme });
      await waitForFirstDraw(page, 'amis');
      await page.locator('#amis').scrollIntoViewIfNeeded();
      await page.waitForTimeout(1500);
      for (const id of CHART_IDS) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await page.waitForTimeout(1300);
        await page.locator(`#${id}`).screenshot({ path: `${ARTIFACTS}/${id}-${width}-${colorScheme}.png` });
      }
      // Every chart has played its entrance: the whole page shows final states.
      await page.screenshot({ path: `${ARTIFACTS}/article-${width}-${colorScheme}.png`, fullPage: true });
      // Each chart's surface follows the theme.
      for (const id of CHART_IDS) {
        const background = await page.$eval(`#${id} canvas`, (c) => {
          const [r, g, b] = c.getContext('2d').getImageData(1, 1, 1, 1).data;
          return r + g + b;
        });
        if (colorScheme === 'dark') assert.ok(background < 150, `${id} follows the dark theme (${background})`);
        else assert.ok(background > 700, `${id} follows the light theme (${background})`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});
