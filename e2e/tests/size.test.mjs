// What a first visit ships: bytes, brotli-compressed as the build
// precompresses them (sizes are deterministic for a given build, so this is a
// test, unlike the timings in bench/), and the files as served.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { loaderAttribute } from '../../scripts/loader-tag.mjs';
import { serveDirectory } from '../../scripts/serve-dist.mjs';
import { DIST, launchChromium, serveDist, watchForErrors } from './support.mjs';

/**
 * Issue 5's budget for a first visit, bytes (brotli): 100 KB, in the
 * issue's own kilobytes of 1000 bytes (its Chart.js page's « about 63 KB »
 * is our 61.9 KiB).
 */
const BUDGET = 100_000;

/** Brotli bytes of what a first visit downloads: the page and what it loads. */
function firstVisitBytes() {
  const files = readdirSync(DIST).filter((f) => /\.(html|js|wasm|css|svg)$/.test(f) && f !== 'embed.js');
  const sizes = Object.fromEntries(files.map((f) => [f, readFileSync(join(DIST, `${f}.br`)).length]));
  return { sizes, total: Object.values(sizes).reduce((a, b) => a + b, 0) };
}

test('every shipped file has brotli and gzip twins of its final bytes', () => {
  for (const f of readdirSync(DIST).filter((f) => /\.(html|js|wasm|css|svg)$/.test(f))) {
    const raw = readFileSync(join(DIST, f));
    assert.ok(brotliDecompressSync(readFileSync(join(DIST, `${f}.br`))).equals(raw), `${f}.br`);
    assert.ok(gunzipSync(readFileSync(join(DIST, `${f}.gz`))).equals(raw), `${f}.gz`);
  }
});

test('the JS glue asks Chromium to compile all its functions as it loads', () => {
  // The page's loader names the glue, read as the build steps read it.
  const glue = loaderAttribute(DIST, 'data-js');
  assert.ok(glue, 'the page names its JS glue in data-js');
  const source = readFileSync(join(DIST, glue), 'utf8');
  assert.ok(source.startsWith('//# allFunctionsCalledOnLoad\n'), `${glue} starts with ${JSON.stringify(source.slice(0, 40))}`);
});

test('the Wasm ships no custom section: names and tool metadata stay out', () => {
  const wasm = loaderAttribute(DIST, 'data-wasm');
  const bytes = readFileSync(join(DIST, wasm));
  const custom = [];
  let at = 8;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 127) * 2 ** shift;
      if (byte < 128) return value;
    }
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 0) {
      const length = leb();
      custom.push(`${bytes.subarray(at, at + length).toString()} (${size} B)`);
    }
    at = end;
  }
  assert.equal(at, bytes.length, 'the sections end where the file does');
  assert.deepEqual(custom, [], `custom sections in ${wasm}`);
});

test('the first visit fits the 100 KB brotli budget', () => {
  const { sizes, total } = firstVisitBytes();
  console.log(`first visit: ${total} B brotli (${(total / 1024).toFixed(1)} KiB)`, sizes);
  assert.ok(total <= BUDGET, `${total} bytes > ${BUDGET}: ${JSON.stringify(sizes)}`);
});

test('files with a hash in their name are cached for good, the stable names revalidated', async () => {
  const site = await serveDist();
  try {
    const names = readdirSync(DIST).filter((f) => /\.(html|js|wasm|svg)$/.test(f));
    const caching = Object.fromEntries(await Promise.all(names.map(async (f) => {
      const res = await fetch(site.url + f, { method: 'HEAD' });
      return [f, res.headers.get('cache-control')];
    })));
    const stable = ['embed.js', 'index.html'];
    assert.deepEqual(Object.keys(caching).filter((f) => stable.includes(f)).sort(), stable);
    for (const [f, value] of Object.entries(caching)) {
      const expected = stable.includes(f) ? 'no-cache' : 'public, max-age=31536000, immutable';
      assert.equal(value, expected, f);
    }
    assert.ok(names.some((f) => f.endsWith('_bg.wasm')), 'the Wasm is among them');
  } finally {
    await site.close();
  }
});

test('the favicon is inside the page, a data: URL that draws under the page\'s CSP', async () => {
  const site = await serveDist();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(site.url);
    const href = await page.locator('link[rel=icon]').getAttribute('href');
    assert.match(href, /^data:image\/svg\+xml,/);
    // Its orange square and the white hub at its centre, drawn at 32 px.
    const [edge, hub] = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: 32, height: 32 });
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0, 32, 32);
      return [[16, 1], [16, 16]].map(([x, y]) => [...g.getImageData(x, y, 1, 1).data]);
    }, href);
    assert.deepEqual(edge, [0xc2, 0x41, 0x0c, 255]);
    assert.deepEqual(hub, [255, 255, 255, 255]);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await site.close();
  }
});

test('the local server sends the _headers of the build it serves now, after a rebuild too', async () => {
  const root = mkdtempSync(join(tmpdir(), 'pme-serve-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  const policy = (hash) => `/*\n  Content-Security-Policy: default-src 'self'; style-src 'sha256-${hash}'\n`;
  writeFileSync(join(root, '_headers'), policy('avant'));
  const server = await serveDirectory(root);
  const url = `http://127.0.0.1:${server.address().port}/`;
  try {
    const csp = async () => (await fetch(url)).headers.get('content-security-policy');
    assert.match(await csp(), /sha256-avant/);
    writeFileSync(join(root, '_headers'), policy('apres'));
    assert.match(await csp(), /sha256-apres/);
  } finally {
    await new Promise((done) => server.close(done));
  }
});
