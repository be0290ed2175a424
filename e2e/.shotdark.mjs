import { chromium } from "@playwright/test";
const [,, url, out] = process.argv;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: "dark" });
await p.goto(url); await p.waitForTimeout(800);
await p.screenshot({ path: out });
await b.close();
