// No leaks: 50 replays of every chart leave the JS heap and the Wasm linear
// memory within 1 MB of where they were after load (the benchmark reports
// the same measure, with the same code: bench/memory.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memorySnapshot, replayEveryChart, wasmMemoryProbe } from '../../bench/memory.mjs';
import { CHART_IDS, useSite, waitForFirstDraw } from './support.mjs';

const site = useSite();
const MB = 1024 * 1024;
const REPLAYS = 50;

test(`${REPLAYS} replays of every chart leave JS heap and Wasm memory within 1 MB`, async () => {
  const { context, page, errors } = await site.open({}, {
    beforeGoto: (p) => p.addInitScript(wasmMemoryProbe),
  });
  const cdp = await context.newCDPSession(page);
  await waitForFirstDraw(page, 'amis');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const before = await memorySnapshot(page, cdp);
  assert.equal(before.wasmMemories, 1, 'the app\'s Wasm memory is seen');
  // Every draw is a `pme:draw:<id>` performance measure (chart_stage.rs).
  await page.evaluate(() => {
    window.__draws = 0;
    new PerformanceObserver((list) => { window.__draws += list.getEntries().filter((e) => e.name.startsWith('pme:draw:')).length; })
      .observe({ type: 'measure' });
  });
  await replayEveryChart(page, { chartIds: CHART_IDS, times: REPLAYS, gapMs: 50 });
  const after = await memorySnapshot(page, cdp);
  const growth = {
    jsHeap: after.jsHeapUsed - before.jsHeapUsed,
    wasm: after.wasmLinear - before.wasmLinear,
  };
  console.log(`memory after ${REPLAYS} replays ×${CHART_IDS.length}: JS heap ${(before.jsHeapUsed / MB).toFixed(2)} → `
    + `${(after.jsHeapUsed / MB).toFixed(2)} MB, Wasm ${(before.wasmLinear / MB).toFixed(2)} → ${(after.wasmLinear / MB).toFixed(2)} MB`);
  assert.ok(growth.jsHeap <= MB, `JS heap grew by ${(growth.jsHeap / MB).toFixed(2)} MB`);
  assert.ok(growth.wasm <= MB, `Wasm memory grew by ${(growth.wasm / MB).toFixed(2)} MB`);
  // The replays really ran: every one drew its chart again, frame by frame.
  const draws = await page.evaluate(() => window.__draws);
  assert.ok(draws > REPLAYS * CHART_IDS.length, `${draws} draws during the replays`);
  assert.deepEqual(errors, []);
  await context.close();
});
