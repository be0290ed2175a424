// The app shell: it loads, shows cards, and is accessible.
import { test, expect } from "./fixtures.js";

test("loads under a sub-path and shows cards", async ({ page, explorer }) => {
  await explorer.open("");
  await expect(page).toHaveTitle(/Exodus/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /OpenAI/);
  await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
  // Readers without scripts get a stylesheet and a note (prerender.spec.js
  // reads the pages without scripts).
  await expect(page.locator("noscript")).toHaveCount(2);
  await expect(page.getByRole("banner")).toContainText("Exodus");
  await expect(page.getByRole("contentinfo")).toContainText("CC BY 4.0");
  await expect(explorer.cards.first()).toBeVisible();
  expect(await explorer.cards.count()).toBeGreaterThan(10);
  await expect(explorer.card("John Schulman")).toBeVisible();
});

test("people view has no axe violations", async ({ explorer }) => {
  await explorer.open("#/people");
  await expect(explorer.cards.first()).toBeVisible();
  await explorer.axe();
});

test("companies view has no axe violations", async ({ page, explorer }) => {
  await explorer.open("#/companies");
  await expect(explorer.card("Anthropic")).toBeVisible();
  await explorer.axe();
});

test("a detail page has no axe violations", async ({ page, explorer }) => {
  await explorer.open("#/people/john-schulman");
  await expect(page.getByRole("heading", { level: 1, name: /John Schulman/ })).toBeVisible();
  await explorer.axe();
});

test("dark colour scheme has no axe violations", async ({ page, explorer }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await explorer.open("#/companies/anthropic");
  await expect(page.getByRole("heading", { level: 1, name: /Anthropic/ })).toBeVisible();
  await explorer.axe();
});

test("the Content Security Policy blocks an injected inline script, and the suite notices", async ({ page, explorer, problems }) => {
  await explorer.open("#/people");
  const ran = await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener("securitypolicyviolation", () => setTimeout(() => resolve(window.__injected ?? null), 50), {
          once: true,
        });
        const script = document.createElement("script");
        script.textContent = "window.__injected = 1";
        document.body.append(script);
      }),
  );
  expect(ran, "the injected script ran").toBeNull();
  // Reported once per policy in force (the page's <meta> and the _headers
  // header), and logged by the browser.
  await expect.poll(() => problems.filter((p) => p.startsWith("CSP violation: script-src")).length).toBeGreaterThan(0);
  expect(problems.every((p) => /CSP violation: script-src|Content Security Policy/.test(p)), problems.join("\n")).toBe(true);
  // Seen and checked: the shared fixture would otherwise fail this test for it.
  problems.length = 0;
});

// Cumulative layout shift while the app starts: the loading panel is
// replaced in place, so nothing already on screen moves (it was 1.0 when the
// footer jumped and the panel's margin moved the whole page).
for (const [width, height] of [
  [375, 800],
  [1366, 900],
]) {
  test(`starting the app shifts nothing on screen at ${width} px`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    for (const hash of ["#/people?lang=en", "#/people/jan-leike?lang=en", "#/flow?lang=zh-Hant"]) {
      await page.goto(`./${hash}`);
      await expect(page.locator("main h1")).toBeVisible();
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.__shift), hash).toBeLessThan(0.01);
      await page.goto("about:blank");
    }
    await context.close();
  });
}
