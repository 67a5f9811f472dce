// A small static file server for dist/ (no dependencies), used by
// scripts/serve.sh, the end-to-end tests and the benchmark. Like a static
// host, it sends the headers the site's _headers file gives for `/*` (the
// build writes its Content-Security-Policy there) and does not serve that file.
//   node scripts/serve-dist.mjs <dir> [port]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The headers `root/_headers` gives every path (its `/*` block, in the
 * Netlify and Cloudflare Pages format), or none without that file.
 */
export function siteHeaders(root) {
  let text;
  try {
    text = readFileSync(join(root, '_headers'), 'utf8');
  } catch {
    return {};
  }
  const headers = {};
  let forAll = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      forAll = line.trim() === '/*';
    } else if (forAll) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port), with the headers
 * of its `_headers` file and `headers` (which win) on every response.
 * `_headers` is read for each response: after a rebuild, the new build's
 * policy (its hashes) is sent, not the one the server started with.
 * Resolves to the listening server.
 */
export function serveDirectory(root, { port = 0, headers = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      // A host's configuration, not a page.
      if (file === join(base, '_headers')) throw new Error('not served');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      // Serve the precompressed twin when the client accepts it, as a CDN would.
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const twin = [['br', '.br'], ['gzip', '.gz']].find(([name]) => accepts.includes(name));
      const compressed = twin && await readFile(file + twin[1]).catch(() => null);
      const body = compressed ?? await readFile(file);
      // Hashed file names never change content: cache them for a year.
      // Trunk writes a 64-bit hash in hex without leading zeros, so one name
      // in sixteen has fewer than 16 digits (the Wasm's, in some builds).
      const hashed = /-[0-9a-f]{1,16}(_bg)?\.[a-z]+$/.test(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        Vary: 'Accept-Encoding',
        ...(compressed ? { 'Content-Encoding': twin[0] } : {}),
        ...siteHeaders(base),
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Introuvable');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await serveDirectory(root, { port: Number(port) });
  console.log(`Serving ${resolve(root)} on http://127.0.0.1:${server.address().port}/`);
}
