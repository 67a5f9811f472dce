// Benchmark of the built site (dist/) against a typical Chart.js page with the
// same five figures (bench/peer/): bytes shipped, cold loads on a throttled
// mobile profile, animation frame intervals, memory, and Lighthouse. The
// loads also run on our own page with Chart.js drawing its figures instead
// of the app (bench/article-peer.mjs), which tells the page from the code.
//
//   npm ci --prefix bench && node bench/run.mjs [--quick]
//
// Prints one table (ours, peer, ratio) and one of the loads beside that
// « same page » peer, and writes bench/results/latest.json.
// See bench/README.md for what each number means.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import {
  ENCODERS, LOAD_METRICS, PROFILE, cpuTimes, formatTable, median, measureLoad, newPage, pairedDifference, quantile, serveCompressed, sleep,
  cpuProbe, probeNote, probeSummary, stealNote, stealShare, summarizeLoads, waitForCharts,
} from './loads.mjs';
import { memorySnapshot, replayEveryChart } from './memory.mjs';
import { stageArticlePeer } from './article-peer.mjs';
import { measureEmbedLoad, ourEmbedCode, peerEmbedCode, stagePublisher } from './embed.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const QUICK = process.argv.includes('--quick');
const started = Date.now();

const CONFIG = {
  mode: QUICK ? 'quick' : 'full',
  loadRuns: QUICK ? 2 : 7,
  // A publisher's page embedding one chart: load i embeds chart i mod 5.
  embedLoads: QUICK ? 1 : 10,
  animationRuns: QUICK ? 1 : 3,
  lighthouseRuns: QUICK ? 0 : 3,
  replays: QUICK ? 10 : 50,
  replayGapMs: 50,
  ...PROFILE,
  // How long frames are recorded after scrolling a chart in, or after « Rejouer »:
  // the entrances last 1.0 s (1.1 s for « amis »; Chart.js's default is 1.0 s).
  animationWindowMs: 1200,
  frameBudgetMs: 16.7,
  // rAF intervals at 60 Hz jitter by ±0.2 ms around 16.7: a frame counts as
  // late only past the budget plus this tolerance.
  jitterMs: 1,
};

/** The load metrics also compared load by load, ours − peer (and ours − the same page). */
const PAIRED_METRICS = ['fcp', 'allCharts', 'codeArrived', 'chartsAfterCode', 'mainThreadBusy'];

const DIST = here('../dist');
const RESULTS = here('./results');

// ---------------------------------------------------------------- helpers

const log = (...args) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...args);

/** Intervals counted by how many 60 Hz frames they span: { "1": n, "2": n, … }. */
function histogram(intervals) {
  const out = {};
  for (const d of intervals) {
    const frames = String(Math.max(1, Math.round(d / CONFIG.frameBudgetMs)));
    out[frames] = (out[frames] ?? 0) + 1;
  }
  return out;
}

function frameStats(intervals) {
  return {
    frames: intervals.length,
    p50: quantile(intervals, 0.5),
    p95: quantile(intervals, 0.95),
    max: intervals.length ? Math.max(...intervals) : null,
    over16_7: intervals.filter((d) => d > CONFIG.frameBudgetMs + CONFIG.jitterMs).length,
    over33_4: intervals.filter((d) => d > 2 * CONFIG.frameBudgetMs + CONFIG.jitterMs).length,
    // Issue 5's other frame budget: none over 50 ms (three vsyncs), with the same tolerance.
    over50: intervals.filter((d) => d > 50 + CONFIG.jitterMs).length,
  };
}

function listFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.')) continue; // .trunk-lock and the like are not served
      if (/\.(br|gz)$/.test(entry.name)) continue; // precompressed twins of files already counted
      if (entry.isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk(root);
  return out.sort();
}

const compressed = new Map();
function sizes(file) {
  if (!compressed.has(file)) {
    const body = readFileSync(file);
    // dist/ ships each file's brotli twin, made by the same encoder: the
    // twin is what is served, and is read rather than made again (30 s).
    const twin = `${file}.br`;
    const served = existsSync(twin) ? readFileSync(twin) : null;
    const brotli = served && brotliDecompressSync(served).equals(body) ? served : ENCODERS.br(body);
    compressed.set(file, { raw: body.length, gzip: ENCODERS.gzip(body).length, brotli: brotli.length });
  }
  return compressed.get(file);
}

/** The comparison page in a temporary folder: bench/peer/ plus Chart.js's UMD build. */
function stagePeer() {
  const dir = mkdtempSync(join(tmpdir(), 'pme-bench-peer-'));
  for (const name of readdirSync(here('./peer'))) copyFileSync(join(here('./peer'), name), join(dir, name));
  copyFileSync(here('./node_modules/chart.js/dist/chart.umd.js'), join(dir, 'chart.umd.js'));
  return dir;
}

// ------------------------------------------------------------- in-page code

/** Scrolls a chart in (or presses its « Rejouer ») and records rAF intervals. */
function recordFrames({ id, action, windowMs }) {
  return new Promise((done) => {
    const intervals = [];
    let last = null;
    let start = null;
    const tick = (now) => {
      if (last !== null) intervals.push(now - last);
      last = now;
      if (now - start < windowMs) requestAnimationFrame(tick);
      else done(intervals);
    };
    requestAnimationFrame((now) => {
      start = now;
      last = now;
      if (action === 'scroll') document.querySelector(`#${id} canvas`).scrollIntoView({ block: 'center' });
      else document.querySelector(`#${id} .pme-stage__bar button`).click();
      requestAnimationFrame(tick);
    });
  });
}

// ---------------------------------------------------------------- measures

/** 1. Every file, and what a first visit actually downloads. */
async function measureBytes(browser, site) {
  const files = listFiles(site.root).map((file) => ({ file: relative(site.root, file), ...sizes(file) }));
  const total = (list, key) => list.reduce((sum, f) => sum + f[key], 0);

  const { context, page, cdp, errors } = await newPage(browser);
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, type: e.type }));
  cdp.on('Network.responseReceived', (e) => Object.assign(requests.get(e.requestId) ?? {}, { status: e.response.status, type: e.type }));
  cdp.on('Network.loadingFinished', (e) => Object.assign(requests.get(e.requestId) ?? {}, { wire: e.encodedDataLength }));
  await page.goto(site.url, { waitUntil: 'load' });
  await waitForCharts(cdp);
  await page.waitForLoadState('networkidle');
  await sleep(500);
  await context.close();

  const visit = [...requests.values()].filter((r) => r.url.startsWith('http')).map((r) => {
    const path = decodeURIComponent(new URL(r.url).pathname);
    let file = join(site.root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const body = existsSync(file) ? sizes(file) : { raw: 0, gzip: 0, brotli: 0 };
    return { path, type: r.type, status: r.status, wire: r.wire ?? 0, ...body };
  });
  return {
    files,
    allFiles: { count: files.length, raw: total(files, 'raw'), gzip: total(files, 'gzip'), brotli: total(files, 'brotli') },
    firstVisit: {
      requests: visit,
      count: visit.length,
      wire: total(visit, 'wire'),
      raw: total(visit, 'raw'),
      gzip: total(visit, 'gzip'),
      brotli: total(visit, 'brotli'),
    },
    errors,
  };
}

/**
 * 3. Frame intervals of one chart's entrance and replay, on a fresh page
 * opened at the top, so that no earlier scroll has already shown the chart.
 */
async function measureChartAnimation(browser, site, id, slowdown) {
  const { context, page, cdp, errors } = await newPage(browser);
  await page.goto(site.url, { waitUntil: 'load' });
  await waitForCharts(cdp);
  // Animations that started with the page (the peer's creation animations,
  // 1 s from its first draw) are over before measuring.
  await page.evaluate(() => new Promise((done) => setTimeout(done, Math.max(0, window.__bench.allDrawn + 1300 - performance.now()))));
  const shownBefore = await page.evaluate((sel) => window.__bench.halfShown.has(document.querySelector(sel)), `#${id} canvas`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  // The app wraps each draw (layout and paint) in a `pme:draw:<id>` performance.measure.
  await page.evaluate(() => {
    window.__draws = [];
    new PerformanceObserver((list) => window.__draws.push(...list.getEntries()
      .filter((e) => e.name.startsWith('pme:draw:')).map((e) => e.duration))).observe({ type: 'measure' });
  });
  const entrance = await page.evaluate(recordFrames, { id, action: 'scroll', windowMs: CONFIG.animationWindowMs });
  await sleep(200);
  const replay = await page.evaluate(recordFrames, { id, action: 'replay', windowMs: CONFIG.animationWindowMs });
  const draws = await page.evaluate(() => window.__draws);
  await context.close();
  return { shownBefore, entrance, replay, draws, errors };
}

/**
 * Every chart's entrance and replay on both sites, the sites interleaved run
 * by run (as the loads are), so that a slower spell of the machine hits both
 * alike rather than whichever site it fell on.
 */
async function measureAnimation(browser, sites, slowdown) {
  const keys = Object.keys(sites);
  const runs = Object.fromEntries(keys.map((key) => [key, Object.fromEntries(CONFIG.chartIds.map((id) => [id, []]))]));
  for (const id of CONFIG.chartIds) {
    for (let i = 0; i < CONFIG.animationRuns; i++) {
      for (const key of keys) runs[key][id].push(await measureChartAnimation(browser, sites[key], id, slowdown));
    }
  }
  return Object.fromEntries(keys.map((key) => [key, animationStats(runs[key], slowdown)]));
}

/** Frame and draw statistics of one site's runs, by chart and overall. */
function animationStats(runsByChart, slowdown) {
  const charts = {};
  const errors = [];
  const all = [];
  for (const [id, runs] of Object.entries(runsByChart)) {
    const entrance = runs.flatMap((r) => r.entrance);
    const replay = runs.flatMap((r) => r.replay);
    const draws = runs.flatMap((r) => r.draws);
    errors.push(...runs.flatMap((r) => r.errors));
    all.push(...entrance, ...replay);
    charts[id] = {
      // true if the chart was already half on screen before it was scrolled
      // to: its entrance then happened earlier and was not recorded.
      shownBeforeScroll: runs.some((r) => r.shownBefore),
      entrance: { ...frameStats(entrance), framesSpanned: histogram(entrance) },
      replay: { ...frameStats(replay), framesSpanned: histogram(replay) },
      drawTime: draws.length ? { draws: draws.length, p50: quantile(draws, 0.5), p95: quantile(draws, 0.95), max: Math.max(...draws) } : null,
    };
  }
  return { slowdown, runsPerChart: CONFIG.animationRuns, overall: frameStats(all), charts, errors };
}

/** 4. JS heap and Wasm linear memory after load and after many replays. */
async function measureMemory(browser, site) {
  const { context, page, cdp, errors } = await newPage(browser, { wasm: true });
  await page.goto(site.url, { waitUntil: 'load' });
  await waitForCharts(cdp);
  await page.waitForLoadState('networkidle');
  await sleep(1500);
  const snapshot = () => memorySnapshot(page, cdp);
  const afterLoad = await snapshot();
  await replayEveryChart(page, { chartIds: CONFIG.chartIds, times: CONFIG.replays, gapMs: CONFIG.replayGapMs });
  const afterReplays = await snapshot();
  await context.close();
  return { afterLoad, afterReplays, replaysPerChart: CONFIG.replays, errors };
}

/** 5. Lighthouse, default (mobile) configuration, one run. */
async function measureLighthouse(site) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CONFIG.chromium,
    chromeFlags: ['--headless=new', ...CONFIG.chromiumArgs],
  });
  try {
    const result = await lighthouse(site.url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { categories, audits, runtimeError, runWarnings } = result.lhr;
    const score = (key) => (categories[key]?.score == null ? null : Math.round(categories[key].score * 100));
    const value = (key) => audits[key]?.numericValue ?? null;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      metrics: {
        fcp: value('first-contentful-paint'), lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'), cls: value('cumulative-layout-shift'), speedIndex: value('speed-index'),
      },
      failedAudits: Object.fromEntries(['accessibility', 'best-practices', 'seo'].map((cat) => [cat,
        (categories[cat]?.auditRefs ?? []).filter((r) => r.weight > 0 && audits[r.id]?.score !== null && audits[r.id]?.score < 1).map((r) => r.id)])),
      runtimeError: runtimeError?.message ?? null,
      warnings: runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * A publisher's page embedding one chart (bench/embed.mjs), ours and the
 * peer's loaded in turn, chart by chart. Each run keeps the bytes of the
 * embed's own origin (the publisher's page is the same for both).
 */
async function measureEmbeds(browser, publisherUrl, origins) {
  const runs = { ours: [], peer: [] };
  for (let i = 0; i < CONFIG.embedLoads; i++) {
    const id = CONFIG.chartIds[i % CONFIG.chartIds.length];
    for (const key of ['ours', 'peer']) {
      log(`embed ${i + 1}/${CONFIG.embedLoads} (${id}): ${key}`);
      const run = await measureEmbedLoad(browser, `${publisherUrl}${key}-${id}.html`);
      const own = run.bytes[origins[key]] ?? { requests: 0, wire: 0 };
      runs[key].push({ id, ...run, requests: own.requests, wire: own.wire });
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([key, list]) => [key, loadResults(list, EMBED_METRICS)]));
}

/** Loads' `runs` as the results keep them: with each of `metrics`' median and range, and how many timed out. */
function loadResults(runs, metrics) {
  const summary = summarizeLoads(runs, metrics);
  return {
    runs,
    median: Object.fromEntries(Object.entries(summary).map(([m, s]) => [m, s.median])),
    range: Object.fromEntries(Object.entries(summary).map(([m, s]) => [m, [s.min, s.max]])),
    timedOut: runs.filter((r) => r.timedOut).length,
  };
}

// ------------------------------------------------------------------ table

const KB = (n) => (n == null ? 'n/a' : `${(n / 1024).toFixed(1)} KiB`);
const MS = (n) => (n == null ? 'n/a' : `${Math.round(n)} ms`);
const MS1 = (n) => (n == null ? 'n/a' : `${n.toFixed(1)} ms`);
const NUM = (n) => (n == null ? 'n/a' : String(n));
const CLS = (n) => (n == null ? 'n/a' : n.toFixed(3));
const MB = (n) => (n == null ? 'n/a' : `${(n / 1048576).toFixed(2)} MiB`);
const MBW = (n) => (n == null ? 'none (no Wasm)' : MB(n));
const PAIRED = (d) => (d?.median == null ? 'n/a'
  : `${d.median > 0 ? '+' : ''}${Math.round(d.median)} ms, ${d.lower} of ${d.pairs}, p ${d.p.toFixed(2)}`);

/** The embed loads' table rows, in order: label, metric, format. */
const EMBED_ROWS = [
  ['embed requests (its own origin)', 'requests', NUM],
  ['embed bytes on the wire', 'wire', KB],
  ["publisher's page FCP", 'fcp', MS],
  ['chart drawn (from the page\'s navigation)', 'chartDrawn', MS],
  ["publisher's page CLS", 'cls', CLS],
];
/** What each embed load records: its rows' metrics. */
const EMBED_METRICS = EMBED_ROWS.map(([, m]) => m);

function printTable(results) {
  const { ours, peer } = results.sites;
  const rows = [];
  // `range`, if given, adds each site's [least–greatest] after its figure.
  const row = (label, get, fmt, note, range) => {
    const a = get(ours);
    const b = get(peer);
    const ratio = typeof a === 'number' && typeof b === 'number' && b !== 0 ? `${(a / b).toFixed(2)}×` : '—';
    const bare = (n) => fmt(n).replace(/ (ms|KiB)$/, '');
    const cell = (site, value) => (range ? `${fmt(value)} [${range(site).map(bare).join('–')}]` : fmt(value));
    rows.push([label, note ?? cell(ours, a), cell(peer, b), note ? '—' : ratio]);
  };
  const section = (title) => rows.push(`— ${title}`);
  // Loads' rows (label, metric, format): each site's median [least–greatest],
  // from the load results `of` picks.
  const loadResultRows = (list, of) => {
    for (const [label, m, fmt] of list) row(label, (s) => of(s).median[m], fmt, undefined, (s) => of(s).range[m]);
  };

  section('bytes: every file');
  row('files', (s) => s.bytes.allFiles.count, NUM);
  row('raw', (s) => s.bytes.allFiles.raw, KB);
  row('gzip -9', (s) => s.bytes.allFiles.gzip, KB);
  row('brotli 11', (s) => s.bytes.allFiles.brotli, KB);
  section('bytes: first visit (requests actually made)');
  row('requests', (s) => s.bytes.firstVisit.count, NUM);
  row('raw', (s) => s.bytes.firstVisit.raw, KB);
  row('gzip -9', (s) => s.bytes.firstVisit.gzip, KB);
  row('brotli 11', (s) => s.bytes.firstVisit.brotli, KB);
  row('on the wire (as served, + headers)', (s) => s.bytes.firstVisit.wire, KB);

  section(`load: median [least–greatest] of ${CONFIG.loadRuns} cold loads, CPU ×${CONFIG.cpuSlowdown}, 150 ms / 1.6 Mbit/s`);
  const loadRows = [
    ['FCP', 'fcp', MS],
    ['LCP', 'lcp', MS],
    ['article text in DOM', 'text', MS],
    ['first chart drawn', 'firstChart', MS],
    ['all 5 charts drawn', 'allCharts', MS],
    ['chart code arrived (last JS / Wasm byte)', 'codeArrived', MS],
    ['all charts drawn, after the code arrived', 'chartsAfterCode', MS],
    ['main thread busy until then (TaskDuration)', 'mainThreadBusy', MS],
    ['CLS', 'cls', CLS],
  ];
  loadResultRows(loadRows, (s) => s.load);
  section('load: ours − peer, load by load (each pair ran back to back): median, ours lower in k of n, sign test p');
  for (const [label, m] of loadRows.filter(([, m]) => PAIRED_METRICS.includes(m))) {
    rows.push([label, PAIRED(results.paired?.[m]), '', '']);
  }

  for (const key of ['x1', `x${CONFIG.cpuSlowdown}`]) {
    section(`animation: rAF intervals over ${CONFIG.animationWindowMs} ms after scroll-in and after « Rejouer », 5 charts × ${CONFIG.animationRuns} run(s), CPU ${key.replace('x', '×')}`);
    row('frames', (s) => s.animation[key].overall.frames, NUM);
    row('p50', (s) => s.animation[key].overall.p50, MS1);
    row('p95', (s) => s.animation[key].overall.p95, MS1);
    row('max', (s) => s.animation[key].overall.max, MS1);
    row('frames > 16.7 ms (1 missed vsync)', (s) => s.animation[key].overall.over16_7, NUM);
    row('frames > 33.4 ms (2+ missed)', (s) => s.animation[key].overall.over33_4, NUM);
    row('frames > 50 ms (3+ missed)', (s) => s.animation[key].overall.over50, NUM);
  }
  section('draw time per chart (pme:draw:<id> measures, CPU ×1): p95 / max');
  for (const id of CONFIG.chartIds) {
    row(id, (s) => {
      const d = typeof s.animation.drawTime === 'object' ? s.animation.drawTime[id] : null;
      return d ? `${d.p95.toFixed(2)} / ${d.max.toFixed(2)} ms` : 'n/a';
    }, (v) => v);
  }

  section(`a publisher's page embedding one chart (ours: the code « Intégrer » gives; the peer: one Chart.js chart in an iframe), median [least–greatest] of ${CONFIG.embedLoads} cold load(s), the charts in turn, CPU ×${CONFIG.cpuSlowdown}, 150 ms / 1.6 Mbit/s`);
  loadResultRows(EMBED_ROWS, (s) => s.embed);
  rows.push(['chart drawn, ours − peer, load by load', PAIRED(results.pairedEmbed), '', '']);

  section('memory (after forced GC)');
  row('JS heap after load', (s) => s.memory.afterLoad.jsHeapUsed, MB);
  row(`JS heap after ${CONFIG.replays} replays ×5`, (s) => s.memory.afterReplays.jsHeapUsed, MB);
  row('Wasm linear memory after load', (s) => s.memory.afterLoad.wasmLinear, MBW);
  row(`Wasm linear memory after ${CONFIG.replays} replays ×5`, (s) => s.memory.afterReplays.wasmLinear, MBW);

  section(`Lighthouse (mobile preset, simulated throttling), median of ${CONFIG.lighthouseRuns || 0} runs`);
  if (results.sites.ours.lighthouse) {
    row('performance', (s) => s.lighthouse.performance, NUM);
    row('accessibility', (s) => s.lighthouse.accessibility, NUM);
    row('best practices', (s) => s.lighthouse.bestPractices, NUM);
    row('SEO', (s) => s.lighthouse.seo, NUM);
  } else {
    rows.push(['(skipped in --quick)', 'n/a', 'n/a', '—']);
  }

  console.log(formatTable(['metric', 'ours', 'peer (Chart.js)', 'ours / peer'], rows));
  printSamePageTable(results, loadRows);
}

/** Ours beside our own page with Chart.js's charts: the loads only. */
function printSamePageTable(results, loadRows) {
  const { ours, article } = results.sites;
  const cell = (site, m, fmt) => `${fmt(site.load.median[m])} [${site.load.range[m].map((n) => fmt(n).replace(/ ms$/, '')).join('–')}]`;
  const rows = loadRows.map(([label, m, fmt]) => [
    label, cell(ours, m, fmt), cell(article, m, fmt),
    PAIRED_METRICS.includes(m) ? PAIRED(results.pairedSamePage?.[m]) : '',
  ]);
  rows.unshift(['first visit, brotli 11', KB(ours.bytes.firstVisit.brotli), KB(article.bytes.firstVisit.brotli), '']);
  console.log(`\nThe same page, its figures drawn by Chart.js (bench/article-peer.mjs): median [least–greatest] of the ${CONFIG.loadRuns} loads above, interleaved with them`);
  console.log(formatTable(['metric', 'ours', 'same page, Chart.js', 'ours − it, load by load'], rows));
}

// ------------------------------------------------------------------- main

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No ${DIST}/index.html: build the site first (source scripts/setup.sh && build_release).`);
  process.exit(1);
}

const peerRoot = stagePeer();
const articleRoot = stageArticlePeer(DIST, mkdtempSync(join(tmpdir(), 'pme-bench-article-peer-')));
const servers = {
  ours: await serveCompressed(DIST), peer: await serveCompressed(peerRoot), article: await serveCompressed(articleRoot),
};
const sites = {
  ours: { name: 'ours', root: DIST, url: servers.ours.url },
  peer: { name: 'peer', root: peerRoot, url: servers.peer.url },
};
// Measured for bytes and loads only: its animations and memory are Chart.js's, as the peer's.
const samePage = { name: 'article', root: articleRoot, url: servers.article.url };
// Before the browser starts, so that only the machine is measured.
const cpuProbeAtStart = probeSummary(cpuProbe());
let publisherRoot = null;
const browser = await chromium.launch({ executablePath: CONFIG.chromium, headless: true, args: CONFIG.chromiumArgs });
const results = {
  date: new Date().toISOString(),
  config: CONFIG,
  environment: {
    node: process.version,
    chromium: browser.version(),
    chartjs: JSON.parse(readFileSync(here('./node_modules/chart.js/package.json'), 'utf8')).version,
    loadAverageAtStart: loadavg().map((n) => +n.toFixed(2)),
    cpuAtStart: cpuTimes(),
    cpuProbeAtStart,
    commit: (() => { try { return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: here('..') }).toString().trim(); } catch { return null; } })(),
  },
  sites: { ours: {}, peer: {}, article: {} },
};

try {
  const loaded = { ...sites, article: samePage };
  for (const key of ['ours', 'peer', 'article']) {
    log(`bytes: ${key}`);
    results.sites[key].bytes = await measureBytes(browser, loaded[key]);
  }

  const loads = { ours: [], peer: [], article: [] };
  for (let i = 0; i < CONFIG.loadRuns; i++) {
    for (const key of ['ours', 'peer', 'article']) { // interleaved, so drift hits all alike
      log(`load ${i + 1}/${CONFIG.loadRuns}: ${key}`);
      loads[key].push(await measureLoad(browser, loaded[key]));
    }
  }
  for (const key of ['ours', 'peer', 'article']) results.sites[key].load = loadResults(loads[key], LOAD_METRICS);
  // Load i of ours and of the peer ran back to back.
  results.paired = Object.fromEntries(PAIRED_METRICS.map((m) => [m, pairedDifference(loads.peer, loads.ours, m)]));
  results.pairedSamePage = Object.fromEntries(PAIRED_METRICS.map((m) => [m, pairedDifference(loads.article, loads.ours, m)]));

  log('embeds: the codes');
  const codes = {};
  // Only the charts the embed loads take in turn (--quick's one: amis).
  for (const id of CONFIG.chartIds.slice(0, CONFIG.embedLoads)) {
    codes[`ours-${id}`] = await ourEmbedCode(browser, servers.ours.url, id);
    codes[`peer-${id}`] = peerEmbedCode(servers.peer.url, id);
  }
  publisherRoot = stagePublisher(codes);
  servers.publisher = await serveCompressed(publisherRoot);
  const embeds = await measureEmbeds(browser, servers.publisher.url, {
    ours: new URL(servers.ours.url).origin, peer: new URL(servers.peer.url).origin,
  });
  for (const key of ['ours', 'peer']) results.sites[key].embed = embeds[key];
  results.pairedEmbed = pairedDifference(embeds.peer.runs, embeds.ours.runs, 'chartDrawn');

  for (const key of ['ours', 'peer']) results.sites[key].animation = {};
  for (const slowdown of [1, CONFIG.cpuSlowdown]) {
    log(`animation ×${slowdown}: ours and peer, interleaved`);
    const both = await measureAnimation(browser, sites, slowdown);
    for (const key of ['ours', 'peer']) results.sites[key].animation[`x${slowdown}`] = both[key];
  }
  for (const key of ['ours', 'peer']) {
    const perChart = Object.fromEntries(Object.entries(results.sites[key].animation.x1.charts).map(([id, c]) => [id, c.drawTime]));
    results.sites[key].animation.drawTime = Object.values(perChart).some(Boolean)
      ? perChart
      : 'n/a (the page emits no pme:draw measures)';
  }

  for (const key of ['ours', 'peer']) {
    log(`memory: ${key}`);
    results.sites[key].memory = await measureMemory(browser, sites[key]);
  }

  if (CONFIG.lighthouseRuns) {
    const runs = { ours: [], peer: [] };
    for (let i = 0; i < CONFIG.lighthouseRuns; i++) {
      for (const key of ['ours', 'peer']) {
        log(`lighthouse ${i + 1}/${CONFIG.lighthouseRuns}: ${key}`);
        runs[key].push(await measureLighthouse(sites[key]));
      }
    }
    for (const key of ['ours', 'peer']) {
      const med = (get) => median(runs[key].map(get));
      results.sites[key].lighthouse = {
        performance: med((r) => r.performance),
        accessibility: med((r) => r.accessibility),
        bestPractices: med((r) => r.bestPractices),
        seo: med((r) => r.seo),
        runs: runs[key],
      };
    }
  }
} finally {
  await browser.close();
  await servers.ours.close();
  await servers.peer.close();
  await servers.article.close();
  await servers.publisher?.close();
  rmSync(peerRoot, { recursive: true, force: true });
  if (publisherRoot) rmSync(publisherRoot, { recursive: true, force: true });
  rmSync(articleRoot, { recursive: true, force: true });
}

results.durationSeconds = Math.round((Date.now() - started) / 1000);
results.environment.loadAverageAtEnd = loadavg().map((n) => +n.toFixed(2));
results.environment.cpuStealShare = stealShare(results.environment.cpuAtStart, cpuTimes());
results.environment.cpuProbeAtEnd = probeSummary(cpuProbe());
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
printTable(results);
const errors = Object.entries(results.sites).flatMap(([key, s]) => [
  ...s.bytes.errors, ...s.load.runs.flatMap((r) => r.errors), ...(s.embed?.runs.flatMap((r) => r.errors) ?? []),
  ...Object.values(s.animation ?? {}).flatMap((a) => a.errors ?? []), ...(s.memory?.errors ?? []),
].map((e) => `${key}: ${e}`));
if (errors.length) console.log(`\npage errors (${errors.length}):\n${[...new Set(errors)].join('\n')}`);
const steal = results.environment.cpuStealShare;
console.log(`\n${CONFIG.mode} run in ${results.durationSeconds} s; ${stealNote(steal)}; details in bench/results/latest.json`);
console.log(probeNote(results.environment.cpuProbeAtStart, results.environment.cpuProbeAtEnd));
