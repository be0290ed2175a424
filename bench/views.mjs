// Time to open each view (its path pushed -> view drawn -> the first moment
// after the next frame, as bench/latency.mjs measures a keystroke) on the
// release builds over 100, 1,000 and 10,000 synthetic records that
// bench/latency.mjs builds into target/bench/app-N (run it first).
// 5 rounds per view, median and worst.
//
//   node bench/views.mjs [sizes...]      (default: 100 1000 10000)
import { median, requireBuilds, serveAndLaunch } from "./harness.mjs";

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [100, 1000, 10000];
const ROUNDS = 5;
const VIEWS = [
  ["people", "ul.cards"],
  ["companies", "ul.cards"],
  ["timeline", ".chart, .chart-view .empty"],
  ["flow", ".chart, .chart-view .empty"],
  ["founders", ".chart"],
];
const root = "target/bench";
const port = 4192;

requireBuilds(SIZES.map((n) => `${root}/app-${n}`), "run node bench/latency.mjs first");
const { browser, close } = await serveAndLaunch(root, port, "/bench/");

console.log("\nopening a view -> drawn, next frame (ms), release build, headless Chromium");
console.log(`${"records".padStart(8)}${"view".padStart(11)}${"median".padStart(9)}${"worst".padStart(8)}${"DOM nodes".padStart(11)}`);
try {
  for (const n of SIZES) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/bench/app-${n}/`);
    await page.waitForSelector("ul.cards");
    for (const [view, ready] of VIEWS) {
      const times = [];
      for (let i = 0; i < ROUNDS; i++) {
        // Start from another view, so each round draws the view afresh.
        // Views are opened as a link inside the app opens them: the page
        // path pushed (relative to the site's <base>) and followed.
        await page.evaluate((v) => {
          history.pushState(null, "", v === "people" ? "./" : `${v}/`);
          dispatchEvent(new PopStateEvent("popstate"));
        }, view === "people" ? "founders" : "people");
        await page.waitForTimeout(200);
        times.push(
          await page.evaluate(
            async ([v, sel]) => {
              const before = document.querySelector("#view-heading")?.textContent;
              const drawn = () => document.querySelector("#view-heading")?.textContent !== before && document.querySelector(sel);
              // The first moment after the next frame (as bench/latency.mjs
              // measures a keystroke): requestAnimationFrame, asked for
              // before the view renders, then a MessageChannel message. Not
              // a setTimeout(0), which would also wait for work the view
              // defers past that frame (the rest of a card list's page).
              // Polling with timers instead would add a frame of its own.
              const nextFrame = () =>
                new Promise((r) =>
                  requestAnimationFrame(() => {
                    const ch = new MessageChannel();
                    ch.port1.onmessage = r;
                    ch.port2.postMessage(null);
                  }),
                );
              const t0 = performance.now();
              history.pushState(null, "", v === "people" ? "./" : `${v}/`);
              dispatchEvent(new PopStateEvent("popstate"));
              // Yew renders in a microtask, before that frame; a view that
              // is not drawn by then is timed to the frame after it is.
              await nextFrame();
              while (!drawn()) await nextFrame();
              return performance.now() - t0;
            },
            [view, ready],
          ),
        );
      }
      // The whole view, including what it draws after its first frame.
      await page.waitForTimeout(100);
      const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
      console.log(
        `${String(n).padStart(8)}${view.padStart(11)}${median(times).toFixed(0).padStart(9)}${Math.max(...times).toFixed(0).padStart(8)}${String(nodes).padStart(11)}`,
      );
    }
    await page.close();
  }
} finally {
  await close();
}
