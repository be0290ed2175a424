// Release builds: gives the wasm's imports short names. wasm-bindgen names
// each import after its binding plus a 16-digit hash
// (`__wbg_set_innerHTML_a9d3a267967b5117`), about 240 of them, and each name
// is written twice: in the wasm's import section and as a key of the import
// object in the JS glue. The hashes do not compress, so the names cost about
// 4 KB brotli of the app shell. Binaryen's `--minify-imports` only renames
// Emscripten's `env` imports, hence this small rewrite: every import of the
// glue's module gets a short name (a, b, ..., Z, aa, ...) in both files.
//
// The rewrite is checked: every old name must occur exactly once as a key
// in the glue, or the build fails with the name that did not. Run by
// scripts/post-build.mjs before the glue is minified.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/// Reads an unsigned LEB128 at `pos`: [value, next position].
function leb(buf, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, pos];
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/// The short name of the i-th import: a-z, A-Z, then two letters and more.
function shortName(i) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  let n = i;
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}

/// The import section of `wasm` with every import of `module` renamed:
/// [new wasm, Map old name -> new name].
export function renameImports(wasm, module) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error("not a wasm module");
  let pos = 8;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, body] = leb(wasm, pos + 1);
    const end = body + size;
    if (id !== 2) {
      pos = end;
      continue;
    }
    const renames = new Map();
    const parts = [];
    let [count, p] = leb(wasm, body);
    parts.push(encodeLeb(count));
    for (let i = 0; i < count; i++) {
      const [modLen, modStart] = leb(wasm, p);
      const mod = wasm.toString("utf8", modStart, modStart + modLen);
      const [nameLen, nameStart] = leb(wasm, modStart + modLen);
      const name = wasm.toString("utf8", nameStart, nameStart + nameLen);
      // The import's description: its kind, then what that kind carries.
      let q = nameStart + nameLen;
      const kind = wasm[q++];
      const limits = (at) => {
        const flags = wasm[at];
        let [, r] = leb(wasm, at + 1);
        if (flags & 1) [, r] = leb(wasm, r);
        return r;
      };
      if (kind === 0) [, q] = leb(wasm, q); // function: type index
      else if (kind === 1) q = limits(q + 1); // table: element type, limits
      else if (kind === 2) q = limits(q); // memory: limits
      else if (kind === 3) q += 2; // global: value type, mutability
      else if (kind === 4) [, q] = leb(wasm, q + 1); // tag: attribute, type index
      else throw new Error(`unknown import kind ${kind} of ${mod}.${name}`);
      let newName = name;
      if (mod === module) {
        newName = shortName(renames.size);
        renames.set(name, newName);
      }
      const nameBytes = Buffer.from(newName, "utf8");
      // Module name as it was, the new field name, the description as it was.
      parts.push(wasm.subarray(p, modStart + modLen), encodeLeb(nameBytes.length), nameBytes, wasm.subarray(nameStart + nameLen, q));
      p = q;
    }
    if (p !== end) throw new Error("the import section did not parse to its end");
    const section = Buffer.concat(parts);
    const out = Buffer.concat([wasm.subarray(0, pos), Buffer.from([2]), encodeLeb(section.length), section, wasm.subarray(end)]);
    return [out, renames];
  }
  return [wasm, new Map()];
}

/// Renames the imports of the wasm-bindgen output in `dir` (one `*_bg.wasm`
/// and its glue `*.js`) in both files.
export function shortImports(dir) {
  const wasmFile = readdirSync(dir).find((f) => f.endsWith("_bg.wasm"));
  if (!wasmFile) throw new Error(`short-imports: no *_bg.wasm in ${dir}`);
  const glueFile = wasmFile.replace(/_bg\.wasm$/, ".js");
  const glue = readFileSync(join(dir, glueFile), "utf8");
  // The glue hands its imports to the module it names (e.g. "./exodus_bg.js").
  const module = glue.match(/"(\.\/[\w-]+_bg\.js)": import0/)?.[1];
  if (!module) throw new Error(`short-imports: no import object found in ${glueFile}`);
  const before = readFileSync(join(dir, wasmFile));
  const [after, renames] = renameImports(before, module);
  let js = glue;
  for (const [old, short] of renames) {
    const key = new RegExp(`(^|[\\s{,])${old}(?=\\s*:)`, "gm");
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`short-imports: ${old} is a key of the glue ${found} times, not once`);
    js = js.replace(key, `$1${short}`);
  }
  writeFileSync(join(dir, wasmFile), after);
  writeFileSync(join(dir, glueFile), js);
  console.log(`short-imports: ${renames.size} imports renamed; ${wasmFile} ${before.length} -> ${after.length} bytes, ${glueFile} ${glue.length} -> ${js.length}`);
}
