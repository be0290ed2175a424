// Hostile data stays text. The app built over scripts/hostile-data.mjs's copy
// of the test fixture (every reader-visible text starts with markup, a
// formula, a bidi override...; one text is 10,000 characters long) is served
// on its own port (see playwright.config.js). Every view and every export
// must show the payloads literally and run none of them. The shared fixture
// already fails a test on any console error, failed request (an injected
// <img src=x> would be one) or Content Security Policy violation.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { test, expect } from "./fixtures.js";
import { PAYLOADS } from "../scripts/hostile-data.mjs";

test.use({ baseURL: "http://127.0.0.1:4174/exodus/" });

const VIEWS = [
  "#/people",
  "#/companies",
  "#/people/john-schulman",
  "#/people/ilya-sutskever",
  "#/companies/anthropic",
  "#/companies/ssi",
  "#/timeline",
  "#/flow",
  "#/founders",
  "#/people?lang=zh-Hant",
  "#/people/john-schulman?lang=zh-Hant",
  "#/timeline?lang=zh-Hant",
];

/// What the page holds that only code could have put there.
async function executed(page) {
  return page.evaluate(() => ({
    xss: window.__exodusXss ?? null,
    scripts: document.querySelectorAll("script").length,
    handlers: [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${el.tagName} ${a.name}`),
    ),
    injected: document.querySelectorAll("main img, main b, main style, main svg script, main iframe").length,
  }));
}

test.beforeEach(async ({ page, problems }) => {
  page.on("dialog", async (dialog) => {
    problems.push(`a dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
});

for (const hash of VIEWS) {
  test(`hostile text is shown as text: ${hash}`, async ({ page, explorer }) => {
    await explorer.open(hash);
    await expect(page.locator("main")).not.toBeEmpty();
    // Hover and focus everything a payload could hang a handler on.
    await page.mouse.move(200, 300);
    const text = await page.locator("body").innerText();
    const shown = PAYLOADS.filter((p) => text.includes(p.replace(/\u202e|\u202c/g, "").slice(0, 20)));
    expect(shown.length, `payloads shown literally on ${hash}`).toBeGreaterThan(0);
    expect(await executed(page)).toEqual({ xss: null, scripts: 1, handlers: [], injected: 0 });
  });
}

test("the methods page and the failure-free footer hold under hostile data", async ({ page, explorer }) => {
  await explorer.open("#/methods");
  await expect(page.locator("main h1")).toBeVisible();
  expect(await executed(page)).toEqual({ xss: null, scripts: 1, handlers: [], injected: 0 });
});

test("every chart draws hostile labels as SVG text, not markup", async ({ page, explorer }) => {
  for (const hash of ["#/timeline", "#/flow", "#/founders", "#/companies/ssi"]) {
    await explorer.open(hash);
    const svgText = await page.locator("main svg").evaluateAll((svgs) => svgs.map((s) => s.textContent).join(" "));
    expect(svgText, `${hash} draws a chart with text`).not.toBe("");
    // Only drawing elements: a payload parsed as markup would add others.
    const foreign = await page
      .locator("main svg")
      .evaluateAll((svgs) =>
        svgs.flatMap((s) => [...s.querySelectorAll("script, img, style, b, foreignObject, iframe")].map((e) => e.tagName)),
      );
    expect(foreign, `${hash}: elements a payload made`).toEqual([]);
  }
  expect(await executed(page)).toEqual({ xss: null, scripts: 1, handlers: [], injected: 0 });
});

test("the 10,000-character text wraps at 375 px", async ({ page, explorer }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const hash of ["#/people", "#/people/john-schulman"]) {
    await explorer.open(hash);
    if (hash.includes("john")) await expect(page.locator("main")).toContainText("long text");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${hash} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

/// Every cell of a CSV export read by a strict reader (no relaxed quotes, no
/// ragged rows).
function strictCsv(path) {
  return parse(readFileSync(path, "utf8"), { bom: true, relax_quotes: false, relax_column_count: false });
}

test("exports carry the payloads as inert text", async ({ page, explorer }) => {
  for (const [hash, name] of [
    ["#/people", "exodus-people"],
    ["#/companies", "exodus-companies"],
  ]) {
    await explorer.open(hash);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
    expect(csv.suggestedFilename()).toMatch(new RegExp(`^${name}-`));
    const rows = strictCsv(await csv.path());
    expect(rows.length).toBeGreaterThan(1);
    const cells = rows.slice(1).flat();
    // No cell a spreadsheet would run as a formula.
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    // The formula payload is there, neutralised with a leading apostrophe,
    // and the markup payloads are there verbatim.
    expect(cells.some((c) => c.startsWith(`'${PAYLOADS[4]}`) || c.startsWith(`'${PAYLOADS[5]}`))).toBe(true);
    expect(cells.some((c) => c.includes("<script>window.__exodusXss=1</script>") || c.includes("onerror="))).toBe(true);

    const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
    const doc = JSON.parse(readFileSync(await json.path(), "utf8"));
    const all = JSON.stringify(doc.records);
    expect(PAYLOADS.filter((p) => all.includes(JSON.stringify(p).slice(1, -1))).length).toBeGreaterThan(1);
  }
  const [whole] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /whole dataset/ }).click()]);
  const dataset = JSON.parse(readFileSync(await whole.path(), "utf8"));
  expect(dataset.people.find((p) => p.id === "john-schulman").summary.en).toMatch(/^W{9990} long text$/);
  expect(await executed(page)).toEqual({ xss: null, scripts: 1, handlers: [], injected: 0 });
});

test.describe("prerendered pages, with scripts off", () => {
  test.use({ javaScriptEnabled: false });

  // The build wrote these pages natively (Yew's server renderer): the
  // payloads must be escaped there too, in the body and in the <head>.
  for (const path of ["", "people/john-schulman/", "companies/anthropic/", "timeline/", "zh-Hant/people/john-schulman/"]) {
    test(`hostile text is written as text: /${path}`, async ({ page, request }) => {
      await page.goto(`./${path}`);
      const shown = await page.locator("main").innerText();
      expect(PAYLOADS.some((p) => shown.includes(p.trim().slice(0, 12))), `payloads shown literally on /${path}`).toBe(true);
      expect(await executed(page)).toEqual({ xss: null, scripts: 1, handlers: [], injected: 0 });
      // The head's title, description and OpenGraph tags hold them as text.
      const head = await page.locator("head > *").evaluateAll((els) => els.map((e) => e.tagName));
      expect(head.filter((t) => !["META", "TITLE", "LINK", "BASE", "SCRIPT", "NOSCRIPT"].includes(t))).toEqual([]);
      const html = await (await request.get(`./${path}`)).text();
      expect(html).not.toMatch(/<img src=x|<script>alert|<\/svg><script>/i);
    });
  }
});
