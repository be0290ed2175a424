// Keystroke-to-next-frame latency of the search, on the release build in
// headless Chromium, over synthetic datasets of 100, 1,000 and 10,000 people,
// next to a hand-written vanilla JS page doing the same search over the same
// cards, measured in the same run, interleaved, 5 rounds each.
//
// Latency of one keystroke: keydown event.timeStamp -> requestAnimationFrame
// -> MessageChannel callback (the first moment after the next frame), as
// recorded in the page (see ../shared guides: performance).
//
//   node bench/latency.mjs [sizes...]      (default: 100 1000 10000)
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { chromium } from "@playwright/test";

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [100, 1000, 10000];
const ROUNDS = 5;
const QUERIES = ["ada", "müller 1", "research sci", "安全"];
const root = "target/bench";
const port = 4190;

function sh(cmd, args, env = {}) {
  execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...env } });
}

mkdirSync(root, { recursive: true });
for (const n of SIZES) {
  const data = `${root}/data-${n}`;
  sh("cargo", ["run", "--quiet", "-p", "exodus-core", "--example", "synthetic", "--", String(n), data]);
  console.log(`building the app over ${n} records...`);
  // Not prerendered (EXODUS_PRERENDER=off): the app is measured over its
  // own first render, and 10,000 records would be 20,000 pages.
  sh("trunk", ["build", "--release", "--public-url", "./", "--dist", `${root}/app-${n}`], { EXODUS_DATA_DIR: data, EXODUS_PRERENDER: "off" });
  const vanilla = `${root}/vanilla-${n}`;
  rmSync(vanilla, { recursive: true, force: true });
  cpSync("bench/vanilla", vanilla, { recursive: true });
  cpSync("styles/main.css", `${vanilla}/main.css`);
  cpSync(`${data}/people.json`, `${vanilla}/people.json`);
  cpSync(`${data}/organisations.json`, `${vanilla}/organisations.json`);
}

const server = spawn("node", ["e2e/serve.mjs", root, String(port), "/bench/"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));

// Recorded in the page: one latency per keydown on the search box.
const probe = () => {
  window.__latencies = [];
  document.addEventListener(
    "keydown",
    (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__latencies.push(performance.now() - t0);
        ch.port2.postMessage(null);
      });
    },
    true,
  );
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function measure(url, ready) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(probe);
  await page.goto(url);
  await page.waitForSelector(ready);
  const search = page.locator("#search");
  for (const q of QUERIES) {
    await search.click();
    await search.fill("");
    await page.waitForTimeout(100);
    for (const ch of q) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(60);
    }
  }
  await page.waitForTimeout(200);
  const lat = await page.evaluate(() => window.__latencies);
  await page.close();
  return lat;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: q(0.5), p95: q(0.95) };
};

const results = [];
try {
  for (const n of SIZES) {
    const app = [];
    const vanilla = [];
    for (let round = 0; round < ROUNDS; round++) {
      app.push(...(await measure(`http://127.0.0.1:${port}/bench/app-${n}/#/people`, "ul.cards article")));
      vanilla.push(...(await measure(`http://127.0.0.1:${port}/bench/vanilla-${n}/`, "body[data-ready] ul.cards article")));
    }
    results.push({ n, app: stats(app), vanilla: stats(vanilla) });
  }
} finally {
  await browser.close();
  server.kill();
}

console.log("\nkeystroke -> next frame latency (ms), release build, headless Chromium");
console.log(`${"records".padStart(8)} ${"app median".padStart(11)} ${"app p95".padStart(8)} ${"vanilla median".padStart(15)} ${"vanilla p95".padStart(12)} ${"ratio (median)".padStart(15)} ${"keystrokes".padStart(11)}`);
for (const r of results) {
  console.log(
    `${String(r.n).padStart(8)} ${r.app.median.toFixed(1).padStart(11)} ${r.app.p95.toFixed(1).padStart(8)} ${r.vanilla.median.toFixed(1).padStart(15)} ${r.vanilla.p95.toFixed(1).padStart(12)} ${(r.app.median / r.vanilla.median).toFixed(2).padStart(15)} ${String(r.app.n).padStart(11)}`,
  );
}
