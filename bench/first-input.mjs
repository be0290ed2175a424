// The cost of starting the app on the reader's first interaction
// (scripts/defer-start.mjs): over a prerendered page, the first pointer down
// instantiates the wasm, decodes the data and hydrates the page before the
// next frame. This measures that first interaction's latency (pointer down
// to the first moment after the next frame, as in bench/latency.mjs) beside
// a second one on the same page once the app runs, on the People page, a
// person page and the timeline, without and with a 4× CPU slowdown (a
// mid-range phone, as Lighthouse's mobile form assumes). Each load is a
// fresh browser context; the wasm has been fetched and compiled (the page
// waits for it after loading) before the first click. Median of 7 loads.
//
//   node bench/first-input.mjs [dist] [loads]
import { median, requireBuilds, serveAndLaunch } from "./harness.mjs";

const dist = process.argv[2] ?? "dist";
const LOADS = Number(process.argv[3] ?? 7);
const PAGES = ["", "people/ilya-sutskever/", "timeline/"];
const port = 4194;
requireBuilds([dist], "run trunk build --release first");

const { browser, close } = await serveAndLaunch(dist, port, "/exodus/");

// Recorded in the page, registered before the page's own scripts: the
// pointer down's time stamp, then the first moment after the next frame.
const probe = () => {
  window.__inputs = [];
  addEventListener(
    "pointerdown",
    (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__inputs.push(performance.now() - t0);
        ch.port2.postMessage(null);
      });
    },
    true,
  );
};

const rows = [];
try {
  for (const slowdown of [1, 4]) {
    for (const path of PAGES) {
      const first = [];
      const later = [];
      for (let i = 0; i < LOADS; i++) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
        const page = await context.newPage();
        await page.addInitScript(probe);
        const wasm = page.waitForResponse(/_bg\.wasm$/);
        await page.goto(`http://127.0.0.1:${port}/exodus/${path}`);
        await (await wasm).finished();
        await page.waitForTimeout(500);
        if ((await page.locator("html[data-app]").count()) !== 0) throw new Error(`${path}: the app started before any interaction`);
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
        // The page's heading: no control, so the click itself does nothing.
        const box = await page.locator("h1").boundingBox();
        await page.mouse.click(box.x + 5, box.y + box.height / 2);
        await page.waitForFunction(() => window.__inputs.length === 1);
        if ((await page.locator("html[data-app]").count()) !== 1) throw new Error(`${path}: the first click did not start the app`);
        await page.waitForTimeout(300);
        await page.mouse.click(box.x + 5, box.y + box.height / 2);
        await page.waitForFunction(() => window.__inputs.length === 2);
        const [a, b] = await page.evaluate(() => window.__inputs);
        first.push(a);
        later.push(b);
        await context.close();
      }
      rows.push([`/${path}`, `${slowdown}×`, median(first), Math.max(...first), median(later)]);
    }
  }
} finally {
  await close();
}
console.log(`first interaction (pointer down to next frame), ${LOADS} loads each, median:`);
console.log("page | CPU | first click (starts the app) | worst | a later click");
for (const [p, s, m, w, l] of rows) console.log(`${p} | ${s} | ${m.toFixed(1)} ms | ${w.toFixed(1)} ms | ${l.toFixed(1)} ms`);
