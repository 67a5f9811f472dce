// Memory measurement shared by the benchmark (bench/run.mjs, which reports
// it) and the end-to-end suite (e2e/tests/memory.test.mjs, which asserts on
// it): JS heap after forced garbage collection, and Wasm linear memory.
// No dependency: both callers bring their own Playwright page and CDP session.

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs in the page before any script (`addInitScript`): keeps every
 * WebAssembly.Memory the page instantiates, to read its size later.
 */
export function wasmMemoryProbe() {
  window.__benchWasm = [];
  const keep = (result) => {
    const instance = result?.instance ?? result;
    if (instance instanceof WebAssembly.Instance) {
      for (const value of Object.values(instance.exports)) {
        if (value instanceof WebAssembly.Memory) window.__benchWasm.push(value);
      }
    }
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original === 'function') {
      WebAssembly[name] = function (...args) { return original.apply(this, args).then(keep); };
    }
  }
}

/** JS heap (after two forced collections) and Wasm linear memory, bytes. */
export async function memorySnapshot(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__benchWasm.map((m) => m.buffer.byteLength));
  return {
    jsHeapUsed: heap.usedSize,
    jsHeapTotal: heap.totalSize,
    backingStorage: heap.backingStorageSize ?? null,
    wasmMemories: wasm.length,
    wasmLinear: wasm.length ? wasm.reduce((a, b) => a + b, 0) : null,
  };
}

/**
 * Scrolls each chart in, lets its entrance play, then presses its
 * « Rejouer » `times` times, `gapMs` apart; waits for the last animations.
 */
export async function replayEveryChart(page, { chartIds, times, gapMs }) {
  for (const id of chartIds) {
    await page.evaluate((sel) => document.querySelector(sel).scrollIntoView({ block: 'center' }), `#${id} canvas`);
    await sleep(1500); // its entrance
    await page.evaluate(async ({ sel, times, gap }) => {
      const button = document.querySelector(sel);
      for (let i = 0; i < times; i++) {
        button.click();
        await new Promise((done) => setTimeout(done, gap));
      }
    }, { sel: `#${id} .pme-stage__bar button`, times, gap: gapMs });
  }
  await sleep(2000); // the last animations end
}
