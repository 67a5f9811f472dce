// Publishers: embeds on another origin, sized by the host script, themable,
// under the strict CSP, with no third-party request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import {
  CHART_IDS, contrast, paintedPixels, STRICT_CSP, useSite, waitForChart, waitForFirstDraw, watchForErrors,
} from './support.mjs';

// The infographic, served with the strict CSP, on one origin…
const site = useSite({ headers: { 'Content-Security-Policy': STRICT_CSP } });

// …and a publisher's page on another (another port is another origin).
let publisher;

/** Other pages of the publisher's site, for the hostile-host tests. */
const HOST_PAGES = {
  // The embed in a sandboxed iframe, as cautious publishers write it.
  '/sandbox': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bac à sable</title>
    <link rel="icon" href="data:,"></head><body><h1>Bac à sable</h1>
    <iframe id="amis" sandbox="allow-scripts allow-same-origin allow-popups" src="EMBED_ORIGIN/?embed=amis"
      title="Un message, 120 destinataires" width="100%" height="760" style="width:100%;border:0"></iframe>
    <iframe id="opaque" sandbox="allow-scripts" src="EMBED_ORIGIN/?embed=temps"
      title="Un cinquième du temps en ligne" width="100%" height="1230" style="width:100%;border:0"></iframe>
    <script src="EMBED_ORIGIN/embed.js"></script></body></html>`,
  // A transparent embed over a coloured page (the query comes from ?q=).
  // ?scheme= sets the host's colour-scheme, ?frame= the iframe's (as the
  // embed code writes it for a transparent embed).
  '/colour': `<!doctype html><html lang="fr" style="color-scheme:SCHEME"><head><meta charset="utf-8"><title>Couleur</title>
    <link rel="icon" href="data:,"></head><body style="margin:0;background:#3b0764">
    <iframe id="embed" src="EMBED_ORIGIN/?QUERY" title="Graphique" width="100%" height="700"
      style="display:block;width:100%;border:0;color-scheme:FRAME"></iframe>
    <script src="EMBED_ORIGIN/embed.js"></script></body></html>`,
  // embed.js added once the embed has loaded and posted its height, as a
  // tag or consent manager adds scripts; and a third party's frame beside it.
  '/late': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Tardif</title>
    <link rel="icon" href="data:,"></head><body>
    <iframe id="embed" src="EMBED_ORIGIN/?embed=mobiles" title="Graphique" width="100%" height="1400"
      style="width:100%;border:0" onload="setTimeout(() => { const s = document.createElement('script');
        s.src = 'EMBED_ORIGIN/embed.js'; document.body.append(s); }, 4000)"></iframe>
    <iframe id="other" src="/rogue" title="Publicité" height="60" style="border:0"></iframe></body></html>`,
  // The article's embed code with its script stripped, as some CMSs do.
  '/stripped': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Sans script</title>
    <link rel="icon" href="data:,"></head><body style="margin:0">
    <iframe id="article" src="EMBED_ORIGIN/?embed=article" title="PME et Réseaux Sociaux" width="100%" height="1400"
      style="width:100%;border:0"></iframe><p style="height:3000px">Suite de la page.</p></body></html>`,
  // A host that sizes every box by its border, and pads and frames iframes.
  '/boxed': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Encadré</title>
    <link rel="icon" href="data:,"><style>*, *::before, *::after { box-sizing: border-box }
    iframe { padding: 8px; border: 3px solid #888 }</style></head><body>
    <iframe id="temps" src="EMBED_ORIGIN/?embed=temps#temps" title="Graphique" width="100%" height="1230"></iframe>
    <script src="EMBED_ORIGIN/embed.js"></script></body></html>`,
  // A publisher's page made of the embed code given by ?q=.
  '/code': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Code</title>
    <link rel="icon" href="data:,"></head><body>QUERY</body></html>`,
  // An embed below the fold, sized while off screen, with a copy of
  // embed.js on the publisher's own site (?copy=1) or the infographic's.
  '/below': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Plus bas</title>
    <link rel="icon" href="data:,"></head><body style="margin:0"><p style="height:3000px">Début de la page.</p>
    <div id="box" style="width:700px"><iframe id="embed" src="EMBED_ORIGIN/?embed=temps" title="Graphique"
      width="100%" height="1230" style="width:100%;border:0"></iframe></div>
    <script src="SCRIPT"></script></body></html>`,
  // A third party's frame (an ad, say) that claims to be an embed.
  '/rogue': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Publicité</title></head>
    <body><p>Publicité</p><script>
      for (const height of [5, 5000]) {
        parent.postMessage({ type: 'pme-infographie:resize', embed: 'amis', height }, '*');
        parent.postMessage(JSON.stringify({ type: 'pme-infographie:resize', height }), '*');
      }
      document.title = 'envoyé';
    </script></body></html>`,
};
before(async () => {
  const template = readFileSync(new URL('../../tests/publisher/index.html', import.meta.url), 'utf8');
  publisher = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/copy-of-embed.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(new URL('../../dist/embed.js', import.meta.url)));
      return;
    }
    // ?csp=1: a host whose policy drops inline styles, the iframe's included.
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(url.searchParams.has('csp') && { 'Content-Security-Policy': "style-src 'self'" }),
    });
    const page = HOST_PAGES[url.pathname] ?? template;
    res.end(page.replace('SCRIPT', url.searchParams.has('copy') ? '/copy-of-embed.js' : 'EMBED_ORIGIN/embed.js')
      .replaceAll('EMBED_ORIGIN', site.url.replace(/\/$/, ''))
      .replace('QUERY', url.searchParams.get('q') ?? '')
      .replace('SCHEME', url.searchParams.get('scheme') ?? 'normal')
      .replace('FRAME', url.searchParams.get('frame') ?? 'normal'));
  });
  await new Promise((done) => publisher.listen(0, '127.0.0.1', done));
  publisher.url = `http://127.0.0.1:${publisher.address().port}/`;
});
after(() => new Promise((done) => publisher?.close(done)));

/** Each iframe's height and its document's, as the publisher page sees them. */
async function heights(page) {
  const result = {};
  for (const id of ['amis', 'temps', 'article']) {
    const frame = page.frameLocator(`#${id}`);
    const inner = await frame.locator('body').evaluate((b) => ({
      content: b.scrollHeight, viewport: document.documentElement.clientHeight,
      scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
    }));
    const outer = await page.$eval(`#${id}`, (f) => f.getBoundingClientRect().height);
    result[id] = { outer, ...inner };
  }
  return result;
}

async function settle(page) {
  // Bring every lazy iframe in, let charts and resize messages settle.
  for (const id of ['amis', 'temps', 'article']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForTimeout(700);
  }
  await page.waitForTimeout(800);
}

test('iframes on another origin take their content’s height, before and after a resize', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.goto(publisher.url);
  await settle(page);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await settle(page);
    for (const [id, h] of Object.entries(await heights(page))) {
      assert.ok(Math.abs(h.outer - h.content) <= 2, `${id} at ${width}px: iframe ${h.outer} vs content ${h.content}`);
      assert.equal(h.scrolls, false, `${id} at ${width}px has no inner scrollbar`);
    }
  }
  const foreign = requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(u));
  assert.deepEqual(foreign, [], 'no request leaves loopback');
  await context.close();
});

test('a host\'s border-box padding and border do not cut the embed\'s foot', async () => {
  const context = await site.browser.newContext({ viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${publisher.url}boxed`);
  await page.frameLocator('#temps').locator('#temps canvas[data-drawn]').waitFor({ state: 'attached' });
  await page.waitForTimeout(1000);
  const inner = await page.frameLocator('#temps').locator('body').evaluate(() => ({
    content: document.documentElement.scrollHeight, viewport: document.documentElement.clientHeight,
  }));
  assert.ok(inner.viewport >= inner.content, `the frame shows ${inner.viewport} of its ${inner.content} px`);
  assert.ok(inner.viewport - inner.content <= 2, `and no more: ${inner.viewport} for ${inner.content} px`);
  await context.close();
});

/** The publisher's page, settled, and the height its « amis » embed took. */
async function settledPublisher() {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(publisher.url);
  await settle(page);
  return { context, page, amisHeight: await page.$eval('#amis', (f) => f.style.height) };
}

test('a forged resize message from another window is ignored', async () => {
  const { context, page, amisHeight: before } = await settledPublisher();
  await page.evaluate(() => {
    window.postMessage({ type: 'pme-infographie:resize', embed: 'amis', height: 3 }, '*');
    const other = window.open('about:blank');
    other?.postMessage({ type: 'pme-infographie:resize', embed: 'amis', height: 4 }, '*');
  });
  await page.waitForTimeout(300);
  assert.equal(await page.$eval('#amis', (f) => f.style.height), before);
  assert.notEqual(before, '');
  await context.close();
});

test('the article embed keeps its text off the frame\'s edges, and its cards off the text; a chart embed is its card', async () => {
  /** Each card's distance to the blocks above and below it (an island by its card). */
  const spacing = (page) => page.$$eval('.pme-article__body > .pme-island', (islands) => islands.map((island) => {
    const box = (el) => (el.matches('.pme-island') ? el.firstElementChild : el).getBoundingClientRect();
    const card = box(island);
    const [above, below] = [island.previousElementSibling, island.nextElementSibling].map(box);
    return `${island.firstElementChild.id}: ${Math.round(card.top - above.bottom)} above, ${Math.round(below.top - card.bottom)} below`;
  }));
  for (const width of [375, 654]) {
    const { context, page, errors } = await site.open({ viewport: { width, height: 700 } }, { path: '?embed=article' });
    const edges = await page.locator('.pme-title, .pme-article__body > p').evaluateAll((els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent.slice(0, 30), left: r.left, right: r.right };
    }));
    assert.ok(edges.length > 3);
    for (const { text, left, right } of edges) {
      assert.ok(left >= 12 && right <= width - 12, `at ${width} px « ${text} » spans ${left}–${right}`);
    }
    // As on the page: a card touched the paragraph below it.
    const embedded = await spacing(page);
    const main = await site.open({ viewport: { width, height: 700 } });
    assert.deepEqual(embedded, await spacing(main.page), `at ${width} px`);
    await main.context.close();
    assert.deepEqual(errors, []);
    await context.close();
  }
  // A chart embed's card (border and padding of its own) still fills the
  // frame, and the credit under it ends where the card's content ends.
  for (const width of [375, 1100]) {
    const { context, page } = await site.open({ viewport: { width, height: 700 } }, { path: '?embed=amis' });
    await waitForFirstDraw(page, 'amis'); // the island is rendered anew in place
    const card = await page.locator('#amis').boundingBox();
    assert.ok(card.x <= 1 && card.width >= width - 2, `the card spans ${card.x}–${card.x + card.width}`);
    const [content, credit] = await page.evaluate(() => {
      const figure = document.querySelector('#amis');
      const inset = parseFloat(getComputedStyle(figure).paddingRight);
      const link = document.querySelector('.pme-credit a').getBoundingClientRect();
      return [figure.getBoundingClientRect().right - inset, link.right];
    });
    assert.ok(Math.abs(credit - content) <= 1.5, `at ${width} px the credit ends at ${credit}, the card's content at ${content}`);
    await context.close();
  }
});

/** The page's own title: the article's, with its French spacing. */
const ARTICLE_TITLE = 'PME et Réseaux Sociaux\u00a0: quoi faire et comment le faire\u202f?';

test('an embed of one chart is named after it, and its credit leads to it in the article; the article\'s keeps the article\'s name', async () => {
  for (const id of ['amis', 'temps', 'article']) {
    const { context, page, errors } = await site.open({}, { path: `?embed=${id}` });
    const expected = id === 'article'
      ? ARTICLE_TITLE
      : `${await page.locator(`#${id}-titre`).textContent()} — ${ARTICLE_TITLE}`;
    assert.equal(await page.title(), expected, id);
    if (id !== 'article') {
      // It led to the article's top, a screen or more from the chart.
      assert.equal(await page.$eval('.pme-credit a', (a) => a.href), `${site.url}#${id}`, `${id}'s credit`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
  const { context: temps, page: tempsPage } = await site.open({}, { path: '?embed=temps' });
  assert.equal(await tempsPage.title(), `Un cinquième du temps en ligne\u00a0: 20\u00a0% — ${ARTICLE_TITLE}`);
  await temps.close();
  // The full page is the article's.
  const { context, page } = await site.open({}, {});
  assert.equal(await page.title(), ARTICLE_TITLE);
  await context.close();
});

test('an unknown chart id shows a polite message listing the valid ones', async () => {
  // boot.js names any id but the six « inconnu », a hostile one or a plain word.
  for (const id of ['%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'graphique']) {
    const { context, page, errors } = await site.open({}, { path: `?embed=${id}` });
    await page.waitForTimeout(800);
    const text = await page.locator('main').innerText();
    assert.match(text, /^Graphique introuvable/, id);
    assert.match(text, /amis, cercles, actualite, temps, mobiles/, id);
    assert.doesNotMatch(text, /Frédérique Biau|120 destinataires/, `${id}: nothing of the article`);
    assert.equal(await page.locator('h1:visible').innerText(), 'Graphique introuvable', id);
    assert.equal(await page.title(), `Graphique introuvable — ${ARTICLE_TITLE}`, id);
    assert.equal(await page.locator('main img').count(), 0, 'nothing from the URL is injected');
    assert.equal(await page.locator('canvas[data-drawn]').count(), 0, `${id}: no chart runs`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/** The first pixel, the accent pixels and a data URL of a chart embedded with `query`. */
async function embeddedChart(query) {
  const { context, page, errors } = await site.open({}, { path: `?${query}` });
  await waitForChart(page, 'mobiles');
  const drawn = await page.$eval('#mobiles canvas', (c) => {
    const ctx = c.getContext('2d');
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let green = 0;
    let light = 0;
    for (let i = 0; i < data.length; i += 4) {
      // Green-dominant pixels: the accent is darkened on light paper (below).
      if (data[i + 1] > data[i] + 60 && data[i + 1] > data[i + 2] + 40 && data[i + 3] > 200) green++;
      if (Math.min(data[i], data[i + 1], data[i + 2]) > 200 && data[i + 3] > 200) light++;
    }
    return { corner: [...data.slice(0, 4)], green, light, url: c.toDataURL() };
  });
  const painted = await paintedPixels(page, '#mobiles canvas');
  await context.close();
  return { ...drawn, painted, errors };
}

test('in a chart embed of any width, a focused chart\'s ring stays inside the frame', async () => {
  // The card meets the frame's edges; the stage bleeds into its padding.
  for (const width of [300, 320, 480, 481, 1280]) {
    const context = await site.browser.newContext({ viewport: { width, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${site.url}?embed=actualite`);
    await waitForFirstDraw(page, 'actualite');
    await page.focus('#actualite .pme-controls input, #actualite .pme-tools button');
    for (let i = 0; i < 12 && !(await page.evaluate(() => document.activeElement.matches('.pme-figure__stage'))); i += 1) {
      await page.keyboard.press('Shift+Tab');
    }
    const ring = await page.$eval('#actualite .pme-figure__stage', (el) => {
      const style = getComputedStyle(el);
      const out = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      const box = el.getBoundingClientRect();
      return { shown: style.outlineStyle !== 'none' && out > 0, left: box.left - out, right: box.right + out, room: document.documentElement.clientWidth };
    });
    assert.ok(ring.shown, `${width} px: the ring shows`);
    assert.ok(ring.left >= 0 && ring.right <= ring.room, `${width} px: the ring spans ${ring.left}–${ring.right} of ${ring.room}`);
    await context.close();
  }
});

test('in an embed, « Intégrer » opens where the reader is looking', async () => {
  for (const [query, width, height] of [['embed=article', 600, 700], ['embed=amis', 320, 568]]) {
    const context = await site.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${publisher.url}colour?q=${encodeURIComponent(query)}`);
    const frame = page.frameLocator('#embed');
    await frame.locator('#amis canvas[data-drawn]').waitFor();
    await page.waitForTimeout(500); // the frame takes its content's height
    await frame.locator('#amis .pme-tools').getByRole('button', { name: 'Intégrer' }).click();
    const dialog = frame.locator('#amis-integrer');
    await dialog.waitFor();
    await page.waitForTimeout(200);
    // Boxes in the host page's viewport: the dialog and its controls are on screen.
    const box = await dialog.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= height + 1,
      `${query} at ${width}×${height}: the dialog spans ${box.y}–${box.y + box.height}`);
    const copy = await frame.getByRole('button', { name: 'Copier le code' }).boundingBox();
    assert.ok(copy.y >= 0 && copy.y + copy.height <= height, `${query}: « Copier le code » at ${copy.y}`);
    // The code box shows the code's start, not its end.
    const code = await frame.locator('#amis-integrer textarea').evaluate((t) => [t.scrollTop, t.selectionStart]);
    assert.deepEqual(code, [0, 0], `${query}: the code box at its start`);
    await context.close();
  }
});

test('an embed whose charts cannot start still takes its content’s height', async () => {
  const context = await site.browser.newContext({ viewport: { width: 800, height: 700 } });
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${publisher.url}colour?q=${encodeURIComponent('embed=actualite')}`);
  const frame = page.frameLocator('#embed');
  await frame.locator('#pme-failure').waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  const content = await frame.locator('body').evaluate((b) => b.scrollHeight);
  const outer = await page.$eval('#embed', (f) => f.getBoundingClientRect().height);
  // The figure, no taller than its statement, and its data table make a
  // page of another height than the frame's first 700 px: the frame follows.
  assert.ok(Math.abs(content - 700) > 20, `content ${content}`);
  assert.ok(Math.abs(outer - content) <= 2, `iframe ${outer} vs content ${content}`);
  await context.close();
});

test('embed.js added after the embed loaded still gives the iframe its content’s height', async () => {
  const context = await site.browser.newContext({ viewport: { width: 700, height: 900 } });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${publisher.url}late`);
  const frame = page.frameLocator('#embed');
  await frame.locator('#mobiles canvas[data-drawn]').waitFor({ state: 'attached' });
  const content = await frame.locator('body').evaluate((b) => b.scrollHeight);
  // Until the script comes, the code's height, far from the content's.
  assert.ok(Math.abs(content - 1400) > 100, `content ${content}`);
  assert.equal(await page.$eval('#embed', (f) => f.getBoundingClientRect().height), 1400);
  // 3 s after its load with no word from a host script, the frame scrolls…
  await frame.locator('html[data-scrolls]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelector('script[src$="/embed.js"]'));
  await page.waitForTimeout(500);
  const outer = await page.$eval('#embed', (f) => f.getBoundingClientRect().height);
  assert.ok(Math.abs(outer - content) <= 2, `iframe ${outer} vs content ${content}`);
  // …until the script sizes it.
  assert.equal(await frame.locator('body').evaluate((b) => getComputedStyle(b).overflow), 'hidden');
  assert.equal(await page.$eval('#other', (f) => f.getBoundingClientRect().height), 60, 'the other frame keeps its height');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const copy of [false, true]) {
  test(`an embed below the fold takes its content's height there, and again when its width changes (embed.js ${copy ? 'copied to the publisher\'s site' : 'from the infographic\'s'})`, async () => {
    const context = await site.browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${publisher.url}below${copy ? '?copy=1' : ''}`);
    const frame = page.frameLocator('#embed');
    await frame.locator('#temps canvas[data-drawn]').waitFor({ state: 'attached' });
    const fits = async (label) => {
      // Never scrolled to: the page still shows its top.
      assert.equal(await page.evaluate(() => scrollY), 0);
      const content = await frame.locator('body').evaluate((b) => b.scrollHeight);
      const outer = await page.$eval('#embed', (f) => f.getBoundingClientRect().height);
      assert.ok(Math.abs(outer - content) <= 2, `${label}: iframe ${outer} vs content ${content}`);
      return content;
    };
    await page.waitForTimeout(1000);
    const wide = await fits('700 px');
    assert.ok(Math.abs(wide - 1230) > 100, `the content (${wide}) is far from the code's height`);
    await page.$eval('#box', (box) => { box.style.width = '320px'; });
    await page.waitForTimeout(1000);
    const narrow = await fits('320 px');
    assert.ok(narrow > wide + 100, `narrower, taller: ${narrow} vs ${wide}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('where scripts cannot run, a chart\'s embed code still opens its frame on that chart', async () => {
  // JavaScript off, or an iframe sandboxed without allow-scripts: the frame
  // is the whole page, plain; the code's fragment brings the chart into view.
  const context = await site.browser.newContext({ viewport: { width: 600, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const id of CHART_IDS) {
    await page.goto(`${site.url}?embed=${id}#${id}`);
    const top = await page.$eval(`#${id}`, (figure) => figure.getBoundingClientRect().top);
    assert.ok(top >= 0 && top <= 20, `${id}: the figure starts ${top} px down the frame`);
    assert.ok(await page.locator(`#${id} .pme-figure__fallback`).isVisible(), `${id}: its statement shows`);
  }
  await context.close();
});

test('a transparent embed shows the host page through it, whatever its theme', async () => {
  // [query, the reader's system, the host's colour-scheme, the iframe's]
  const cases = [
    ['embed=amis&bg=transparent&theme=dark', 'light', 'normal', 'normal'],
    ['embed=amis&bg=transparent&theme=light', 'dark', 'normal', 'normal'],
    ['embed=amis&bg=transparent', 'dark', 'normal', 'normal'], // a light host, the reader in dark
    // A dark host, with the embed code's iframe (color-scheme:light).
    ['embed=amis&bg=transparent&theme=dark', 'dark', 'dark', 'light'],
    ['embed=amis&bg=transparent', 'dark', 'light dark', 'light'],
  ];
  for (const [query, colorScheme, scheme, frame] of cases) {
    const context = await site.browser.newContext({ viewport: { width: 600, height: 700 }, colorScheme });
    const page = await context.newPage();
    await page.goto(`${publisher.url}colour?q=${encodeURIComponent(query)}&scheme=${encodeURIComponent(scheme)}&frame=${frame}`);
    await page.frameLocator('#embed').locator('#amis canvas[data-drawn]').waitFor();
    await page.waitForTimeout(300);
    // The frame's top-left corner: margin and card padding, no text.
    const shot = await page.screenshot({ clip: { x: 2, y: 8, width: 4, height: 4 } });
    const pixel = await page.evaluate(async (png) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = new OffscreenCanvas(4, 4);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0);
      return [...ctx.getImageData(1, 1, 1, 1).data.slice(0, 3)];
    }, shot.toString('base64'));
    const label = `${query}, reader ${colorScheme}, host ${scheme}, frame ${frame}`;
    assert.deepEqual(pixel, [0x3b, 0x07, 0x64], `${label}: the host's colour`);
    // A tooltip's text is solid, on its solid box.
    await page.frameLocator('#embed').locator('#amis .pme-figure__stage').focus();
    await page.keyboard.press('ArrowRight');
    const tip = await page.frameLocator('#embed').locator('#amis .pme-tooltip').evaluate((t) => {
      const style = getComputedStyle(t);
      return [style.color, style.backgroundColor];
    });
    assert.ok(!tip.some((c) => /rgba\(.*, 0\)$/.test(c)) && tip[0] !== tip[1], `${label}: tooltip ${tip}`);
    await context.close();
  }
});

test('a publisher\'s accent recolours the text and washes made from it too', async () => {
  const colours = async (query) => {
    const { context, page } = await site.open({}, { path: `?${query}` });
    const seen = await page.evaluate(() => {
      // Through a canvas: a computed colour may be written in oklch().
      const rgb = (selector, property) => {
        const ctx = new OffscreenCanvas(1, 1).getContext('2d');
        ctx.fillStyle = getComputedStyle(document.querySelector(selector))[property];
        ctx.fillRect(0, 0, 1, 1);
        return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      };
      return { kicker: rgb('.pme-kicker', 'color'), author: rgb('.pme-author', 'backgroundColor') };
    });
    await context.close();
    return seen;
  };
  const house = await colours('embed=article&theme=light');
  const teal = await colours('embed=article&theme=light&accent=%230b7285');
  // A yellow accent's text tint is darkened to read on the light paper (4.5:1).
  const yellow = await colours('embed=article&theme=light&accent=%23ffff00');
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((v) => { const c = v / 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const paper = luminance([0xff, 0xfd, 0xf8]);
  assert.ok((paper + 0.05) / (luminance(yellow.kicker) + 0.05) >= 4.5, `yellow kicker ${yellow.kicker}`);
  // The house accent is a rust: red over blue; the publisher's teal: blue over red.
  assert.ok(house.kicker[0] > house.kicker[2] && house.author[0] > house.author[2], JSON.stringify(house));
  assert.ok(teal.kicker[2] > teal.kicker[0], `kicker ${teal.kicker}`);
  assert.ok(teal.author[2] > teal.author[0], `author box ${teal.author}`);
});

test('a publisher\'s accent that would vanish on the paper is drawn darker or lighter, in both themes', async () => {
  // White on light paper, navy on dark: the audit's two cases, and a light
  // yellow on a system in dark mode (no theme asked).
  for (const [id, query, scheme] of [
    ['amis', 'theme=light&accent=%23ffffff', 'light'],
    ['actualite', 'theme=dark&accent=%23102a6e', 'light'],
    ['mobiles', 'accent=%23ffff66', 'dark'],
    ['amis', 'accent=%23ffff66', 'light'],
    // A pure blue, which comes back from oklch with float noise near 0.
    ['mobiles', 'accent=%230000ff', 'dark'],
  ]) {
    const { context, page, errors } = await site.open({ colorScheme: scheme }, { path: `?embed=${id}&${query}` });
    await waitForChart(page, id);
    const seen = await page.evaluate((id) => {
      const rgb = (css) => {
        const ctx = new OffscreenCanvas(1, 1).getContext('2d');
        ctx.fillStyle = css;
        ctx.fillRect(0, 0, 1, 1);
        return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      };
      const canvas = document.querySelector(`#${id} canvas`);
      const style = getComputedStyle(canvas);
      const accent = rgb(style.getPropertyValue('--pme-chart-accent'));
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let drawn = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - accent[0]) + Math.abs(data[i + 1] - accent[1]) + Math.abs(data[i + 2] - accent[2]) < 6) drawn++;
      }
      return {
        accent,
        drawn,
        surface: rgb(style.getPropertyValue('--pme-chart-surface')),
        onAccent: rgb(style.getPropertyValue('--pme-chart-on-accent')),
      };
    }, id);
    const label = `${id} ${query} (${scheme}): ${JSON.stringify(seen)}`;
    assert.ok(contrast(seen.accent, seen.surface) >= 3, `marks against the surface: ${label}`);
    assert.ok(contrast(seen.accent, seen.onAccent) >= 4.5, `« Vous » on the accent: ${label}`);
    assert.ok(seen.drawn > 500, `the chart is drawn in it: ${label}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('theme, bg, accent and anim change what is drawn', async () => {
  const plain = await embeddedChart('embed=mobiles&theme=light');
  const dark = await embeddedChart('embed=mobiles&theme=dark');
  const clear = await embeddedChart('embed=mobiles&bg=transparent');
  const clearDark = await embeddedChart('embed=mobiles&bg=transparent&theme=dark');
  const green = await embeddedChart('embed=mobiles&accent=%2300cc44');
  const bogus = await embeddedChart('embed=mobiles&theme=light&accent=javascript:alert(1)');
  assert.ok(plain.corner[0] > 200, `light surface ${plain.corner}`);
  assert.ok(dark.corner[0] < 60, `dark surface ${dark.corner}`);
  assert.equal(clear.corner[3], 0, 'transparent surface');
  // Dark and transparent, the phones' screens are dark too: the light
  // pixels are the caption's, as many as on the dark surface.
  assert.ok(clearDark.light < dark.light * 1.2 + 100, `light pixels: ${clearDark.light} transparent, ${dark.light} not`);
  assert.ok(green.green > 1000 && plain.green === 0, `accent ${green.green} vs ${plain.green}`);
  assert.equal(bogus.url, plain.url, 'an invalid accent is ignored');
  for (const r of [plain, dark, clear, clearDark, green, bogus]) assert.deepEqual(r.errors, []);

  const still = async (query, wait) => {
    const { context, page } = await site.open({}, { path: `?${query}` });
    await waitForFirstDraw(page, 'mobiles');
    await page.waitForTimeout(wait);
    const url = await page.$eval('#mobiles canvas', (c) => c.toDataURL());
    await context.close();
    return url;
  };
  assert.equal(await still('embed=mobiles&anim=0', 150), await still('embed=mobiles', 2200), 'anim=0 starts at the end');
});

test('controls=0 hides the controls; shared state is read from and written to the URL', async () => {
  const { context, page, errors } = await site.open({}, { path: '?embed=amis&controls=0&relais=3' });
  await waitForChart(page, 'amis');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('canvas[data-drawn]').count(), 1, 'only the embedded chart runs');
  assert.equal(await page.locator('#amis .pme-controls').isVisible(), false);
  assert.match(await page.locator('#amis .pme-figure__explain').innerText(), /1\u202f728\u202f000/);
  await page.goto(`${site.url}`);
  await waitForChart(page, 'temps');
  await page.locator('#temps input[type=range]').fill('4.5');
  await page.click('#amis label:has-text("2 fois")');
  await page.click('#cercles label:has-text("Family leaf")');
  const search = new URL(page.url()).searchParams;
  assert.equal(search.get('heures'), '4.5');
  assert.equal(search.get('relais'), '2');
  assert.equal(search.get('cercle'), 'famille');
  await page.reload();
  await waitForChart(page, 'temps');
  assert.equal(await page.locator('#temps output').innerText(), '4\u00a0h\u00a030\u00a0min');
  assert.equal(await page.isChecked('#cercles input[value="Family leaf"]'), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the strict CSP is met: no violation on the page or in embeds', async () => {
  for (const query of ['', '?embed=amis&theme=dark&accent=%23123456', '?embed=article&bg=transparent']) {
    const { context, page, errors } = await site.open({}, {
      path: query,
      beforeGoto: (p) => p.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      }),
    });
    for (const id of ['amis', 'temps']) {
      if (await page.locator(`#${id}`).isVisible()) await waitForChart(page, id);
    }
    assert.deepEqual(await page.evaluate(() => window.__violations), [], `violations for «${query}»`);
    assert.deepEqual(errors, [], `errors for «${query}»`);
    await context.close();
  }
});

test('« Intégrer » opens a modal with the exact snippet, which Copy puts on the clipboard', async () => {
  // The temps chart's hours are the page's state too, but no part of an
  // embed of amis: its snippet leaves them out.
  const { context, page, errors } = await site.open({ permissions: ['clipboard-read', 'clipboard-write'] }, { path: '?relais=2&heures=4.5' });
  await waitForChart(page, 'amis');
  await page.click('#amis .pme-tools button:has-text("Intégrer")');
  const dialog = page.locator('#amis-integrer');
  assert.ok(await dialog.isVisible());
  assert.equal(await dialog.evaluate((d) => d.matches(':modal')), true, 'a modal dialog');
  // Its content is rendered on opening; the dialog is shown once it is in
  // place, so that keyboard focus starts on the snippet, ready to copy.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'amis-integrer-code');
  const snippet = await page.inputValue('#amis-integrer-code');
  assert.equal(snippet, `<iframe src="${site.url}?embed=amis&amp;relais=2#amis" title="Un message, 120\u00a0destinataires… et bien plus" `
    + 'width="100%" height="1345" loading="lazy" allow="clipboard-write" style="width:100%;border:0"></iframe>\n'
    + `<script src="${site.url}embed.js" async></script>`);
  // Each copy is announced: the status says it anew, not only the first time.
  await page.$eval('#amis-integrer [role=status]', (status) => {
    window.__said = [];
    new MutationObserver(() => status.textContent && window.__said.push(status.textContent))
      .observe(status, { childList: true, characterData: true, subtree: true });
  });
  for (let i = 0; i < 2; i++) {
    await page.click('#amis-integrer button:has-text("Copier le code")');
    await page.waitForTimeout(200);
  }
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  assert.match(await page.locator('#amis-integrer [role=status]').innerText(), /Code copié/);
  assert.deepEqual(await page.evaluate(() => window.__said), Array(2).fill('Code copié dans le presse-papiers.'));
  // The preview is the code's embed.
  assert.equal(await page.locator('#amis-integrer iframe').getAttribute('src'), `${site.url}?embed=amis&relais=2`);
  // Focus stays inside, and Escape closes it.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => !!document.activeElement.closest('#amis-integrer')), true);
  await page.keyboard.press('Escape');
  assert.equal(await dialog.isVisible(), false);
  // It opens again, content and focus as the first time.
  await page.click('#amis .pme-tools button:has-text("Intégrer")');
  assert.equal(await dialog.evaluate((d) => d.matches(':modal')), true, 'opens again');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'amis-integrer-code');
  assert.equal(await page.inputValue('#amis-integrer-code'), snippet);
  await page.keyboard.press('Escape');
  assert.deepEqual(errors, []);
  await context.close();
});

test('« Intégrer » lets the publisher choose theme, background, controls and animation', async () => {
  const { context, page, errors } = await site.open({ permissions: ['clipboard-read', 'clipboard-write'] }, { path: '?theme=dark&relais=2' });
  await waitForChart(page, 'amis');
  await page.click('#amis .pme-tools button:has-text("Intégrer")');
  const dialog = page.locator('#amis-integrer');
  const code = () => page.inputValue('#amis-integrer-code');
  const src = async () => (await code()).match(/<iframe src="([^"]*)"/)[1].replaceAll('&amp;', '&');
  const preview = () => dialog.locator('iframe').getAttribute('src');
  // The options start as the reader sees the page.
  assert.equal(await dialog.getByRole('radio', { name: 'Sombre' }).isChecked(), true);
  for (const name of ['Commandes et outils', 'Animation']) {
    assert.equal(await dialog.getByRole('checkbox', { name }).isChecked(), true, name);
  }
  assert.equal(await dialog.getByRole('checkbox', { name: 'Fond transparent' }).isChecked(), false);
  assert.equal(await src(), `${site.url}?embed=amis&theme=dark&relais=2#amis`);
  // The preview stands on a host page of the embed's theme, which a
  // transparent embed shows through (the reader's page here is light).
  const host = () => dialog.locator('.pme-dialog__host').evaluate((h) => getComputedStyle(h).backgroundColor);
  assert.equal(await host(), 'rgb(21, 20, 26)');
  // By keyboard: from the code, past « Copier », Tab reaches the chosen
  // theme; arrows change it.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'amis-integrer-code');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.value), 'dark');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await src(), `${site.url}?embed=amis&theme=light&relais=2#amis`);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await src(), `${site.url}?embed=amis&relais=2#amis`, 'automatic is the default: not written');
  // « Copié » was about the code before a change: it is cleared by the next one.
  await page.click('#amis-integrer button:has-text("Copier le code")');
  await dialog.locator('[role=status]').filter({ hasText: 'Code copié' }).waitFor({ timeout: 5000 });
  await dialog.getByText('Clair', { exact: true }).click();
  await dialog.getByText('Fond transparent').click();
  await dialog.getByText('Commandes et outils').click();
  await dialog.getByText('Animation', { exact: true }).click();
  assert.equal(await dialog.locator('[role=status]').innerText(), '');
  assert.equal(await src(), `${site.url}?embed=amis&theme=light&bg=transparent&controls=0&anim=0&relais=2#amis`);
  // Rewritten, the code box still shows the code's start, where it changed.
  const box = await page.locator('#amis-integrer-code').evaluate((t) => [t.scrollTop, t.selectionStart]);
  assert.deepEqual(box, [0, 0], 'the code box at its start');
  // The transparent frame gets its colour scheme, and the preview follows.
  assert.match(await code(), /style="width:100%;border:0;color-scheme:light"/);
  assert.equal(await preview(), `${site.url}?embed=amis&theme=light&bg=transparent&controls=0&anim=0&relais=2`);
  assert.equal(await host(), 'rgb(255, 253, 248)');
  // What is copied is what is shown.
  await page.click('#amis-integrer button:has-text("Copier le code")');
  await dialog.locator('[role=status]').filter({ hasText: 'Code copié' }).waitFor({ timeout: 5000 });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code());
  // The accent: the house one of the theme chosen (« Clair » now) until
  // one is chosen, which « Couleur d’origine » takes back (keeping focus by
  // the colour).
  const colour = dialog.getByLabel('Couleur d’accent');
  assert.equal(await colour.inputValue(), '#c2410c');
  assert.equal(await dialog.getByRole('button', { name: 'Couleur d’origine' }).count(), 0);
  await colour.fill('#0a7f3f');
  assert.equal(await src(), `${site.url}?embed=amis&theme=light&bg=transparent&accent=%230a7f3f&controls=0&anim=0&relais=2#amis`);
  assert.equal(`${await preview()}#amis`, await src(), 'the preview shows the code’s address');
  await dialog.getByRole('button', { name: 'Couleur d’origine' }).click();
  assert.equal(await src(), `${site.url}?embed=amis&theme=light&bg=transparent&controls=0&anim=0&relais=2#amis`);
  assert.equal(await colour.inputValue(), '#c2410c');
  assert.equal(await page.evaluate(() => document.activeElement.type), 'color');
  // The house colour picked by hand is no choice either.
  await colour.fill('#0a7f3f');
  await colour.fill('#c2410c');
  assert.equal(await src(), `${site.url}?embed=amis&theme=light&bg=transparent&controls=0&anim=0&relais=2#amis`);
  assert.equal(await dialog.getByRole('button', { name: 'Couleur d’origine' }).count(), 0);
  // Reopened, it starts again from what the reader sees.
  await page.keyboard.press('Escape');
  await page.click('#amis .pme-tools button:has-text("Intégrer")');
  assert.equal(await src(), `${site.url}?embed=amis&theme=dark&relais=2#amis`);
  assert.equal(await dialog.getByRole('checkbox', { name: 'Animation' }).isChecked(), true);
  assert.equal(await colour.inputValue(), '#fb923c', 'the dark theme\'s house accent');
  // The preview is as tall as the chart it shows, as embed.js makes a
  // publisher's frame; the article's shows its top.
  const tall = (frame) => frame.evaluate((f) => f.getBoundingClientRect().height);
  await assertPreviewFits(dialog.locator('iframe'), 'amis at 1280 px');
  // It is the code's embed, its entrance and « Rejouer » included: as tall
  // as the publisher's frame (drawn at its end, it was 36 px shorter).
  assert.equal(`${await preview()}#amis`, await src());
  const replay = dialog.frameLocator('iframe').locator('#amis button:has-text("Rejouer")');
  assert.equal(await replay.isVisible(), true, 'the preview shows « Rejouer »');
  await page.keyboard.press('Escape');
  await page.click('.pme-chrome button:has-text("Intégrer")');
  assert.equal(await tall(page.locator('#article-integrer iframe')), 384);
  await page.keyboard.press('Escape');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a transparent background asks for the host page\'s theme, « Clair » or « Sombre »', async () => {
  const { context, page, errors } = await site.open();
  await waitForChart(page, 'amis');
  await page.click('#amis .pme-tools button:has-text("Intégrer")');
  const dialog = page.locator('#amis-integrer');
  const src = async () => (await page.inputValue('#amis-integrer-code')).match(/<iframe src="([^"]*)"/)[1].replaceAll('&amp;', '&');
  const automatic = dialog.getByRole('radio', { name: 'Automatique' });
  const hint = dialog.getByText('Sur fond transparent, choisissez le thème de votre page.');
  assert.equal(await automatic.isChecked(), true);
  assert.equal(await hint.count(), 0);
  // The reader's system says nothing of the host page a transparent
  // frame shows: the theme becomes the publisher's choice, light first.
  await dialog.getByText('Fond transparent', { exact: true }).click();
  assert.equal(await src(), `${site.url}?embed=amis&theme=light&bg=transparent#amis`);
  assert.equal(await automatic.isDisabled(), true);
  assert.equal(await dialog.getByRole('radio', { name: 'Clair' }).isChecked(), true);
  assert.equal(await hint.isVisible(), true);
  await dialog.getByText('Sombre', { exact: true }).click();
  assert.equal(await src(), `${site.url}?embed=amis&theme=dark&bg=transparent#amis`);
  // An opaque frame may follow the reader again.
  await dialog.getByText('Fond transparent', { exact: true }).click();
  assert.equal(await automatic.isDisabled(), false);
  assert.equal(await hint.count(), 0);
  await dialog.getByText('Automatique', { exact: true }).click();
  assert.equal(await src(), `${site.url}?embed=amis#amis`);
  // Opened from a transparent embed that still follows the reader (written
  // by hand), the dialog starts from the same rule, not a disabled choice.
  await page.goto(`${site.url}?embed=amis&bg=transparent`);
  await waitForChart(page, 'amis');
  await page.click('#amis .pme-tools button:has-text("Intégrer")');
  assert.equal(await automatic.isChecked(), false);
  assert.equal(await dialog.getByRole('radio', { name: 'Clair' }).isChecked(), true);
  assert.equal(await src(), `${site.url}?embed=amis&theme=light&bg=transparent#amis`);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Waits for a chart's preview frame to take its content's full height. */
async function assertPreviewFits(frame, label) {
  let seen;
  for (let tries = 0; tries < 50; tries += 1) {
    seen = await frame.evaluate((f) => ({
      frame: f.getBoundingClientRect().height,
      content: f.contentDocument?.body?.scrollHeight ?? 0,
      started: !!f.contentDocument?.querySelector('canvas[data-drawn]'),
    }));
    if (seen.started && seen.content > 0 && Math.abs(seen.frame - seen.content) <= 1) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  assert.fail(`${label}: the preview is ${seen.frame} px tall for ${seen.content} px of chart`);
}

test('at 375 px, « Intégrer » previews the whole chart, whatever its height', async () => {
  const { context, page, errors } = await site.open({ viewport: { width: 375, height: 800 } });
  for (const id of ['amis', 'temps']) {
    await waitForChart(page, id);
    await page.click(`#${id} .pme-tools button:has-text("Intégrer")`);
    const frame = page.locator(`#${id}-integrer iframe`);
    await frame.scrollIntoViewIfNeeded();
    await assertPreviewFits(frame, `${id} at 375 px`);
    await page.keyboard.press('Escape');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone, « Fermer » is in sight wherever the dialog is scrolled, and closes it', async () => {
  const { context, page, errors } = await site.open({ viewport: { width: 375, height: 740 } });
  await waitForChart(page, 'temps');
  await page.click('#temps .pme-tools button:has-text("Intégrer")');
  const dialog = page.locator('#temps-integrer');
  const close = dialog.getByRole('button', { name: 'Fermer' });
  const scrolls = await dialog.evaluate((d) => d.scrollHeight > 2 * d.clientHeight);
  assert.ok(scrolls, 'the premise: the dialog is over two screens tall');
  for (const to of [0, 500, 1e5]) {
    await dialog.evaluate((d, top) => { d.scrollTop = top; }, to);
    const [inner, button] = await Promise.all([dialog.evaluate((d) => {
      const r = d.getBoundingClientRect();
      return { top: r.top + d.clientTop, bottom: r.top + d.clientTop + d.clientHeight };
    }), close.boundingBox()]);
    assert.ok(button.y >= inner.top && button.y + button.height <= inner.bottom,
      `scrolled to ${to}: « Fermer » at ${button.y}–${button.y + button.height}, dialog ${inner.top}–${inner.bottom}`);
    // On a bar of its own across the dialog, down to its edge: the content
    // scrolling under it does not show around it.
    const around = await dialog.evaluate((d, y) => {
      const r = d.getBoundingClientRect();
      const bar = d.querySelector('.pme-dialog__footer');
      return [[r.left + 4, y], [r.right - 20, y], [r.left + 4, r.bottom - 4]]
        .map(([x, y]) => bar.contains(document.elementFromPoint(x, y)));
    }, button.y + button.height / 2);
    assert.deepEqual(around, [true, true, true], `scrolled to ${to}: what shows around « Fermer »`);
  }
  // Each control the keyboard reaches scrolls clear of the bar.
  await dialog.evaluate((d) => { d.scrollTop = 0; });
  await page.focus('#temps-integrer-code');
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      const there = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { label: el.labels?.[0]?.textContent ?? el.textContent, shown: el === there || el.contains(there) || there?.control === el || el.labels?.[0]?.contains(there) };
    });
    assert.ok(seen.shown, `« ${seen.label} » is hidden where it has focus`);
    if (seen.label === 'Fermer') break;
  }
  await close.click();
  assert.equal(await dialog.evaluate((d) => d.open), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without embed.js, each chart\'s code gives a frame the whole chart, from 320 to 1280 px', async () => {
  // Some CMSs strip scripts: the iframe then keeps the code's height, which
  // must hold the chart at any common column width, with and without its
  // controls, and not leave a screenful of space below it.
  // Animated, as by default: « Rejouer » then takes a row of its own.
  const { context, page, errors } = await site.open();
  const frames = [];
  // amis at its tallest states: three relays (« Dessin non à l'échelle… »
  // makes its note the longest) and segmented; each code must hold both.
  const states = {
    amis: [
      () => page.locator('#amis').getByLabel('3 fois').check(),
      () => page.locator('#amis').getByLabel('Segmenter la diffusion').check(),
    ],
  };
  for (const id of CHART_IDS) {
    await waitForFirstDraw(page, id);
    for (const enter of states[id] ?? [async () => {}]) {
      await enter();
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await page.click(`#${id} .pme-tools button:has-text("Intégrer")`);
      const dialog = page.locator(`#${id}-integrer`);
      for (let i = 0; i < 2; i++) {
        if (i > 0) await dialog.getByText('Commandes et outils').click();
        const iframe = (await page.inputValue(`#${id}-integrer-code`)).split('\n')[0];
        const controls = !iframe.includes('controls=0');
        frames.push({ label: `${id}${controls ? '' : ', controls=0'}`, state: iframe.match(/\?[^"]*/)[0], iframe, tallest: 0 });
      }
      // As it was: the next state's dialog starts with the controls shown.
      await dialog.getByText('Commandes et outils').click();
      await page.keyboard.press('Escape');
    }
  }
  assert.equal(new Set(frames.map((f) => f.iframe)).size, frames.length, 'a different frame for each');
  assert.equal(frames.length, 2 * (CHART_IDS.length + 1));
  // A host page on the site's origin, so that the test can look inside.
  await page.route(`${site.url}sans-script`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="fr"><title>Sans script</title><link rel="icon" href="data:,"><body style="margin:0">${
      frames.map((f) => f.iframe).join('')}</body></html>`,
  }));
  // 639 px: just below 40rem, where the phone stages (square, or 4:5 for
  // actualite) are widest, and so tallest.
  for (const width of [320, 375, 639, 768, 1280]) {
    // Tall enough that no lazy frame waits for a scroll.
    await page.setViewportSize({ width, height: 11000 });
    await page.goto(`${site.url}sans-script`);
    await page.waitForFunction((n) => [...document.querySelectorAll('iframe')].filter(
      (f) => f.contentDocument?.querySelector('canvas[data-drawn]')).length === n, frames.length);
    await page.waitForTimeout(2500);
    const seen = await page.$$eval('iframe', (all) => all.map((f) => ({
      frame: f.getBoundingClientRect().height,
      content: f.contentDocument.body.scrollHeight,
      scrolls: f.contentDocument.documentElement.scrollHeight > f.contentDocument.documentElement.clientHeight,
    })));
    seen.forEach((s, i) => {
      assert.equal(s.scrolls, false, `${frames[i].label} (${frames[i].state}) at ${width} px: ${s.content} px of chart in a ${s.frame} px frame`);
      frames[i].tallest = Math.max(frames[i].tallest, s.content);
    });
  }
  // Not a screenful of space below the chart in its tallest state.
  for (const label of new Set(frames.map((f) => f.label))) {
    const same = frames.filter((f) => f.label === label);
    const frame = Number(same[0].iframe.match(/height="(\d+)"/)[1]);
    const tallest = Math.max(...same.map((f) => f.tallest));
    assert.ok(frame - tallest <= 60, `${label}: a ${frame} px frame for at most ${tallest} px of chart`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a frame that nothing sizes (its script stripped) scrolls once loaded; one that a script sizes never shows a scrollbar', async () => {
  const context = await site.browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  /** Whether the embed's page may scroll, and how far it reaches past its frame. */
  const scrolling = (frame) => frame.locator('body').evaluate(() => ({
    overflow: getComputedStyle(document.body).overflow,
    beyond: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));
  // The article's frame keeps the code's 1 400 px: its whole text was out
  // of reach, the wheel over it scrolling the host page instead.
  await page.goto(`${publisher.url}stripped`);
  const article = page.frames().find((f) => f.url().includes('embed=article'));
  await article.waitForSelector('html[data-scrolls]', { state: 'attached', timeout: 10_000 });
  const stripped = await scrolling(article);
  assert.ok(stripped.overflow !== 'hidden' && stripped.beyond > 1000, `without embed.js: ${JSON.stringify(stripped)}`);
  await page.mouse.move(400, 450);
  await page.mouse.wheel(0, 800);
  await article.waitForFunction(() => scrollY > 0, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => scrollY), 0, 'the host page stays where it is');
  // Sized by embed.js, in a publisher's page and in « Intégrer »'s preview:
  // past the 3 s, no frame scrolls, and each fits its content.
  await page.goto(publisher.url);
  await settle(page);
  await page.waitForTimeout(3500);
  for (const id of ['amis', 'temps', 'article']) {
    assert.deepEqual(await scrolling(page.frameLocator(`#${id}`)), { overflow: 'hidden', beyond: 0 }, `${id}, sized by embed.js`);
  }
  await page.goto(site.url);
  await waitForFirstDraw(page, 'amis');
  await page.click('#amis .pme-tools button:has-text("Intégrer")');
  const preview = page.frameLocator('#amis-integrer .pme-dialog__preview');
  await preview.locator('#amis canvas[data-drawn]').waitFor({ state: 'attached' });
  // Past the 3 s after its load, whether its load came before or after its draw.
  await page.waitForTimeout(4500);
  assert.deepEqual(await scrolling(preview), { overflow: 'hidden', beyond: 0 }, 'the dialog\'s preview');
  // An embed opened on its own, in a tab, scrolls as any page.
  await page.goto(`${site.url}?embed=article`);
  await page.mouse.wheel(0, 800);
  await page.waitForFunction(() => scrollY > 0, null, { timeout: 5000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('in a publisher\'s page, « Copier le code » inside the embed copies: its code allows it', async () => {
  // A frame of another origin may write to the clipboard only if its
  // iframe allows it; otherwise Chromium blocks the call and logs an error.
  const { context, page, errors } = await site.open();
  await waitForFirstDraw(page, 'temps');
  await page.click('#temps .pme-tools button:has-text("Intégrer")');
  const code = await page.inputValue('#temps-integrer-code');
  assert.match(code, / allow="clipboard-write" /);
  await page.keyboard.press('Escape');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url.replace(/\/$/, '') });
  await page.goto(`${publisher.url}code?q=${encodeURIComponent(code)}`);
  const frame = page.frameLocator('iframe');
  await frame.locator('#temps canvas[data-drawn]').waitFor({ state: 'attached' });
  await frame.locator('#temps .pme-tools').getByRole('button', { name: 'Intégrer' }).click();
  await frame.getByRole('button', { name: 'Copier le code' }).click();
  await page.waitForTimeout(300);
  assert.match(await frame.locator('#temps-integrer [role=status]').innerText(), /^Code copié/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('under a host policy that drops inline styles, the embed code\'s frame still takes the width', async () => {
  // The snippet's style="width:100%" is refused there; its width="100%"
  // (a percentage a validator flags, but browsers map) still applies.
  const { context, page } = await site.open();
  await waitForFirstDraw(page, 'temps');
  await page.click('#temps .pme-tools button:has-text("Intégrer")');
  const code = await page.inputValue('#temps-integrer-code');
  await page.goto(`${publisher.url}code?csp=1&q=${encodeURIComponent(code)}`);
  await page.frameLocator('iframe').locator('#temps canvas[data-drawn]').waitFor({ state: 'attached' });
  const frame = await page.$eval('iframe', (f) => ({
    width: f.clientWidth, room: document.body.clientWidth, border: getComputedStyle(f).borderTopWidth,
  }));
  assert.notEqual(frame.border, '0px', 'the policy dropped the inline style');
  assert.ok(Math.abs(frame.width - frame.room) <= 1 && frame.room > 1000, `the frame's content is ${frame.width} px wide in ${frame.room} px`);
  await context.close();
});

test('without a Clipboard API (an http: page), « Copier le code » selects the code and says how to copy it', async () => {
  // Outside a secure context `navigator.clipboard` is undefined; loopback is
  // secure, so the page is told so here.
  const { context, page, errors } = await site.open({}, {
    beforeGoto: (p) => p.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    }),
  });
  await waitForChart(page, 'temps');
  await page.click('#temps .pme-tools button:has-text("Intégrer")');
  await page.click('#temps-integrer button:has-text("Copier le code")');
  const status = page.locator('#temps-integrer [role=status]');
  await status.filter({ hasText: 'sélectionné' }).waitFor({ timeout: 5000 });
  assert.equal(await status.innerText(), 'Le code est sélectionné\u00a0: copiez-le avec Ctrl+C (ou ⌘+C).');
  const selection = await page.evaluate(() => {
    const area = document.activeElement;
    return { id: area.id, selected: area.value.slice(area.selectionStart, area.selectionEnd), all: area.value };
  });
  assert.equal(selection.id, 'temps-integrer-code', 'focus on the code');
  assert.equal(selection.selected, selection.all, 'all of it selected');
  assert.match(selection.all, /embed=temps/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone, each chart\'s PNG keeps its title and text inside its margins', async () => {
  // Its text is wrapped by an estimate of glyph widths: a bold title ran
  // past the picture's right edge at 320 to 414 px.
  for (const width of [320, 340, 414]) {
    const { context, page, errors } = await site.open({ acceptDownloads: true, viewport: { width, height: 800 } });
    for (const id of CHART_IDS) {
      await waitForFirstDraw(page, id);
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(`#${id} .pme-tools button:has-text("PNG")`)]);
      const url = `data:image/png;base64,${readFileSync(await file.path()).toString('base64')}`;
      const { right, size } = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const data = context.getImageData(0, 0, image.width, image.height).data;
        // The rightmost column with ink: a pixel far from the paper's (top left).
        let right = 0;
        for (let i = 0; i < data.length; i += 4) {
          const distance = Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]);
          if (distance > 60) right = Math.max(right, (i / 4) % image.width);
        }
        return { right, size: image.width };
      }, url);
      // The margin is 12 CSS px, 24 device px at 2×: ink stops before its half.
      assert.ok(right < size - 12, `${id} at ${width} px: ink reaches column ${right} of ${size}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('« PNG » and « CSV » download the chart and its data', async () => {
  const { context, page, errors } = await site.open({ acceptDownloads: true });
  await waitForChart(page, 'mobiles');
  const download = async (label) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`#mobiles .pme-tools button:has-text("${label}")`),
    ]);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };
  // Neither their words nor their hidden ones are copied with the page
  // (article.test.mjs, « selecting the whole page »).
  const copied = await page.evaluate(() => {
    getSelection().selectAllChildren(document.querySelector('#mobiles .pme-tools'));
    return getSelection().toString();
  });
  assert.doesNotMatch(copied, /Télécharger|PNG|CSV/);
  const csv = await download('CSV');
  assert.equal(csv.name, 'pme-mobiles.csv');
  const text = csv.bytes.toString('utf8');
  assert.ok(text.startsWith('\ufeffMesure;Valeur;Valeur (affichage);Origine\r\n'), JSON.stringify(text.slice(0, 50)));
  assert.match(text, /Personnes, fin 2011;19000000;19 millions;/);
  const png = await download('PNG');
  assert.equal(png.name, 'pme-mobiles.png');
  assert.deepEqual([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(''), 'PNG');
  const width = png.bytes.readUInt32BE(16);
  const cssWidth = await page.$eval('#mobiles canvas', (c) => c.clientWidth);
  assert.equal(width, cssWidth * 2, 'drawn at 2×');
  assert.ok(png.bytes.readUInt32BE(20) > (await page.$eval('#mobiles canvas', (c) => c.clientHeight)) * 2,
    'taller than the chart: title and source are drawn in');
  // The export is of what the reader explored: the temps CSV follows the slider.
  await waitForChart(page, 'temps');
  await page.locator('#temps input[type=range]').fill('4.5');
  const [temps] = await Promise.all([page.waitForEvent('download'), page.click('#temps .pme-tools button:has-text("CSV")')]);
  const explored = readFileSync(await temps.path(), 'utf8');
  assert.match(explored, /\r\nPour 4 h 30 min en ligne par jour;54;54 min;Calcul : 20 % × 4 h 30 min\r\n/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a picture carries the note under its chart: amis\'s « not to scale » goes with it', async () => {
  // The page's note says the relay bands are not to scale; a PNG shared on
  // its own dropped it. Its chart is the same size at 1 and at 3 relays:
  // only the longer note makes the picture taller.
  const { context, page, errors } = await site.open({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await waitForChart(page, 'amis');
  const pictureHeight = async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#amis .pme-tools button:has-text("PNG")')]);
    return readFileSync(await file.path()).readUInt32BE(20);
  };
  const canvasHeight = () => page.$eval('#amis canvas', (c) => c.clientHeight);
  const note = () => page.locator('#amis .pme-figure__explain').evaluate((p) => p.getClientRects().length && Math.round(p.getBoundingClientRect().height));
  const one = { picture: await pictureHeight(), canvas: await canvasHeight(), note: await note() };
  await page.locator('#amis').getByLabel('3 fois').check();
  await page.waitForTimeout(200);
  const three = { picture: await pictureHeight(), canvas: await canvasHeight(), note: await note() };
  assert.equal(three.canvas, one.canvas, 'the same chart size');
  assert.ok(three.note > one.note, `a longer note on the page: ${one.note} → ${three.note}`);
  assert.ok(three.picture > one.picture, `a taller picture: ${one.picture} → ${three.picture}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a forged resize message from another frame of the host page is ignored', async () => {
  const { context, page, amisHeight: before } = await settledPublisher();
  // A third party's iframe (an ad, say) on the host page, claiming to be an embed.
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.id = 'rogue';
    frame.src = src;
    frame.height = '150';
    document.body.prepend(frame);
  }, `${publisher.url}rogue`);
  await page.waitForFunction(() => document.querySelector('#rogue').contentDocument?.title === 'envoyé');
  await page.waitForTimeout(300);
  assert.equal(await page.$eval('#rogue', (f) => f.style.height), '', 'the rogue frame was not resized');
  assert.equal(await page.$eval('#rogue', (f) => f.getBoundingClientRect().height), 154);
  assert.equal(await page.$eval('#amis', (f) => f.style.height), before, 'the embed kept its height');
  await context.close();
});

/** Records, in every frame, errors that would otherwise only show in a console. */
function recordFrameErrors() {
  window.__frameErrors = [];
  addEventListener('error', (e) => window.__frameErrors.push(`error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => window.__frameErrors.push(`rejection: ${e.reason}`));
  const original = console.error;
  console.error = (...args) => { window.__frameErrors.push(`console: ${args.join(' ')}`); original.apply(console, args); };
}

test('the embed works in a sandboxed iframe on another origin, without errors', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recordFrameErrors);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  await page.goto(`${publisher.url}sandbox`);
  const frame = page.frameLocator('#amis');
  await frame.locator('#amis canvas[data-drawn]').waitFor({ state: 'attached' });
  await page.waitForTimeout(1500);
  const embedded = page.frames().find((f) => f.url().startsWith(site.url));
  assert.ok(await paintedPixels(embedded, '#amis canvas') > 3000, 'the chart is drawn');
  assert.deepEqual(await embedded.evaluate(() => window.__frameErrors), [], 'no error in the embed');
  const outer = await page.$eval('#amis', (f) => f.getBoundingClientRect().height);
  const inner = await embedded.evaluate(() => document.body.scrollHeight);
  assert.ok(Math.abs(outer - inner) <= 2, `still sized to its content: ${outer} vs ${inner}`);
  // Without allow-same-origin the embed's origin is opaque: its module
  // script and Wasm are fetched with CORS from « null », and its messages
  // are not trusted, so it keeps the code's height, which holds the chart.
  const opaque = page.frames().find((f) => f !== embedded && f.url().startsWith(site.url));
  await page.locator('#opaque').scrollIntoViewIfNeeded();
  await opaque.locator('#temps canvas[data-drawn]').waitFor({ state: 'attached', timeout: 10000 });
  await page.waitForTimeout(1500);
  assert.ok(await paintedPixels(opaque, '#temps canvas') > 3000, 'the opaque-origin chart is drawn');
  assert.deepEqual(await opaque.evaluate(() => window.__frameErrors), [], 'no error in the opaque-origin embed');
  assert.equal(await page.$eval('#opaque', (f) => f.getBoundingClientRect().height), 1230);
  const scroll = await opaque.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.clientHeight, document.body.scrollHeight]);
  assert.ok(scroll[0] <= scroll[1], `no inner scroll: ${scroll}`);
  // Its « Intégrer » previews the chart: under `frame-ancestors *`, which
  // matches no opaque origin, the preview was Chromium's error page.
  await opaque.locator('#temps .pme-tools button:has-text("Intégrer")').click();
  await opaque.frameLocator('dialog[open] .pme-dialog__preview').locator('#temps canvas[data-drawn]')
    .waitFor({ state: 'attached', timeout: 10000 });
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * On a host page of the embed's own origin (where nothing would stop it),
 * records every use of the host's document, storage or DOM by the app's
 * scripts (recognised by their file names in the call stack).
 */
function watchHostFromApp() {
  if (window !== top) return;
  window.__touched = [];
  const app = /\/(pme-infographie-[0-9a-f]+\.js|boot\.js)|\.wasm/;
  const note = (what) => {
    const stack = new Error().stack ?? '';
    if (app.test(stack)) window.__touched.push(what);
  };
  const wrap = (proto, name) => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d) return;
    if (typeof d.value === 'function') {
      const original = d.value;
      Object.defineProperty(proto, name, { ...d, value: function (...args) { note(name); return original.apply(this, args); } });
    } else {
      Object.defineProperty(proto, name, {
        ...d,
        get: d.get && function () { note(name); return d.get.call(this); },
        set: d.set && function (v) { note(`set ${name}`); return d.set.call(this, v); },
      });
    }
  };
  for (const name of ['querySelector', 'querySelectorAll', 'getElementById', 'getElementsByTagName',
    'getElementsByClassName', 'createElement', 'createTextNode', 'body', 'head', 'documentElement',
    'cookie', 'title', 'location', 'activeElement']) wrap(Document.prototype, name);
  for (const name of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'textContent']) wrap(Node.prototype, name);
  for (const name of ['setAttribute', 'innerHTML', 'outerHTML', 'before', 'after', 'append', 'prepend', 'remove']) wrap(Element.prototype, name);
  for (const name of ['localStorage', 'sessionStorage']) {
    const d = Object.getOwnPropertyDescriptor(window, name);
    if (d?.get) Object.defineProperty(window, name, { ...d, get() { note(name); return d.get.call(this); } });
  }
}

test('the embed never reads or writes its host page, even on the same origin', async () => {
  const host = `${site.url}__hote-meme-origine.html`;
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(watchHostFromApp);
  await context.route(host, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Hôte</title></head><body>
      <h1>Page hôte</h1><p id="texte">Texte de l’éditeur.</p>
      <iframe id="amis" src="${site.url}?embed=amis&amp;relais=3" title="amis" width="100%" height="760"></iframe>
      <iframe id="article" src="${site.url}?embed=article" title="article" width="100%" height="1400"></iframe>
      <script src="${site.url}embed.js"></script></body></html>`,
  }));
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(host);
  const before = await page.evaluate(() => {
    window.__mutations = [];
    new MutationObserver((list) => window.__mutations.push(...list
      // embed.js (the host's own script) sets the iframes' heights: expected.
      .filter((m) => !(m.type === 'attributes' && m.target.tagName === 'IFRAME' && m.attributeName === 'style'))
      .map((m) => `${m.type} ${m.target.nodeName} ${m.attributeName ?? ''}`)))
      .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    return document.body.innerText;
  });
  for (const id of ['amis', 'article']) {
    await page.frameLocator(`#${id}`).locator('#amis canvas[data-drawn]').waitFor({ state: 'attached' });
  }
  // Exercise the embed: explore, open its dialog, replay.
  const amis = page.frameLocator('#amis');
  await amis.locator('#amis label:has-text("2 fois")').click();
  await amis.locator('#amis .pme-figure__stage').focus();
  await page.keyboard.press('ArrowRight');
  await amis.locator('#amis .pme-stage__bar button').click();
  await amis.locator('#amis .pme-tools button:has-text("Intégrer")').click();
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1500);
  assert.deepEqual(await page.evaluate(() => window.__touched), [], 'the app used the host page');
  assert.deepEqual(await page.evaluate(() => window.__mutations), [], 'the host page changed');
  assert.equal(await page.evaluate(() => document.body.innerText), before);
  assert.notEqual(await page.$eval('#amis', (f) => f.style.height), '', 'the host script still sized it');
  assert.deepEqual(errors, []);
  await context.close();
});
