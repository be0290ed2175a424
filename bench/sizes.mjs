// Size report of the release build: raw, gzip -9 and brotli -11 for every
// file in dist/, and the totals. The dataset is compiled into the wasm, so
// the app shell is the total minus the compressed size of the data files.
//   node bench/sizes.mjs          print the report
//   node bench/sizes.mjs --check  also fail if the shell exceeds the budget
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const SHELL_BUDGET_BROTLI = 120 * 1024;
const dist = process.argv.find((a) => !a.startsWith("-") && a !== process.argv[0] && a !== process.argv[1]) ?? "dist";
const check = process.argv.includes("--check");

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const rows = files(dist).sort().map((f) => ({ name: relative(dist, f), ...sizes(readFileSync(f)) }));
if (rows.length === 0) {
  console.error(`no files in ${dist}/: run the release build first`);
  process.exit(1);
}
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const dataFiles = ["people", "organisations", "events", "sources", "claims", "figures"].map((n) => `data/${n}.json`);
// Minified, as serde would need it: whitespace is not what the data costs.
const dataBuf = Buffer.from(dataFiles.map((f) => JSON.stringify(JSON.parse(readFileSync(f, "utf8")))).join(""));
const data = sizes(dataBuf);

console.log(`${"file".padEnd(44)}${"raw".padStart(10)}${"gzip -9".padStart(10)}${"brotli -11".padStart(10)}`);
for (const r of rows) console.log(`${r.name.padEnd(44)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);
console.log(`${"total".padEnd(44)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
console.log(`${"bundled data (6 JSON files, minified)".padEnd(44)}${kb(data.raw)}${kb(data.gzip)}${kb(data.brotli)}`);
const shell = total.brotli - data.brotli;
console.log(`app shell (total minus data), brotli: ${(shell / 1024).toFixed(1)} KB (budget ${SHELL_BUDGET_BROTLI / 1024} KB)`);
if (check && shell > SHELL_BUDGET_BROTLI) {
  console.error(`FAIL: the app shell is ${(shell / 1024).toFixed(1)} KB brotli, over the ${SHELL_BUDGET_BROTLI / 1024} KB budget`);
  process.exit(1);
}
