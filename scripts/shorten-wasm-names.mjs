// Shortens the names on the boundary between the Wasm and its JS glue, in a
// staged release build: wasm-bindgen names each import after its JS function
// plus a 16-digit hash (`__wbg_fillText_89d353a9ad9f4a1a`), written once in
// the Wasm and once in the glue, and such hashes do not compress. binaryen's
// `--minify-imports-and-exports-and-modules` renames them in the Wasm (`Aa`)
// and prints the mapping; this applies the same mapping to the glue.
// About 5 KB less brotli for a first visit. The same pass drops the two
// custom sections only tools read (0.26 KB).
//   node scripts/shorten-wasm-names.mjs <staging dir>
// The staged index.html names both files (Trunk.toml, pattern_script). Fails,
// leaving the files as they were, unless every name is found where expected.
// The files keep their names: Trunk hashes the Rust build's output, before
// wasm-bindgen and wasm-opt, so a name changes whenever the code does.
import { execFileSync } from 'node:child_process';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loaderAttribute } from './loader-tag.mjs';

const dir = process.argv[2];
if (!dir) fail('give the staging directory');

const jsName = attribute('data-js');
const wasmName = attribute('data-wasm');
const jsPath = join(dir, jsName);
const wasmPath = join(dir, wasmName);

const original = readFileSync(wasmPath);
const before = boundary(original);
const mapping = JSON.parse(execFileSync('wasm-opt', [
  wasmPath, '--minify-imports-and-exports-and-modules',
  // Custom sections for tools, not for browsers: the toolchain's versions
  // and the features it compiled for (about 250 bytes).
  '--strip-producers', '--strip-target-features',
  // And -Oz once more: on Trunk's -Oz output it saved 437 B of brotli at
  // 7658372 (a further pass saves nothing). Before it, binaryen's whole-
  // program flow analysis (GUFA): on the build that brought it in, 48 B
  // less, but 116 B more on the one before, so within brotli's noise at
  // this size (bench/HISTORY.md); kept while it measures smaller.
  '--gufa', '-Oz',
  // Lets -Oz fold a pointer's added constant into the access's offset
  // (about 550 B of brotli at ee79725). It assumes no access lands in the
  // memory's first KiB, which is the far end of Rust's 1 MiB stack (it
  // grows down from where the data begins): reaching it would take a stack
  // a thousand times deeper than the app's, and what changes is only that
  // an address wrapping past 4 GiB into that KiB traps. Trunk's -Oz pass
  // has it too (index.html, data-wasm-opt-params): 22 B more at 4ba3809.
  '--low-memory-unused',
  '-o', `${wasmPath}.short`,
], { encoding: 'utf8', maxBuffer: 16 << 20 }));
const shortened = readFileSync(`${wasmPath}.short`);
const after = boundary(shortened);

// The glue's import object has one key per module, then one per import.
const modules = new Set(before.imports.map((i) => i.module));
const newModules = new Set(after.imports.map((i) => i.module));
if (modules.size !== 1 || newModules.size !== 1) fail(`expected one import module, found ${[...modules]} → ${[...newModules]}`);
const renames = new Map([[[...modules][0], [...newModules][0]]]);
for (const [, old, name] of mapping.imports) renames.set(old, name);
// Every export the glue uses is read as `wasm.<name>`.
const exportRenames = new Map(mapping.exports);

let js = readFileSync(jsPath, 'utf8');
const used = new Map();
// Property keys, bare or quoted: only the import object's are in `renames`.
js = js.replace(/(?<![\w$.])(?:"([^"\\]+)"|([A-Za-z_$][\w$]*)):/g, (match, quoted, bare) => {
  const old = quoted ?? bare;
  if (!renames.has(old)) return match;
  used.set(old, (used.get(old) ?? 0) + 1);
  return `${key(renames.get(old))}:`;
});
for (const old of renames.keys()) {
  if (used.get(old) !== 1) fail(`import ${old} is a key ${used.get(old) ?? 0} times in the glue, expected once`);
}
const exportRead = /(?<![\w$.])wasm\.([A-Za-z_$][\w$]*)/g;
js = js.replace(exportRead, (match, old) => (
  exportRenames.has(old) ? `wasm.${exportRenames.get(old)}` : match));
const exported = new Set(after.exports.map((e) => e.name));
const stale = [...js.matchAll(exportRead)].map((m) => m[1]).filter((name) => !exported.has(name));
if (stale.length) fail(`the glue reads exports the Wasm no longer has: ${[...new Set(stale)]}`);

// Each old key was replaced once, by its new name: the shortened Wasm must
// ask for exactly those names.
const provided = new Set(mapping.imports.map(([, , name]) => name));
for (const { name } of after.imports) {
  if (!provided.has(name)) fail(`the glue does not provide import ${name}`);
}
writeFileSync(jsPath, js);
writeFileSync(wasmPath, shortened);
unlinkSync(`${wasmPath}.short`);
console.log(`shorten-wasm-names: ${after.imports.length} imports and ${after.exports.length} exports renamed, `
  + `Wasm ${original.length} → ${shortened.length} bytes`);

/** The value of an attribute of the staged page's boot script. */
function attribute(name) {
  return loaderAttribute(dir, name) ?? fail(`no ${name} in the staged index.html`);
}

/** A module's imports and exports, as the JS engine reads them. */
function boundary(bytes) {
  const module = new WebAssembly.Module(bytes);
  return { imports: WebAssembly.Module.imports(module), exports: WebAssembly.Module.exports(module) };
}

/** A property key for `name`: bare when it is an identifier. */
function key(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

function fail(message) {
  console.error(`shorten-wasm-names: ${message}`);
  process.exit(1);
}
