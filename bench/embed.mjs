// A publisher's page embedding one chart, cold, on the bench's phone and
// network (bench/loads.mjs): what the embed downloads, when its chart is
// drawn, counted from the publisher's page's navigation, and how far the
// publisher's page moves. Ours is embedded with the code its « Intégrer »
// dialog gives (the iframe and embed.js); the peer's is one Chart.js chart in
// a page of its own (bench/peer/embed.html) in a plain iframe.
//
// The publisher's page is served from another origin on the same loopback
// address (another port): the frame runs in the page's renderer process, so
// CDP's CPU and network throttling, set on the page, cover the frame too. (On
// a publisher's real site, another site, Chromium would give the frame a
// process of its own.)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILE, cumulativeLayoutShift, newPage, sleep, throttle, waitForCharts } from './loads.mjs';

/**
 * A publisher's article around the embed code `code`: a heading and a
 * paragraph, so that the frame starts in the first screen, and text after
 * it, which moves if the frame's height changes while it is in sight.
 */
export function publisherPage(code) {
  const paragraph = 'Un paragraphe de l’éditeur, assez long pour occuper quelques lignes sur un téléphone, '
    + 'comme le texte qui entoure un graphique intégré dans un article.';
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page d’un éditeur (banc d’essai)</title><link rel="icon" href="data:,">
<style>body{margin:0 auto;max-width:40rem;padding:1rem;font:16px/1.5 system-ui,sans-serif}</style></head>
<body>
<h1>Notre dossier du jour</h1>
<p>${paragraph}</p>
${code}
${`<p>${paragraph}</p>\n`.repeat(6)}</body>
</html>
`;
}

/** The peer's embed code for chart `id`: its one-chart page in an iframe, as tall as it is on the bench's phone. */
export function peerEmbedCode(peerUrl, id) {
  return `<iframe src="${peerUrl}embed.html?chart=${encodeURIComponent(id)}" title="Graphique" width="100%" height="400" `
    + 'loading="lazy" style="width:100%;border:0"></iframe>';
}

/**
 * The code our « Intégrer » dialog gives for chart `id` on the site at
 * `siteUrl`, read from the dialog as a publisher copies it (the reader's
 * default options: the chart's first state, the page's theme).
 */
export async function ourEmbedCode(browser, siteUrl, id) {
  const context = await browser.newContext({ ...PROFILE.device });
  try {
    const page = await context.newPage();
    await page.goto(`${siteUrl}#${id}`);
    // The button is in the page before the chart's island runs: wait for it.
    await page.waitForSelector(`#${id} canvas[data-drawn]`, { state: 'attached' });
    await page.click(`#${id} button[aria-haspopup="dialog"]`);
    const code = await page.inputValue(`#${id}-integrer-code`);
    if (!code.includes(`embed=${id}`)) throw new Error(`the embed code of ${id} does not embed it: ${code}`);
    return code;
  } finally {
    await context.close();
  }
}

/**
 * Writes each embed code of `codes` (a name → code map) into a publisher's
 * page `<name>.html` of a new temporary folder, and returns the folder.
 */
export function stagePublisher(codes) {
  const dir = mkdtempSync(join(tmpdir(), 'pme-bench-publisher-'));
  for (const [name, code] of Object.entries(codes)) writeFileSync(join(dir, `${name}.html`), publisherPage(code));
  return dir;
}

/**
 * Installed in every frame before its scripts. In the embedded frame: tells
 * the page, once a chart canvas has drawn (`data-drawn`, set by the app and
 * by the peer after a first draw), when that was, on the clock both share
 * (`performance.timeOrigin` + now). In the page: its first paint and layout
 * shifts, and the frame's news, settling `__benchReady` as `waitForCharts`
 * expects.
 */
function embedProbe() {
  if (window !== window.top) {
    const check = () => {
      if (!document.querySelector('figure canvas[data-drawn]')) return false;
      parent.postMessage({ type: 'bench:embed-drawn', at: performance.timeOrigin + performance.now() }, '*');
      return true;
    };
    const drawn = new MutationObserver(() => check() && drawn.disconnect());
    drawn.observe(document, { attributes: true, attributeFilter: ['data-drawn'], subtree: true });
    return;
  }
  const b = (window.__bench = { fcp: null, drawn: null, shifts: [] });
  let settle;
  window.__benchReady = new Promise((done) => { settle = done; });
  const observe = (type, fn) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {}
  };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
  observe('layout-shift', (e) => { if (!e.hadRecentInput) b.shifts.push([e.startTime, e.value]); });
  addEventListener('message', (e) => {
    if (e.data?.type !== 'bench:embed-drawn' || b.drawn !== null) return;
    b.drawn = e.data.at - performance.timeOrigin;
    settle();
  });
}

/** Each origin's share of `requests` ({ url, wire }): its request count and bytes on the wire. */
export function bytesByOrigin(requests) {
  const out = {};
  for (const { url, wire } of requests) {
    if (!/^https?:/.test(url)) continue; // data: URLs cost nothing on the wire
    const origin = new URL(url).origin;
    out[origin] ??= { requests: 0, wire: 0 };
    out[origin].requests += 1;
    out[origin].wire += wire ?? 0;
  }
  return out;
}

/**
 * One cold load of the publisher's page at `url` (a fresh context, empty
 * cache), throttled as `measureLoad` throttles: the page's first paint, when
 * the embedded chart was first drawn, the page's cumulative layout shift,
 * and the bytes each origin sent (`wire`: encoded body and headers).
 */
export async function measureEmbedLoad(browser, url, { network = PROFILE.network, cpuSlowdown = PROFILE.cpuSlowdown } = {}) {
  const { context, page, cdp, errors } = await newPage(browser, { init: embedProbe });
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url }));
  cdp.on('Network.loadingFinished', (e) => Object.assign(requests.get(e.requestId) ?? {}, { wire: e.encodedDataLength }));
  await throttle(cdp, { network, cpuSlowdown });
  await page.goto(url, { waitUntil: 'commit', timeout: PROFILE.loadTimeoutMs });
  let timedOut = false;
  await waitForCharts(cdp).catch(() => { timedOut = true; });
  await sleep(1000); // late requests and shifts (embed.js sizing the frame)
  const b = await page.evaluate(() => window.__bench);
  await context.close();
  return {
    fcp: b.fcp, chartDrawn: b.drawn, cls: cumulativeLayoutShift(b.shifts),
    bytes: bytesByOrigin([...requests.values()]), timedOut, errors,
  };
}
