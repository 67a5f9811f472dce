// A/B comparison of two builds of the site: cold loads of each, interleaved,
// on the bench's throttled phone (bench/loads.mjs), and for each load metric
// the medians, the spread, and the difference load by load with a sign test.
// For deciding whether a change helps: single loads on this machine vary by
// hundreds of ms, and a median of a few loads by about 100.
//
//   node bench/compare.mjs <dist A> <dist B> [--loads 12] [--cpu 4] [--no-network]
//                          [--b-arg=<Chromium switch> ...] [--fresh]
//
// Each argument is a built `dist/` (e.g. from a git worktree, or a copy with
// one file edited). With --b-arg (repeatable, one switch each, taken whole),
// B's loads run in a browser started with these switches too: the same build
// twice then measures what a browser setting costs the page (e.g.
// --js-flags=--no-wasm-lazy-compilation). With --fresh, every load runs in a
// browser started for it alone: two long-lived browsers differ by more than
// the sign test assumes (an A/A run of two leaned one way, p 0.02), so use it
// with --b-arg.
// Prints a table; --json also writes the runs to a file.
import { chromium } from 'playwright-core';
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  LOAD_METRICS, PROFILE, cpuTimes, formatTable, measureLoad, pairedDifference, serveCompressed, stealNote, stealShare,
  summarizeLoads,
} from './loads.mjs';

const USAGE = 'usage: node bench/compare.mjs <dist A> <dist B> [--loads N ≥ 1] [--cpu N ≥ 1] [--no-network] [--b-arg=SWITCH ...] [--fresh] [--json FILE]';
function usageError(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      loads: { type: 'string', default: '12' },
      cpu: { type: 'string', default: String(PROFILE.cpuSlowdown) },
      'no-network': { type: 'boolean', default: false },
      json: { type: 'string' },
      'b-arg': { type: 'string', multiple: true, default: [] },
      fresh: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  // An unknown option, or a value that starts with dashes without `=`.
  usageError(error.message);
}
const { values: options, positionals } = parsed;
const loads = Number(options.loads);
const cpuSlowdown = Number(options.cpu);
if (positionals.length !== 2 || !(loads >= 1) || !(cpuSlowdown >= 1)) usageError('two builds and positive numbers are expected');
const roots = positionals.map((dir) => resolve(dir));
for (const root of roots) {
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`${root}: no index.html (a built dist/ is expected)`);
    process.exit(2);
  }
}
const network = options['no-network'] ? null : PROFILE.network;
// Each kept whole: a switch may hold spaces (--js-flags="--a --b").
const bArgs = options['b-arg'];

const servers = await Promise.all(roots.map(serveCompressed));
const launch = (extra) => chromium.launch({ executablePath: PROFILE.chromium, headless: true, args: [...PROFILE.chromiumArgs, ...extra] });
const switches = [[], bArgs];
// Long-lived browsers: one for both unless B's differs, then each its own.
const kept = [];
if (!options.fresh) {
  kept[0] = await launch(switches[0]);
  kept[1] = bArgs.length ? await launch(switches[1]) : kept[0];
}
const runs = [[], []];
const cpuAtStart = cpuTimes();
try {
  for (let i = 0; i < loads; i++) {
    // A then B, then B then A: neither always goes first after a pause.
    const order = i % 2 ? [1, 0] : [0, 1];
    for (const which of order) {
      process.stderr.write(`load ${i + 1}/${loads}: ${'AB'[which]}\r`);
      const browser = kept[which] ?? await launch(switches[which]);
      const load = () => measureLoad(browser, { url: servers[which].url }, { network, cpuSlowdown });
      try {
        // A browser just started is still starting (FCP hundreds of ms
        // later): a first load, not measured, lets it settle as a
        // long-lived one has.
        if (!kept[which]) await load();
        runs[which].push(await load());
      } finally {
        if (!kept[which]) await browser.close();
      }
    }
  }
} finally {
  await Promise.all([...new Set(kept)].map((b) => b.close()));
  await Promise.all(servers.map((s) => s.close()));
}

const [a, b] = runs.map((site) => summarizeLoads(site));
// CLS is a score, every other metric ms.
const num = (m, n) => (n == null ? 'n/a' : m === 'cls' ? n.toFixed(3) : String(Math.round(n)));
const spread = (m, s) => `${num(m, s.median)} [${num(m, s.min)}–${num(m, s.max)}]`;
const rows = LOAD_METRICS.map((m) => {
  const d = pairedDifference(runs[0], runs[1], m);
  const delta = `${d.median > 0 ? '+' : ''}${num(m, d.median)}`;
  return [m, spread(m, a[m]), spread(m, b[m]), delta, `${d.lower}/${d.pairs}`, d.p.toFixed(3)];
});
// Folders of the same name (two `dist`) are told apart by their whole path.
const names = basename(roots[0]) === basename(roots[1]) ? roots : roots.map((root) => basename(root));
const head = ['metric (ms; CLS)', `A: ${names[0]}`, `B: ${names[1]}`, 'B − A', 'B lower', 'sign p'];
// Each switch quoted: one may hold spaces.
const bNote = bArgs.length ? `; B's browser also started with ${bArgs.map((arg) => JSON.stringify(arg)).join(', ')}` : '';
console.log(`${loads} cold loads each, interleaved${options.fresh ? ', each in a browser of its own' : ''}; CPU ×${cpuSlowdown}; ${network ? '150 ms / 1.6 Mbit/s' : 'no network throttling'}${bNote}.`);
console.log('Median [least–greatest]; B − A: the median of the differences load by load.');
console.log(formatTable(head, rows));
const failed = runs.flat().filter((r) => r.timedOut || r.errors.length).length;
if (failed) console.log(`\n${failed} load(s) timed out or logged page errors: see --json.`);
const cpuStealShare = stealShare(cpuAtStart, cpuTimes());
console.log(`\n${stealNote(cpuStealShare)}.`);
if (options.json) writeFileSync(options.json, `${JSON.stringify({ roots, loads, cpuSlowdown, network, cpuStealShare, runs }, null, 2)}\n`);
