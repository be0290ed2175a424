import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage({ viewport: { width: 375, height: 800 } });
await p.goto(process.argv[2]); await p.waitForTimeout(800);
console.log(await p.evaluate(() => [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > 380).slice(0, 8).map(e => e.tagName + "." + e.className.baseVal + e.className + " " + Math.round(e.getBoundingClientRect().right))));
await b.close();
