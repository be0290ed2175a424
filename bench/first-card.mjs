// Time from navigation start to the first person card on screen, over the
// release build in dist/ served under /exodus/ (run `trunk build --release`
// first). Each load is a fresh browser context (cold cache), 10 loads, median
// and spread; the figures are comparable only within one run on one machine.
//
//   node bench/first-card.mjs [dist] [loads]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const dist = process.argv[2] ?? "dist";
const LOADS = Number(process.argv[3] ?? 10);
const port = 4193;
if (!existsSync(`${dist}/index.html`)) {
  console.error(`no build in ${dist}: run trunk build --release first`);
  process.exit(1);
}

const server = spawn("node", ["e2e/serve.mjs", dist, String(port), "/exodus/"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = [];
try {
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    // Recorded in the page from the first script onwards, so polling from
    // here adds nothing to the figure.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector("ul.cards > li > article")) {
          window.__firstCard = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`http://127.0.0.1:${port}/exodus/`);
    await page.waitForFunction(() => window.__firstCard !== undefined, null, { timeout: 30000 });
    times.push(await page.evaluate(() => window.__firstCard));
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `\nnavigation start -> first person card (ms), ${LOADS} cold loads: median ${median(times).toFixed(0)}, ` +
    `min ${sorted[0].toFixed(0)}, max ${sorted[sorted.length - 1].toFixed(0)}`,
);
