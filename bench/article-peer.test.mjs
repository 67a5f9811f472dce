// The « same page » peer (bench/article-peer.mjs), node --test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlePeerPage, stageArticlePeer } from './article-peer.mjs';
import { PROFILE } from './loads.mjs';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));

// The shape of the built head, attributes unquoted as Trunk's minifier writes them.
const BUILT = [
  '<!doctype html><html lang=fr><head><style>p{}</style>',
  '<script data-js=/app-1.js data-pme-boot data-wasm=/app-1_bg.wasm>(()=>{import("x")})();</script>',
  '<link href=/app-1.js rel=modulepreload>',
  '<link as=fetch crossorigin href=/app-1_bg.wasm rel=preload type=application/wasm>',
  '</head><body><article><p>Texte</p></article></body></html>',
].join('');

test('the app goes and Chart.js comes where the boot script was; the rest is as built', () => {
  const page = articlePeerPage(BUILT);
  assert.doesNotMatch(page, /data-pme-boot|modulepreload|\.wasm/);
  assert.equal(page, [
    // Marked live, as the boot script marks it, or the stylesheet hides the canvases.
    '<!doctype html><html class=pme-live lang=fr><head><style>p{}</style>',
    '<script src="chart.umd.js" defer></script><script src="peer.js" defer></script>',
    '</head><body><article><p>Texte</p></article></body></html>',
  ].join(''));
});

test('a page without one of the app’s parts, or with two, is refused by name', () => {
  assert.throws(() => articlePeerPage(BUILT.replace(/<link href=\S+ rel=modulepreload>/, '')), /one JS glue preload in index.html, found 0/);
  assert.throws(() => articlePeerPage(BUILT.replace('</head>', '<link as=fetch href=/b.wasm rel=preload></head>')), /one Wasm preload in index.html, found 2/);
  assert.throws(() => articlePeerPage('<p>Texte</p>'), /one boot script in index.html, found 0/);
  assert.throws(() => articlePeerPage(BUILT.replace('<html lang=fr>', '')), /one <html> in index.html, found 0/);
});

test('the built page stages as a peer with the article and no app', { skip: !existsSync(join(DIST, 'index.html')) && 'no dist/ built' }, () => {
  const out = mkdtempSync(join(tmpdir(), 'pme-article-peer-test-'));
  try {
    stageArticlePeer(DIST, out);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    const built = readFileSync(join(DIST, 'index.html'), 'utf8');
    assert.doesNotMatch(page, /data-pme-boot|modulepreload|\.wasm/);
    // The article and the five figures, as built.
    const article = built.match(/<article[\s\S]*<\/article>/)[0];
    assert.ok(page.includes(article));
    for (const id of PROFILE.chartIds) assert.match(page, new RegExp(`<figure id="?${id}\\b`));
    const files = readdirSync(out);
    assert.ok(files.includes('chart.umd.js') && files.includes('peer.js'));
    assert.deepEqual(files.filter((f) => /\.wasm|\.(br|gz)$/.test(f) || f.startsWith('pme-infographie')), []);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
