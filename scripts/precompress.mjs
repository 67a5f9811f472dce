// Writes a .br (brotli 11, scripts/brotli.mjs) and a .gz (gzip -9) beside
// every text and Wasm file of a built site, for hosts that serve
// precompressed files.
//   node scripts/precompress.mjs <dir>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { smallestBrotli } from './brotli.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('precompress: give the directory to compress');
  process.exit(2);
}

for (const name of readdirSync(dir)) {
  if (!/\.(html|js|mjs|css|wasm|svg|json)$/.test(name)) continue;
  const bytes = readFileSync(join(dir, name));
  writeFileSync(join(dir, `${name}.br`), smallestBrotli(bytes));
  writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
}
