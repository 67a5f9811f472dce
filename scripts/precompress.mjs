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

// Brotli's encoder guesses its input block size and how to code distances.
// On the Wasm, other valid choices come out up to 300 B smaller, and which
// one wins changes from build to build (the same bytes, a few constants
// apart, gave 85 540 to 85 878 B). Each choice is tried and the smallest
// stream kept, as zopfli does for gzip: all are plain RFC 7932 streams,
// which every browser reads. About 5 s for the Wasm.
const BLOCKS = [0, 16, 17]; // 0: the encoder's own choice
const DISTANCES = [[0, 0], [0, 8], [1, 0], [1, 16]]; // [postfix bits, direct codes]

/** The smallest brotli stream of `bytes` among the tried settings. */
function smallestBrotli(bytes) {
  let best;
  for (const block of BLOCKS) {
    for (const [postfix, direct] of DISTANCES) {
      const out = brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          [constants.BROTLI_PARAM_LGBLOCK]: block,
          [constants.BROTLI_PARAM_NPOSTFIX]: postfix,
          [constants.BROTLI_PARAM_NDIRECT]: direct,
        },
      });
      if (!best || out.length < best.length) best = out;
    }
  }
  return best;
}

for (const name of readdirSync(dir)) {
  if (!/\.(html|js|mjs|css|wasm|svg|json)$/.test(name)) continue;
  const bytes = readFileSync(join(dir, name));
  writeFileSync(join(dir, `${name}.br`), smallestBrotli(bytes));
  writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
}
