// The statistics bench/run.mjs and bench/compare.mjs print (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cpuProbe, cumulativeLayoutShift, formatTable, pairedDifference, parseCpuTimes, probeNote, probeSummary, quantile,
  signTestP, stealNote, stealShare, summarizeLoads,
} from './loads.mjs';

test('the sign test gives the exact two-sided binomial tail', () => {
  assert.equal(signTestP(0, 12), 2 / 4096);
  assert.equal(signTestP(2, 12), (2 * (1 + 12 + 66)) / 4096);
  assert.equal(signTestP(3, 10), (2 * (1 + 10 + 45 + 120)) / 1024);
  // An even split is no evidence either way; nor is no pair at all.
  assert.equal(signTestP(6, 12), 1);
  assert.equal(signTestP(0, 0), 1);
});

test('differences are taken load by load, B − A, skipping missing values and ties in the split', () => {
  const a = [{ t: 100 }, { t: 200 }, { t: 300 }, { t: 400 }, { t: null }];
  const b = [{ t: 90 }, { t: 180 }, { t: 300 }, { t: 450 }, { t: 10 }];
  const d = pairedDifference(a, b, 't');
  assert.equal(d.pairs, 4);
  assert.equal(d.median, -5); // of −10, −20, 0, +50
  assert.equal(d.lower, 2);
  assert.equal(d.higher, 1);
  assert.equal(d.p, signTestP(1, 3));
});

test('a load summary has each metric’s median and range, ignoring loads that lack it', () => {
  const runs = [{ fcp: 500, allCharts: 1300 }, { fcp: 300, allCharts: null }, { fcp: 400, allCharts: 1100 }];
  const s = summarizeLoads(runs);
  assert.deepEqual(s.fcp, { median: 400, min: 300, max: 500 });
  assert.deepEqual(s.allCharts, { median: 1200, min: 1100, max: 1300 });
  assert.deepEqual(s.lcp, { median: null, min: null, max: null });
  // The embeds' loads name their own metrics: only those are summed up.
  const embeds = summarizeLoads([{ wire: 10, chartDrawn: 1500 }, { wire: 10, chartDrawn: 1700 }], ['wire', 'chartDrawn']);
  assert.deepEqual(Object.keys(embeds), ['wire', 'chartDrawn']);
  assert.deepEqual(embeds.chartDrawn, { median: 1600, min: 1500, max: 1700 });
});

test('quantiles interpolate; CLS is the worst session window', () => {
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(quantile([], 0.5), null);
  // Two windows: 0.1 + 0.05 (within 1 s), then 0.12 alone after a 2 s gap.
  assert.ok(Math.abs(cumulativeLayoutShift([[0, 0.1], [500, 0.05], [2600, 0.12]]) - 0.15) < 1e-12);
});

test('a table pads its columns to the widest cell and prints headings as they are', () => {
  const table = formatTable(['metric', 'a'], ['— section', ['FCP', '5 ms'], ['all charts', '1234 ms']]);
  assert.equal(table, [
    'metric            a',
    '----------  -------',
    '— section',
    'FCP            5 ms',
    'all charts  1234 ms',
  ].join('\n'));
});

test('the stolen share of CPU time is read from /proc/stat and compared between two readings', () => {
  // user nice system idle iowait irq softirq steal guest guest_nice
  const before = parseCpuTimes('cpu  300 5 20 2500 1 0 4 20 0 0\ncpu0 150 2 10 1250 0 0 2 10 0 0\n');
  assert.deepEqual(before, { total: 2850, steal: 20 });
  const after = parseCpuTimes('cpu  1100 5 120 2800 1 0 4 120 0 0\n');
  assert.deepEqual(after, { total: 4150, steal: 120 });
  assert.equal(stealShare(before, after), 0.077); // 100 of 1300 ticks
  assert.equal(stealShare(before, before), null);
  assert.equal(stealShare(null, after), null);
  assert.equal(parseCpuTimes('intr 1 2 3'), null);
  assert.equal(parseCpuTimes('cpu  1 2 3'), null);
});

test('a run on a busy host says so', () => {
  assert.equal(stealNote(0.004), 'CPU time stolen by the host: 0.4 %');
  assert.match(stealNote(0.122), /^CPU time stolen by the host: 12\.2 % \(a busy host: /);
  assert.equal(stealNote(null), 'CPU time stolen by the host: unknown');
});

test('the CPU probe times its workload each run and sums up the fastest and the median', () => {
  const times = cpuProbe(3);
  assert.equal(times.length, 3);
  assert.ok(times.every((t) => t > 0 && Number.isFinite(t)), `${times}`);
  assert.deepEqual(probeSummary([41.26, 39.04, 55, 40.01]), { fastest: 39, median: 40.6, runs: 4 });
  assert.equal(probeSummary([]), null);
  assert.equal(probeNote({ fastest: 39, median: 40.6, runs: 7 }, null),
    'CPU probe (a fixed sort in Node, fastest of 7; lower is a faster machine): 39 ms (median 40.6) before, unknown after');
});
