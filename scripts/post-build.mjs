// The Trunk post-build hook (see Trunk.toml). Trunk runs the hooks of one
// stage concurrently, so the steps that must happen in order live here, in
// one hook: first the dataset files are written beside the app (every
// build: the app links to them); then, in release builds, the wasm's
// imports get short names in the wasm and the glue (short-imports.mjs), the
// JS glue is minified (which changes its integrity value in index.html),
// the start-up script is made to wait for the first paint (defer-start.mjs),
// the Content Security Policy is written, because it hashes the final
// inline start-up script; every page is prerendered from the finished
// index.html, and last the service worker lists the final files.
import { execFileSync } from "node:child_process";
import { minifyGlue } from "./minify-glue.mjs";
import { shortImports } from "./short-imports.mjs";
import { applyCsp } from "./csp.mjs";
import { deferStart } from "./defer-start.mjs";
import { writeServiceWorker } from "./service-worker.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
// The dataset as files beside the app (data/*.csv, the whole dataset as
// JSON, datapackage.json), from the same data the app was built with; in
// every build, as the app's "Download the whole dataset" links to the JSON.
const data = process.env.EXODUS_DATA_DIR || "data";
execFileSync("cargo", ["run", "--quiet", "-p", "exodus-core", "--bin", "exodus-publish", "--", data, dir], {
  stdio: "inherit",
});
// Debug builds (`trunk serve`) keep Trunk's live-reload script and readable
// glue: the steps below do not apply to them.
if (process.env.TRUNK_PROFILE === "release") {
  shortImports(dir);
  await minifyGlue(dir);
  deferStart(dir);
  applyCsp(dir);
  // Every page of the site as HTML, rendered natively by the app's own
  // components over the same data (Yew's server renderer), with Trunk's
  // finished index.html (policy included) as the template.
  // EXODUS_PRERENDER=off skips it: the benchmarks' builds over 10,000
  // synthetic records measure the app itself, not 20,000 pages.
  if (process.env.EXODUS_PRERENDER === "off") {
    console.log("post-build: EXODUS_PRERENDER=off: pages not prerendered");
  } else {
    execFileSync("cargo", ["run", "--quiet", "--features", "ssr", "--bin", "exodus-prerender", "--", dir], {
      stdio: "inherit",
    });
  }
  // Last: the offline cache lists the final files.
  writeServiceWorker(dir);
}
