// Puts the stylesheet and boot.js inside the built index.html, so that its
// first paint waits for no other request, and the favicon as a data: URL
// (its own file cost 195 B of brotli and a request, its hash and integrity
// attribute 70 B more of the page's), and writes the site's
// Content-Security-Policy, which allows exactly these two inline elements
// (by their SHA-256), into _headers (the format Netlify and Cloudflare Pages
// read; scripts/serve-dist.mjs sends it too).
//   node scripts/inline-head.mjs <staged site dir>
//
// Measured over ten interleaved throttled loads (CPU ×4, 1.6 Mbit/s, 150 ms):
// first contentful paint 780 -> 624 ms. Both files were fetched only once
// the head had arrived, sharing the link with the Wasm preload.
import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('inline-head: give the staged site directory');
  process.exit(2);
}
const pagePath = join(dir, 'index.html');
let page = readFileSync(pagePath, 'utf8');

/** The one match of `pattern` in the page; the build fails on none or more. */
function theOne(pattern, what) {
  const found = [...page.matchAll(pattern)];
  if (found.length !== 1) {
    throw new Error(`inline-head: expected one ${what} in index.html, found ${found.length}`);
  }
  return found[0];
}

/** A file of the staged site, trimmed, that must not close its element early. */
function contents(name, closing) {
  const text = readFileSync(join(dir, name), 'utf8').trim();
  if (text.toLowerCase().includes(closing)) throw new Error(`inline-head: ${name} contains ${closing}`);
  return text;
}

/** A CSP source allowing the inline element whose text is `text`. */
const hashSource = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Trunk's link to the hashed stylesheet (attributes quoted or not, in any
// order, as its minifier writes them).
const link = theOne(/<link\b[^>]*?\bhref="?(?:[^" >]*\/)?(styles-[0-9a-f]{16}\.css)"?[^>]*>/g, 'stylesheet link');
const css = contents(link[1], '</style');
page = page.replace(link[0], () => `<style>${css}</style>`);

// The empty loader tag Trunk.toml's pattern_script writes: boot.js goes in.
const loader = theOne(/<script\b([^>]*\bdata-pme-boot\b[^>]*)><\/script>/g, 'boot script tag');
const boot = contents('boot.js', '</script');
page = page.replace(loader[0], () => `<script${loader[1]}>${boot}</script>`);

// Trunk's link to the hashed favicon. In the data: URL, the SVG's double
// quotes become single ones (the attribute is double-quoted) and only what
// a URL may not hold is escaped; brotli finds the rest in the page.
const icon = theOne(/<link\b[^>]*?\bhref="?(?:[^" >]*\/)?(favicon-[0-9a-f]{16}\.svg)"?[^>]*>/g, 'favicon link');
const svg = contents(icon[1], '"data:');
const iconUrl = `data:image/svg+xml,${svg.replaceAll('"', "'").replace(/[%#<>\s]/g, (c) => (c === ' ' ? c : encodeURIComponent(c)))}`;
page = page.replace(icon[0], () => `<link rel=icon href="${iconUrl}">`);

writeFileSync(pagePath, page);
// Served from the page now; left as files, they would only mislead.
unlinkSync(join(dir, link[1]));
unlinkSync(join(dir, icon[1]));
unlinkSync(join(dir, 'boot.js'));

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashSource(boot)}`,
  `style-src 'self' ${hashSource(css)}`,
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  // No `frame-ancestors`: the page is made to be framed anywhere, and `*`
  // matches no opaque origin, so the « Intégrer » preview inside an embed
  // sandboxed without allow-same-origin was blocked.
].join('; ');
writeFileSync(join(dir, '_headers'), [
  '# Headers for every page of this site, written by scripts/inline-head.mjs.',
  '# The two hashes allow the page\'s inline stylesheet and boot script, and',
  '# change with them: send this policy as built (README, Sécurité).',
  '# Every file may be read from any origin: an embed in an iframe sandboxed',
  '# without allow-same-origin has an opaque origin, and fetches its module',
  '# script and Wasm with CORS. The site is public and sends no cookies.',
  '/*',
  `  Content-Security-Policy: ${policy}`,
  '  Access-Control-Allow-Origin: *',
  '',
].join('\n'));
