// Lighthouse 12.8 (installed by `scripts/setup.sh --bench`, driving Debian's
// Chromium) on the People page, a person page and the timeline, mobile and
// desktop, over the release build in dist/ served with brotli under
// /exodus/. Each page is also measured as a static snapshot (the same
// prerendered HTML without the app's script) in the same run, the baseline
// for its largest contentful paint. Prints each run's scores, LCP, CLS and
// the LCP ratio to the snapshot's; nothing here passes or fails.
//
//   node bench/lighthouse.mjs [dist]
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const PAGES = ["", "people/ilya-sutskever/", "timeline/"];
const snapshot = "target/bench/snapshot";
const lighthouse = "node_modules/.bin/lighthouse";
if (!existsSync(lighthouse)) {
  console.error("lighthouse is not installed: run scripts/setup.sh --bench");
  process.exit(1);
}
if (!existsSync(`${dist}/index.html`)) {
  console.error(`no build in ${dist}: run trunk build --release first`);
  process.exit(1);
}

// The snapshot: the same files, each measured page without its app.
rmSync(snapshot, { recursive: true, force: true });
mkdirSync(snapshot, { recursive: true });
cpSync(dist, snapshot, { recursive: true });
for (const page of PAGES) {
  const file = join(snapshot, page, "index.html");
  const html = readFileSync(file, "utf8")
    .replace(/<script type=module>[\s\S]*?<\/script>/, "")
    .replace(/<link[^>]*rel=modulepreload[^>]*>/, "")
    .replace(/<link[^>]*as=fetch[^>]*>/, "");
  writeFileSync(file, html);
}

const servers = [
  spawn("node", ["e2e/serve.mjs", dist, "4195", "/exodus/", "--brotli"], { stdio: "ignore" }),
  spawn("node", ["e2e/serve.mjs", snapshot, "4196", "/exodus/", "--brotli"], { stdio: "ignore" }),
];
await new Promise((r) => setTimeout(r, 700));

function run(url, desktop) {
  const out = execFileSync(
    lighthouse,
    [
      url,
      "--output=json",
      "--quiet",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox",
      ...(desktop ? ["--preset=desktop"] : []),
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" }, maxBuffer: 64 << 20 },
  );
  const r = JSON.parse(out);
  const score = (c) => Math.round((r.categories[c]?.score ?? 0) * 100);
  return {
    perf: score("performance"),
    a11y: score("accessibility"),
    bp: score("best-practices"),
    seo: score("seo"),
    lcp: r.audits["largest-contentful-paint"].numericValue,
    tbt: r.audits["total-blocking-time"].numericValue,
    cls: r.audits["cumulative-layout-shift"].numericValue,
    lcpElement: r.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.selector ?? "?",
    failing: Object.values(r.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
      .map((a) => a.id),
  };
}

try {
  console.log("page | form | perf | a11y | bp | seo | CLS | TBT | LCP app | LCP snapshot | ratio | LCP element | failing audits");
  for (const page of PAGES) {
    for (const desktop of [false, true]) {
      const app = run(`http://127.0.0.1:4195/exodus/${page}`, desktop);
      const snap = run(`http://127.0.0.1:4196/exodus/${page}`, desktop);
      console.log(
        [
          `/${page}`,
          desktop ? "desktop" : "mobile",
          app.perf,
          app.a11y,
          app.bp,
          app.seo,
          app.cls.toFixed(3),
          `${Math.round(app.tbt)} ms`,
          `${Math.round(app.lcp)} ms`,
          `${Math.round(snap.lcp)} ms`,
          (app.lcp / snap.lcp).toFixed(2),
          app.lcpElement,
          app.failing.join(" ") || "-",
        ].join(" | "),
      );
    }
  }
} finally {
  for (const s of servers) s.kill();
}
