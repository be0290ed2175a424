import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto(process.argv[2] + "#/people"); await p.waitForSelector("ul.cards");
for (const v of ["timeline", "flow", "founders", "companies", "people"]) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    await p.evaluate(() => { location.hash = "#/people?lang=en"; });
    await p.waitForTimeout(300);
    const t = await p.evaluate(async (v) => {
      const t0 = performance.now();
      location.hash = `#/${v}?lang=en`;
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      // wait until the view's heading/chart exists
      for (let k = 0; k < 200 && !document.querySelector(v === "people" || v === "companies" ? "ul.cards" : ".chart"); k++) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    }, v);
    times.push(Math.round(t));
  }
  const n = await p.evaluate(() => document.querySelectorAll("*").length);
  console.log(v, times.join(" / "), "ms; DOM elements:", n);
}
await b.close();
