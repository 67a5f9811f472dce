// Cold loads of a site on Lighthouse's phone, throttled for real by CDP: what
// the benchmark (bench/run.mjs, the site against the Chart.js peer) and the
// A/B comparison of two builds (bench/compare.mjs) both measure, and how they
// summarise it. See bench/README.md for what each number means.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { smallestBrotli } from '../scripts/brotli.mjs';
import { serveDirectory } from '../scripts/serve-dist.mjs';
import { wasmMemoryProbe } from './memory.mjs';

/** The browser, the phone and the network every load is measured on. */
export const PROFILE = {
  chromium: '/usr/bin/chromium',
  chromiumArgs: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
  // Lighthouse's mobile screen (Moto G Power), for every page in this bench.
  device: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  // Lighthouse's mobile throttling ("slow 4G", CPU ×4), applied for real by CDP.
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  cpuSlowdown: 4,
  chartIds: ['amis', 'cercles', 'actualite', 'temps', 'mobiles'],
  lastSentence: 'Une raison supplémentaire pour parier sur leur développement.',
  loadTimeoutMs: 90_000,
};

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

export function quantile(values, q) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
export const median = (values) => quantile(values.filter((v) => v !== null && v !== undefined), 0.5);

/** Cumulative Layout Shift as the web-vitals definition: the worst session window. */
export function cumulativeLayoutShift(shifts) {
  let worst = 0;
  let window = 0;
  let first = 0;
  let last = 0;
  for (const [time, value] of shifts) {
    if (window && time - last < 1000 && time - first < 5000) {
      window += value;
    } else {
      window = value;
      first = time;
    }
    last = time;
    worst = Math.max(worst, window);
  }
  return worst;
}

/**
 * The two encodings measured and served, at their highest settings: brotli
 * as the build precompresses (the smallest of several settings), so that
 * both sites' files are measured alike.
 */
export const ENCODERS = {
  br: smallestBrotli,
  gzip: (body) => gzipSync(body, { level: 9 }),
};

/**
 * Serves `root` with scripts/serve-dist.mjs, its responses compressed on the
 * way out as a static host or CDN would — brotli when the browser accepts it
 * (Chromium does on loopback), else gzip -9 — unless the file server already
 * sent a precompressed twin (dist/ has them; the peer has none). Both sites
 * thus reach the browser in the same encoding.
 */
export async function serveCompressed(root) {
  const server = await serveDirectory(root);
  const [handler] = server.listeners('request');
  server.removeAllListeners('request');
  const cache = new Map();
  server.on('request', (req, res) => {
    const accepts = req.headers['accept-encoding'] ?? '';
    const encoding = ['br', 'gzip'].find((name) => new RegExp(`\\b${name}\\b`).test(accepts));
    if (!encoding) return handler(req, res);
    const writeHead = res.writeHead.bind(res);
    const end = res.end.bind(res);
    let status = 200;
    let headers = {};
    res.writeHead = (code, head = {}) => { status = code; headers = head; return res; };
    res.end = (body) => {
      if (status === 200 && body?.length && !headers['Content-Encoding']) {
        const key = `${encoding} ${req.url}`;
        // By content: the file server reads the file anew for every request,
        // and brotli 11 takes about 0.5 s on Chart.js — not to be timed.
        const raw = Buffer.from(body);
        if (!cache.get(key)?.raw.equals(raw)) cache.set(key, { raw, encoded: ENCODERS[encoding](raw) });
        const encoded = cache.get(key).encoded;
        writeHead(status, { ...headers, 'Content-Encoding': encoding, 'Content-Length': encoded.length, Vary: 'Accept-Encoding' });
        end(encoded);
      } else {
        writeHead(status, headers);
        end(body);
      }
      return res;
    };
    handler(req, res);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((done) => server.close(done)),
  };
}

// ------------------------------------------------------------- in-page code

/** Installed before any page script: paint, LCP, shifts, article text, charts drawn. */
function loadProbe({ sentence, expected }) {
  const b = (window.__bench = { fcp: null, lcp: null, text: null, firstDrawn: null, allDrawn: null, shifts: [] });
  // Settles once the text is in and every chart has drawn (see waitForCharts).
  let settle;
  window.__benchReady = new Promise((done) => { settle = done; });
  const ready = () => { if (b.text !== null && b.allDrawn !== null) settle(); };
  const observe = (type, fn) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {}
  };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { b.lcp = e.renderTime || e.loadTime || e.startTime; });
  observe('layout-shift', (e) => { if (!e.hadRecentInput) b.shifts.push([e.startTime, e.value]); });

  const text = new MutationObserver(() => checkText());
  const checkText = () => {
    if (b.text === null && document.body?.textContent.includes(sentence)) {
      b.text = performance.now();
      text.disconnect();
      ready();
    }
  };
  text.observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('DOMContentLoaded', checkText);

  // `data-drawn` is set on a chart's canvas after its first successful draw.
  const drawn = new MutationObserver(() => checkDrawn());
  const checkDrawn = () => {
    const count = document.querySelectorAll('figure canvas[data-drawn]').length;
    if (count > 0 && b.firstDrawn === null) b.firstDrawn = performance.now();
    if (count >= expected && b.allDrawn === null) {
      b.allDrawn = performance.now();
      drawn.disconnect();
      ready();
    }
  };
  drawn.observe(document, { attributes: true, attributeFilter: ['data-drawn'], subtree: true });

  // Which chart canvases have been at least half on screen (when entrances start).
  b.halfShown = new Set();
  const seen = new IntersectionObserver((entries) => entries.forEach((e) => {
    if (e.intersectionRatio >= 0.5) b.halfShown.add(e.target);
  }), { threshold: [0.5] });
  document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('figure canvas').forEach((c) => seen.observe(c)));
}

// ---------------------------------------------------------------- measures

/**
 * A fresh browser context (empty cache) on the bench's phone, with the load
 * probe, or the init script `init` instead (and, if `wasm`, the Wasm memory
 * probe) installed before any page script, and the page's errors collected.
 */
export async function newPage(browser, { probe = true, wasm = false, init = null } = {}) {
  const context = await browser.newContext({ ...PROFILE.device });
  if (init) await context.addInitScript(init);
  else if (probe) await context.addInitScript(loadProbe, { sentence: PROFILE.lastSentence, expected: PROFILE.chartIds.length });
  if (wasm) await context.addInitScript(wasmMemoryProbe);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, errors };
}

/**
 * Waits until the article text is in and every chart has drawn. It awaits the
 * probe's promise over bare CDP: Playwright's `waitForFunction` would first
 * compile its injected script (about 80 ms at ×4) in the page, right while the
 * page loads — it delayed the peer's first paint by about 200 ms.
 */
export async function waitForCharts(cdp) {
  const deadline = Date.now() + PROFILE.loadTimeoutMs;
  // Evaluated right after the navigation commits, this may still meet the old
  // document, whose context then dies: ask again until the new one answers.
  const expression = `new Promise((done) => { const wait = () => window.__benchReady ? window.__benchReady.then(done) : setTimeout(wait, 20); wait(); })`;
  while (Date.now() < deadline) {
    let timer;
    const timeout = new Promise((done) => { timer = setTimeout(() => done('timeout'), deadline - Date.now()); });
    const answer = cdp.send('Runtime.evaluate', { expression, awaitPromise: true }).catch((e) => ({ error: e }));
    const result = await Promise.race([answer, timeout]);
    clearTimeout(timer);
    if (result !== 'timeout' && !result.error && !result.exceptionDetails) return;
    if (result === 'timeout') break;
    await sleep(20);
  }
  throw new Error(`charts not drawn within ${PROFILE.loadTimeoutMs} ms`);
}

/**
 * One cold load of `site`, on the phone and network of `PROFILE` (or
 * `network: null` for none) at CPU ×`cpuSlowdown`.
 */
export async function measureLoad(browser, site, { network = PROFILE.network, cpuSlowdown = PROFILE.cpuSlowdown } = {}) {
  const { context, page, cdp, errors } = await newPage(browser);
  await throttle(cdp, { network, cpuSlowdown });
  await cdp.send('Performance.enable');
  await page.goto(site.url, { waitUntil: 'commit', timeout: PROFILE.loadTimeoutMs });
  let timedOut = false;
  await waitForCharts(cdp).catch(() => { timedOut = true; });
  // Main-thread work of the page until then (`TaskDuration`, s of wall time
  // spent in tasks, throttling included): what a change in code costs the
  // CPU, apart from the waits for bytes and frames.
  const { metrics } = await cdp.send('Performance.getMetrics');
  const taskMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
  await sleep(1000); // let LCP and late shifts settle
  const b = await page.evaluate(() => ({
    ...window.__bench,
    halfShown: undefined,
    domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
    peerAnimationComplete: window.__peerAnimationComplete ?? null,
    loadEvent: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? null,
    // When the last of the code that draws the charts had arrived: our Wasm
    // and its JS glue, the peer's Chart.js and its script.
    codeArrived: Math.max(...performance.getEntriesByType('resource')
      .filter((e) => /\.(js|wasm)$/.test(new URL(e.name).pathname)).map((e) => e.responseEnd)),
  }));
  await context.close();
  return {
    fcp: b.fcp, lcp: b.lcp, text: b.text, firstChart: b.firstDrawn, allCharts: b.allDrawn,
    cls: cumulativeLayoutShift(b.shifts), domContentLoaded: b.domContentLoaded, loadEvent: b.loadEvent,
    codeArrived: Number.isFinite(b.codeArrived) ? b.codeArrived : null,
    chartsAfterCode: Number.isFinite(b.codeArrived) && b.allDrawn !== null ? b.allDrawn - b.codeArrived : null,
    mainThreadBusy: Number.isFinite(taskMs) ? taskMs : null,
    // Chart.js's animation.onComplete per chart (the peer only; the app has no such event).
    animationsComplete: b.peerAnimationComplete, timedOut, errors,
  };
}

/**
 * Turns on CDP's Network domain and throttles the page of `cdp` to `network`
 * (none if null) and its CPU by `cpuSlowdown`.
 */
export async function throttle(cdp, { network, cpuSlowdown }) {
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
}

/** What each load records, in the order tables show them. */
export const LOAD_METRICS = [
  'fcp', 'lcp', 'text', 'firstChart', 'allCharts', 'codeArrived', 'chartsAfterCode', 'mainThreadBusy', 'cls',
  'domContentLoaded', 'loadEvent',
];

/** Median, least and greatest of each of `metrics` over `runs`. */
export function summarizeLoads(runs, metrics = LOAD_METRICS) {
  const of = (m) => runs.map((r) => r[m]).filter((v) => v !== null && v !== undefined);
  const summary = (m) => {
    const values = of(m);
    return { median: median(values), min: values.length ? Math.min(...values) : null, max: values.length ? Math.max(...values) : null };
  };
  return Object.fromEntries(metrics.map((m) => [m, summary(m)]));
}

/**
 * `b − a` for `metric`, load by load: `a[i]` and `b[i]` ran back to back, so a
 * slower spell of the machine moves both. Gives the median difference, how
 * many pairs `b` was lower (earlier) and higher in, and the two-sided
 * sign-test p-value of that split (ties left out): the chance of a split at
 * least as lopsided if neither build were faster.
 */
export function pairedDifference(a, b, metric) {
  const deltas = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i][metric], b[i][metric]];
    if (x !== null && x !== undefined && y !== null && y !== undefined) deltas.push(y - x);
  }
  const lower = deltas.filter((d) => d < 0).length;
  const higher = deltas.filter((d) => d > 0).length;
  return { pairs: deltas.length, median: median(deltas), lower, higher, p: signTestP(Math.min(lower, higher), lower + higher) };
}

/** Two-sided sign test: P(a split of n at least as lopsided as k against n − k). */
export function signTestP(k, n) {
  if (n === 0) return 1;
  let tail = 0;
  let choose = 1; // C(n, i)
  for (let i = 0; i <= k; i++) {
    tail += choose;
    choose = (choose * (n - i)) / (i + 1);
  }
  return Math.min(1, (2 * tail) / 2 ** n);
}

/**
 * A plain-text table: the first column left-aligned, the others right-aligned,
 * under `head` and a rule. A row given as a string is a section heading,
 * printed as it is.
 */
export function formatTable(head, rows) {
  const cells = rows.filter((r) => typeof r !== 'string');
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => String(r[i]).length)));
  const line = (row) => row.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => (typeof r === 'string' ? r : line(r)))].join('\n');
}

// ------------------------------------------------------------- the machine

/**
 * The CPU time in the first line of Linux's /proc/stat, in clock ticks: all
 * of it (user to steal; guest time is inside user) and the part the
 * hypervisor gave to other guests (`steal`). Null for any other text.
 */
export function parseCpuTimes(stat) {
  const ticks = /^cpu\s+(.*)/.exec(stat)?.[1].trim().split(/\s+/).map(Number);
  if (!ticks || ticks.length < 8 || ticks.slice(0, 8).some((n) => !Number.isFinite(n))) return null;
  return { total: ticks.slice(0, 8).reduce((a, b) => a + b, 0), steal: ticks[7] };
}

/** The machine's CPU time so far (`parseCpuTimes`), or null off Linux. */
export function cpuTimes() {
  try {
    return parseCpuTimes(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The share of the machine's CPU time stolen between two `cpuTimes()`, to
 * three places; null if either is unknown or no time passed. On a shared
 * virtual machine a busy host slows every timing of a run, the two sites
 * alike but not evenly: the share says how far the run's times can be trusted.
 */
export function stealShare(from, to) {
  if (!from || !to || to.total <= from.total) return null;
  return Math.round((1000 * (to.steal - from.steal)) / (to.total - from.total)) / 1000;
}

/**
 * The machine's single-thread speed: `runs` timings, in ms, of one fixed
 * JavaScript workload (sorting the same 200 000 pseudo-random numbers).
 * Steal alone does not explain a slower run: the same pages, on machines of
 * the same kind with little steal, have loaded 30 % slower from one day to
 * the next. The probe puts a number on that, to compare runs with.
 */
export function cpuProbe(runs = 7) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const values = new Float64Array(200_000);
    let seed = 12345;
    for (let i = 0; i < values.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      values[i] = seed / 4294967296;
    }
    values.sort();
    if (!(values[0] <= values[values.length - 1])) throw new Error('cpuProbe: the sort did not sort');
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * A probe's timings summed up to a tenth of a ms: the fastest is the
 * machine's speed, the median what the host left of it then; null if none.
 */
export function probeSummary(times) {
  if (!times?.length) return null;
  const round = (n) => Math.round(n * 10) / 10;
  return { fastest: round(Math.min(...times)), median: round(median(times)), runs: times.length };
}

/** The last line's words on the probe before and after a run. */
export function probeNote(start, end) {
  const one = (p) => (p ? `${p.fastest} ms (median ${p.median})` : 'unknown');
  return `CPU probe (a fixed sort in Node, fastest of ${start?.runs ?? end?.runs ?? 0}; lower is a faster machine): ${one(start)} before, ${one(end)} after`;
}

/** The last line's words on a run's stolen CPU time. */
export function stealNote(share) {
  if (share == null) return 'CPU time stolen by the host: unknown';
  const note = `CPU time stolen by the host: ${(share * 100).toFixed(1)} %`;
  return share > 0.02 ? `${note} (a busy host: the times above are slower and noisier than on a quiet one)` : note;
}
