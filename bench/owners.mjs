// Who owns the wasm's bytes: the release build's wasm as it ships (after
// wasm-bindgen and wasm-opt -Oz) but with its function names kept, read by
// twiggy. (Its import names are still wasm-bindgen's long ones: the release
// build shortens them after this point, scripts/short-imports.mjs.) "main"
// is the start-up: the dataset's decoding and indexing are inlined there. Prints twiggy's top 20 items, then every byte summed by owner:
// each module of the app and of exodus-core, Yew, the standard library,
// the browser bindings, serde, the allocator, the data segments (strings,
// tables and the embedded dataset) and the rest.
//
// Yew's `CompStateInner<COMP>::view` is where wasm-opt inlines each
// component's body (the `html!` of Explorer, Charts, Shell, ...), so those
// bytes are the app's components, listed as such.
//
//   node bench/owners.mjs      (after a release build: trunk build --release)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const cargoWasm = "target/wasm32-unknown-unknown/release/exodus.wasm";
const out = "target/owners";
if (!existsSync(cargoWasm)) {
  console.error(`no ${cargoWasm}: run trunk build --release first`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const run = (cmd, args) => execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28 });
run("wasm-bindgen", ["--keep-debug", "--target", "web", "--out-dir", out, cargoWasm]);
const features = ["bulk-memory", "nontrapping-float-to-int", "sign-ext", "mutable-globals", "reference-types", "multivalue"];
// The release build's wasm-opt options (index.html), with names kept.
run("node_modules/.bin/wasm-opt", ["-Oz", "--converge", "--low-memory-unused", "-g", ...features.map((f) => `--enable-${f}`), `${out}/exodus_bg.wasm`, "-o", `${out}/named.wasm`]);

console.log('\ntwiggy: the 20 largest items of the shipped wasm (names kept; its "function names" subsection is this report\'s own)');
console.log(run("twiggy", ["top", "-n", "20", `${out}/named.wasm`]));

/// The owner of an item, from its (demangled) name.
function owner(name) {
  if (name.startsWith("data segment")) return "data: strings and tables";
  if (name.includes("CompStateInner<COMP>") && name.includes("::view")) return "app: component bodies (html!, inlined into Yew's view)";
  const ours = name.match(/\b(exodus(?:_core)?)::([a-z0-9_]+)(?:::([a-z0-9_]+))?/);
  if (ours) {
    const [, crate, module, sub] = ours;
    const path = crate === "exodus" && module === "ui" && sub ? `ui::${sub}` : module;
    return `${crate === "exodus" ? "app" : "core"}: ${path}`;
  }
  const krate = name.match(/^<?(?:&(?:mut )?)?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/)?.[1];
  const groups = {
    yew: "yew", implicit_clone: "yew", core: "std (core, alloc, std)", alloc: "std (core, alloc, std)",
    std: "std (core, alloc, std)", compiler_builtins: "std (core, alloc, std)",
    wasm_bindgen: "browser bindings (wasm-bindgen, js-sys, web-sys, gloo)", js_sys: "browser bindings (wasm-bindgen, js-sys, web-sys, gloo)",
    web_sys: "browser bindings (wasm-bindgen, js-sys, web-sys, gloo)", gloo: "browser bindings (wasm-bindgen, js-sys, web-sys, gloo)",
    gloo_events: "browser bindings (wasm-bindgen, js-sys, web-sys, gloo)", gloo_utils: "browser bindings (wasm-bindgen, js-sys, web-sys, gloo)",
    serde: "serde and postcard", serde_core: "serde and postcard", postcard: "serde and postcard",
    talc: "allocator (talc)", hashbrown: "hash maps (hashbrown, indexmap: Yew's)", indexmap: "hash maps (hashbrown, indexmap: Yew's)",
    chrono: "chrono",
  };
  if (krate && groups[krate]) return groups[krate];
  if (name.startsWith("import ")) return "imports";
  if (/^(elem|table|type|code|export|func)\[?/.test(name) || name.startsWith("export ")) return "tables, types and exports";
  return "other (generic glue: closures, drop, iterators)";
}

// The embedded dataset sits in a data segment between its markers (see
// build.rs); it is counted apart from the strings and tables.
const named = readFileSync(`${out}/named.wasm`);
const blob = named.indexOf("EXODUS-DATA-END") + "EXODUS-DATA-END".length - named.indexOf("EXODUS-DATA-BEGIN");
const csv = run("twiggy", ["top", "-n", "1000000", "--format", "csv", `${out}/named.wasm`]);
const totals = new Map();
let all = 0;
for (const line of csv.split("\n").slice(1)) {
  // Name,ShallowSize,... (the name may be quoted and hold commas)
  const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
  if (!m) continue;
  const name = m[1].startsWith('"') ? m[1].slice(1, -1).replaceAll('""', '"') : m[1];
  if (name.includes("subsection") || name.startsWith("custom section")) continue; // names kept for this report only
  const size = Number(m[2]);
  totals.set(owner(name), (totals.get(owner(name)) ?? 0) + size);
  all += size;
}
totals.set("data: strings and tables", totals.get("data: strings and tables") - blob);
totals.set("the embedded dataset", blob);
console.log(`the shipped wasm by owner (raw bytes, names excluded; ${(all / 1024).toFixed(1)} KB in all, ${((all - blob) / 1024).toFixed(1)} KB without the dataset)`);
for (const [who, size] of [...totals].sort((a, b) => b[1] - a[1])) {
  const share = who === "the embedded dataset" ? "" : `${((100 * size) / (all - blob)).toFixed(1)} %`;
  console.log(`${(size / 1024).toFixed(1).padStart(8)} KB ${share.padStart(7)}  ${who}`);
}
