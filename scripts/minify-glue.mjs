// Release builds: minifies wasm-bindgen's JS glue with terser (Trunk's own JS
// minifier cannot parse `export default`) and rewrites the file's
// subresource-integrity hash in index.html to match. Run by
// scripts/post-build.mjs, the Trunk post-build hook.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const sri = (buf) => `sha384-${createHash("sha384").update(buf).digest("base64")}`;

/// Minifies every .js file in `dir` and fixes its integrity value in index.html.
export async function minifyGlue(dir) {
  const indexPath = join(dir, "index.html");
  let index = readFileSync(indexPath, "utf8");
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
    const path = join(dir, name);
    const before = readFileSync(path);
    const { code } = await minify(before.toString("utf8"), {
      module: true,
      ecma: 2020,
      compress: { passes: 3 },
      mangle: true,
      format: { comments: false },
    });
    const after = Buffer.from(code, "utf8");
    writeFileSync(path, after);
    index = index.split(sri(before)).join(sri(after));
    console.log(`minify-glue: ${name} ${before.length} -> ${after.length} bytes`);
  }
  writeFileSync(indexPath, index);
}
