// Bytes shipped on a first visit, brotli-compressed as the build precompresses
// them (sizes are deterministic for a given build, so this is a test, unlike
// the timings in bench/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support.mjs';

/** Issue 5's budget for a first visit, bytes (brotli). */
const BUDGET = 100 * 1024;

/** Brotli bytes of what a first visit downloads: the page and what it loads. */
function firstVisitBytes() {
  const files = readdirSync(DIST).filter((f) => /\.(html|js|wasm|css|svg)$/.test(f) && f !== 'embed.js');
  const sizes = Object.fromEntries(files.map((f) => [f, readFileSync(join(DIST, `${f}.br`)).length]));
  return { sizes, total: Object.values(sizes).reduce((a, b) => a + b, 0) };
}

test('every shipped file has brotli and gzip twins', () => {
  for (const f of readdirSync(DIST).filter((f) => /\.(html|js|wasm|css|svg)$/.test(f))) {
    assert.ok(readFileSync(join(DIST, `${f}.br`)).length > 0, `${f}.br`);
    assert.ok(readFileSync(join(DIST, `${f}.gz`)).length > 0, `${f}.gz`);
  }
});

test('the first visit fits the 100 KB brotli budget', () => {
  const { sizes, total } = firstVisitBytes();
  console.log(`first visit: ${(total / 1024).toFixed(1)} KB brotli`, sizes);
  assert.ok(total <= BUDGET, `${total} bytes > ${BUDGET}: ${JSON.stringify(sizes)}`);
});
