// Tests of the release build's import renaming (short-imports.mjs) on a
// hand-made wasm module and glue: `node --test scripts/`.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { renameImports, shortImports } from "./short-imports.mjs";

const MODULE = "./app_bg.js";
// Longer than 127 bytes: its length takes two LEB128 bytes.
const LONG = `__wbg_${"x".repeat(130)}_0123456789abcdef`;

// Lengths up to 16,383: one or two LEB128 bytes.
const len = (n) => (n < 128 ? [n] : [0x80 | (n & 0x7f), n >> 7]);
const str = (s) => [...len(s.length), ...Buffer.from(s)];
const section = (id, bytes) => [id, ...len(bytes.length), ...bytes];

/// A module importing a function, a global and a table from the glue's
/// module and a memory from "env".
function module() {
  const imports = [
    4,
    ...str(MODULE), ...str(LONG), 0, 0, // function of type 0
    ...str("env"), ...str("memory"), 2, 0, 1, // memory, min 1 page
    ...str(MODULE), ...str("__wbindgen_flag_0123456789abcdef"), 3, 0x7f, 0, // immutable i32 global
    ...str(MODULE), ...str("__wbindgen_table"), 1, 0x70, 1, 0, 4, // funcref table, min 0, max 4
  ];
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, [1, 0x60, 0, 0]), // one type: () -> ()
    ...section(2, imports),
  ]);
}

test("renames the glue's imports in a module that still compiles", () => {
  const [wasm, renames] = renameImports(module(), MODULE);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.deepEqual(
    imports.map((i) => [i.module, i.name, i.kind]),
    [
      [MODULE, "a", "function"],
      ["env", "memory", "memory"],
      [MODULE, "b", "global"],
      [MODULE, "c", "table"],
    ],
  );
  assert.deepEqual([...renames], [
    [LONG, "a"],
    ["__wbindgen_flag_0123456789abcdef", "b"],
    ["__wbindgen_table", "c"],
  ]);
  assert.ok(wasm.length < module().length);
});

test("rewrites the glue's keys, and fails on a name it cannot find once", () => {
  const dir = mkdtempSync(join(tmpdir(), "short-imports-"));
  const glue = (keys) => `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
${keys.map((k) => `        ${k}: function() { return 1; },`).join("\n")}
    };
    return { "${MODULE}": import0 };
}
export { LONG_NAME_USED_ELSEWHERE };
`;
  writeFileSync(join(dir, "app_bg.wasm"), module());
  writeFileSync(join(dir, "app.js"), glue([LONG, "__wbindgen_flag_0123456789abcdef", "__wbindgen_table"]));
  shortImports(dir);
  const js = readFileSync(join(dir, "app.js"), "utf8");
  assert.match(js, /\n {8}a: function/);
  assert.match(js, /\n {8}c: function/);
  assert.doesNotMatch(js, /__wbindgen_table|__wbg_x/);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(join(dir, "app_bg.wasm"))));
  assert.deepEqual(imports.map((i) => i.name), ["a", "memory", "b", "c"]);

  // A glue without one of the names: the build stops, naming it.
  writeFileSync(join(dir, "app_bg.wasm"), module());
  writeFileSync(join(dir, "app.js"), glue([LONG, "__wbindgen_table"]));
  assert.throws(() => shortImports(dir), /__wbindgen_flag_0123456789abcdef is a key of the glue 0 times/);
});
