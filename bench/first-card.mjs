// Time from navigation start to the first person card on screen, over the
// release build in dist/ served under /exodus/ (run `trunk build --release`
// first). Each load is a fresh browser context (cold cache), 10 loads, median
// and spread; the figures are comparable only within one run on one machine.
//
//   node bench/first-card.mjs [dist] [loads]
import { median, requireBuilds, serveAndLaunch } from "./harness.mjs";

const dist = process.argv[2] ?? "dist";
const LOADS = Number(process.argv[3] ?? 10);
const port = 4193;
requireBuilds([dist], "run trunk build --release first");

const { browser, close } = await serveAndLaunch(dist, port, "/exodus/");

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
  await close();
}
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `\nnavigation start -> first person card (ms), ${LOADS} cold loads: median ${median(times).toFixed(0)}, ` +
    `min ${sorted[0].toFixed(0)}, max ${sorted[sorted.length - 1].toFixed(0)}`,
);
