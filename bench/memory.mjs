// Memory over repeated searches: the JS heap (after a forced garbage
// collection) and the wasm linear memory after 50 cycles of typing a query
// and clearing it, against after the first cycle, on the release builds
// over 1,000 and 10,000 synthetic records that bench/latency.mjs builds
// into target/bench/app-N (run it first), beside the vanilla page's JS heap
// doing the same searches. A leak grows with every cycle; wasm memory never
// shrinks, so it shows the high-water mark. Then 50 more cycles against the
// 50th: the steady state.
//
// Each size runs twice: in Chromium as it ships, then with V8's compiling
// tiers off (Sparkplug, Maglev and TurboFan: JavaScript is interpreted
// only). The first run's heap includes the machine code V8 compiles for the
// JavaScript that gets hot (the wasm-bindgen glue the app calls on every
// keystroke, the vanilla page's own script), which grows over the first
// cycles and then stops. The second run leaves that out, so what grows
// there is what the page keeps: objects, closures, listeners.
//
//   node bench/memory.mjs [sizes...]      (default: 1000 10000)
import { requireBuilds, serveAndLaunch } from "./harness.mjs";

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [1000, 10000];
const CYCLES = Number(process.env.CYCLES ?? 50);
const root = "target/bench";
const port = 4197;
requireBuilds(SIZES.map((n) => `${root}/app-${n}`), "run node bench/latency.mjs first");
const RUNS = [
  ["as shipped", "--expose-gc"],
  ["interpreter only (no compiled code)", "--expose-gc --no-sparkplug --no-maglev --no-opt"],
];

const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
for (const [label, jsFlags] of RUNS) {
  const { browser, close } = await serveAndLaunch(root, port, "/bench/", [`--js-flags=${jsFlags}`, "--enable-precise-memory-info"]);
  console.log(`\nmemory after ${CYCLES} type-and-clear cycles against after the first, V8 ${label}`);
  try {
    await measureSizes(browser);
  } finally {
    await close();
  }
}

async function measureSizes(browser) {
  for (const n of SIZES) {
    const run = async (url, ready) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // The app's wasm exports, as the start-up script announces them.
      await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm)));
      await page.goto(url);
      await page.waitForSelector(ready);
      const search = page.locator("#search");
      const measure = () =>
        page.evaluate(async () => {
          await new Promise((r) => setTimeout(r, 400));
          gc();
          return [performance.memory.usedJSHeapSize, window.__wasm?.memory.buffer.byteLength ?? 0];
        });
      const cycle = async () => {
        await search.click();
        await page.keyboard.type("research sci", { delay: 5 });
        await page.waitForTimeout(30);
        await search.fill("");
      };
      await cycle();
      const first = await measure();
      for (let i = 1; i < CYCLES; i++) await cycle();
      const last = await measure();
      for (let i = 0; i < CYCLES; i++) await cycle();
      const steady = await measure();
      await page.close();
      return [first, last, steady];
    };
    const pct = (a, b) => `${((b / a - 1) * 100).toFixed(1)} %`;
    const [[heap1, wasm1], [heapN, wasmN], [heapS, wasmS]] = await run(`http://127.0.0.1:${port}/bench/app-${n}/`, "ul.cards article");
    const [[vheap1], [vheapN], [vheapS]] = await run(`http://127.0.0.1:${port}/bench/vanilla-${n}/`, "body[data-ready] ul.cards article");
    console.log(
      `${String(n).padStart(6)} records: JS heap ${kb(heap1)} -> ${kb(heapN)} (${pct(heap1, heapN)}; vanilla ${kb(vheap1)} -> ${kb(vheapN)}, ${pct(vheap1, vheapN)}), wasm memory ${kb(wasm1)} -> ${kb(wasmN)} (${pct(wasm1, wasmN)})`,
    );
    console.log(
      `${"".padStart(6)}  ${CYCLES} more: JS heap ${kb(heapN)} -> ${kb(heapS)} (${pct(heapN, heapS)}; vanilla ${pct(vheapN, vheapS)}), wasm memory ${kb(wasmN)} -> ${kb(wasmS)} (${pct(wasmN, wasmS)})`,
    );
  }
}
