// The smallest brotli stream of a file, shared by the build
// (scripts/precompress.mjs) and the benchmark (bench/loads.mjs), which
// compresses the peer's files the same way.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';

// Brotli's encoder guesses its input block size and how to code distances.
// On the Wasm, other valid choices come out up to 300 B smaller, and which
// one wins changes from build to build (the same bytes, a few constants
// apart, gave 85 540 to 85 878 B). Each choice is tried and the smallest
// stream kept, as zopfli does for gzip: all are plain RFC 7932 streams,
// which every browser reads. About 15 s for the Wasm. Postfix bits 2 and 3
// came out 121 B smaller than the earlier choices on the Wasm of f4b5150,
// 2 B on a76a31d's; with them, block 17 did no better than 0 or 16 on either.
const BLOCKS = [0, 16]; // 0: the encoder's own choice
// [postfix bits, direct codes]: every postfix brotli allows, each with
// direct codes a multiple of 8 (as the format requires for 3 bits).
const DISTANCES = [0, 1, 2, 3].flatMap((postfix) => [0, 8, 16, 48, 120].map((direct) => [postfix, direct]));

// By content: the benchmark measures Chart.js for two pages, and serves it
// to each, at 40 encodings' cost each time.
const made = new Map();

/** The smallest brotli stream of `bytes` among the tried settings. */
export function smallestBrotli(bytes) {
  const key = createHash('sha256').update(bytes).digest('hex');
  if (!made.has(key)) made.set(key, tryEvery(bytes));
  return made.get(key);
}

function tryEvery(bytes) {
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
