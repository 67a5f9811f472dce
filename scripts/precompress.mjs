// Writes a .br (brotli, quality 11) and a .gz (gzip -9) beside every text
// and Wasm file of a built site, for hosts that serve precompressed files.
//   node scripts/precompress.mjs <dir>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('precompress: give the directory to compress');
  process.exit(2);
}
for (const name of readdirSync(dir)) {
  if (!/\.(html|js|mjs|css|wasm|svg|json)$/.test(name)) continue;
  const bytes = readFileSync(join(dir, name));
  writeFileSync(join(dir, `${name}.br`), brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }));
  writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
}
