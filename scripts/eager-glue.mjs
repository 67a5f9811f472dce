// Asks Chromium to compile the Wasm's JS glue whole, in a staged build.
// Chromium (136 and later) compiles every function of a script whose first
// line is `//# allFunctionsCalledOnLoad` on a background thread as the file
// loads; otherwise each function is compiled on the main thread at its first
// call. The glue's functions (the Wasm's imports) are nearly all first called
// as the islands start, right after the Wasm arrives, when the charts wait
// for the main thread. Other browsers read a comment.
// At CPU ×4 (bench/HISTORY.md): lazy compiles on the main thread 186 → 34
// in traces, main-thread task time over a load 1045 → 995 ms (medians of
// twelve interleaved loads); when the charts are drawn is unchanged within
// the machine's noise.
//   node scripts/eager-glue.mjs <staging dir>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loaderAttribute } from './loader-tag.mjs';

const HINT = '//# allFunctionsCalledOnLoad\n';

const dir = process.argv[2];
const glue = dir && loaderAttribute(dir, 'data-js');
if (!glue) {
  console.error('eager-glue: give the staging directory, whose index.html names the glue in data-js');
  process.exit(1);
}
const path = join(dir, glue);
const source = readFileSync(path, 'utf8');
// The magic comment counts only on the file's first line.
if (!source.startsWith(HINT)) writeFileSync(path, HINT + source);
