// The « same page » peer: our built page — the article, its stylesheet, its
// prerendered figures — with the app taken out and the five figures drawn by
// Chart.js instead (bench/peer/peer.js, the one-screen peer's charts). Issue
// 5's peer is a one-screen page with no article; measured beside this one,
// the bench can say which part of a difference is the page and which the
// chart code.
//
//   node bench/article-peer.mjs <dist> <out dir>   (then bench/compare.mjs)
//
// bench/run.mjs stages it in every run. What differs from our page: no boot
// script, no preload of the app's JS and Wasm, and `chart.umd.js` and
// `peer.js` as deferred scripts where the boot script was, and `<html>`
// marked `pme-live` as the boot script marks it (without the mark the
// stylesheet shows the page's plain version: no canvas). Nothing lifts the
// stylesheet's `content-visibility: auto` (src/boot.rs does, for ours, once
// the islands have started), which spares this page one layout of the whole
// article.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** What the app adds to the page, each expected exactly once. */
const APP_PARTS = [
  ['boot script', /<script\b[^>]*\bdata-pme-boot\b[^>]*>[\s\S]*?<\/script>/g],
  ['JS glue preload', /<link\b[^>]*\brel="?modulepreload"?[^>]*>/g],
  ['Wasm preload', /<link\b[^>]*\bas="?fetch"?[^>]*\.wasm\b[^>]*>|<link\b[^>]*\.wasm\b[^>]*\bas="?fetch"?[^>]*>/g],
];

/** Chart.js and the peer's charts, deferred, as a typical page loads them. */
const CHART_SCRIPTS = '<script src="chart.umd.js" defer></script><script src="peer.js" defer></script>';

/**
 * Our built `index.html` with the app's boot script and preloads taken out,
 * the Chart.js scripts put where the boot script was, and `<html>` marked
 * live. Throws, naming the part, unless each is found exactly once: a
 * changed build must not yield a peer page that still runs the app, or
 * runs nothing, or hides its canvases.
 */
export function articlePeerPage(html) {
  let page = html;
  for (const [what, pattern] of APP_PARTS) {
    const found = [...page.matchAll(pattern)];
    if (found.length !== 1) throw new Error(`article peer: expected one ${what} in index.html, found ${found.length}`);
    page = page.replace(found[0][0], () => (what === 'boot script' ? CHART_SCRIPTS : ''));
  }
  const roots = page.match(/<html\b/g)?.length ?? 0;
  if (roots !== 1) throw new Error(`article peer: expected one <html> in index.html, found ${roots}`);
  return page.replace('<html', '<html class=pme-live');
}

/**
 * Stages the page in `out`: its `index.html`, every file of `dist` it can
 * still ask for (not the app's `.js` and `.wasm`, nor precompressed twins),
 * Chart.js's UMD build and `peer.js`.
 */
export function stageArticlePeer(dist, out) {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), articlePeerPage(readFileSync(join(dist, 'index.html'), 'utf8')));
  for (const name of readdirSync(dist)) {
    if (name === 'index.html' || name.startsWith('.') || /\.(js|wasm|br|gz)$/.test(name)) continue;
    copyFileSync(join(dist, name), join(out, name));
  }
  copyFileSync(here('./peer/peer.js'), join(out, 'peer.js'));
  copyFileSync(here('./node_modules/chart.js/dist/chart.umd.js'), join(out, 'chart.umd.js'));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist, out] = process.argv.slice(2);
  if (!dist || !out) {
    console.error('usage: node bench/article-peer.mjs <dist> <out dir>');
    process.exit(2);
  }
  stageArticlePeer(dist, out);
  console.log(`article peer staged in ${out}`);
}
