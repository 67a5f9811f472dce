// The staged index.html's loader tag names the Wasm's JS glue and the Wasm
// (`data-js`, `data-wasm`: Trunk.toml, pattern_script). The build steps that
// change those files, and the tests of the built site, find them there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The value of attribute `name` in the staged page under `dir`, or null. */
export function loaderAttribute(dir, name) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // Trunk's HTML minifier leaves attribute values unquoted when it can.
  const found = html.match(new RegExp(`\\s${name}=(?:"([^"]+)"|([^\\s"'>]+))`));
  return found ? (found[1] ?? found[2]) : null;
}
