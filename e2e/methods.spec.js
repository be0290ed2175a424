// Trust: the methods page, the dataset version on every page, sources shown
// under the outlet that reported them, and "Suggest a correction" links
// that open a prefilled issue.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.js";

const version = JSON.parse(readFileSync("data/version.json", "utf8"));
const sources = JSON.parse(readFileSync("data/sources.json", "utf8"));

for (const [lang, heading, section] of [
  ["en", "How the data is made and counted", "How totals are counted"],
  ["zh-Hant", "資料如何蒐集與計算", "總數如何計算"],
]) {
  test(`the methods page explains the data (${lang})`, async ({ page, explorer }) => {
    await explorer.open(`#/methods?lang=${lang}`);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
    expect(await page.locator(".methods section").count()).toBeGreaterThanOrEqual(8);
    await expect(page.locator(".methods-version")).toContainText(version.version);
    await expect(page).toHaveTitle(new RegExp(heading));
    await explorer.axe();
  });
}

test("the header and the footer lead to the methods page; the footer names the version", async ({ page, explorer }) => {
  await explorer.open("#/people?lang=en");
  const footer = page.getByRole("contentinfo");
  await expect(footer.locator(".data-version")).toContainText(`Dataset version ${version.version}`);
  await footer.getByRole("link", { name: "Methods" }).click();
  await expect(page).toHaveURL(/\/exodus\/methods\/$/);
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "People" }).click();
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Methods" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the data is made and counted");
  // In Chinese too.
  await explorer.open("#/people?lang=zh-Hant");
  await expect(page.getByRole("contentinfo").locator(".data-version")).toContainText(`資料集版本 ${version.version}`);
});

// The methods text is content, not code: the app adopts it from the
// prerendered page and loads it (methods.<lang>.html) when it draws the page.
test.describe("the methods text", () => {
  // Requests a service worker answers are out of the test's reach.
  test.use({ serviceWorkers: "block" });
  const FILE = /methods\.[\w-]+\.html$/;

  test("is the prerendered page's own, and is loaded in another language when the reader picks one", async ({ page, explorer }) => {
    const loads = [];
    page.on("request", (r) => FILE.test(r.url()) && loads.push(r.url().match(FILE)[0]));
    await page.goto("./methods/");
    await page.locator("#methods-totals").evaluate((h) => (h.dataset.mark = "prerendered"));
    await explorer.ready();
    // The same elements, now the app's; nothing loaded.
    await expect(page.locator("#methods-totals[data-mark=prerendered]")).toHaveText("How totals are counted");
    await page.getByRole("heading", { level: 1 }).click();
    expect(loads).toEqual([]);
    await page.getByLabel("Language").selectOption("zh-Hant");
    await expect(page.getByRole("heading", { level: 2, name: "總數如何計算" })).toBeVisible();
    // Back in English: the prerendered text went with the switch, so the
    // English text is loaded.
    await page.getByLabel(/Language/).selectOption("en");
    await expect(page.getByRole("heading", { level: 2, name: "How totals are counted" })).toBeVisible();
    expect(await page.locator(".methods section").count()).toBeGreaterThanOrEqual(8);
    expect(loads).toEqual(["methods.zh-Hant.html", "methods.en.html"]);
  });

  test("that cannot be loaded says so, and loads when the reader tries again", async ({ page, explorer, problems }) => {
    await explorer.open("./");
    await page.route(FILE, (route) => route.abort("internetdisconnected"));
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Methods" }).click();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The text of this page could not be loaded");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the data is made and counted");
    await page.unroute(FILE);
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "How totals are counted" })).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
    await explorer.axe();
    // The failed request was the test's: it (and the browser's console line
    // about it) are the only problems.
    const ours = (p) => /methods\.en\.html|Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(p);
    expect(problems.filter(ours).length).toBeGreaterThan(0);
    expect(problems.filter((p) => !ours(p))).toEqual([]);
    problems.length = 0;
  });
});

test("a copy is shown under the outlet it copies", async ({ page, explorer }) => {
  const copy = sources.find((s) => s.original_outlet && s.url);
  expect(copy, "the data has a copy naming its original outlet").toBeTruthy();
  await explorer.open("#/people/john-schulman?lang=en");
  const chip = page.locator(`a.ref[href="${copy.url}"]`).first();
  await expect(chip).toContainText(`${copy.original_outlet} (copy at ${copy.outlet})`);
  await expect(chip.locator("xpath=..").locator(".origin")).toHaveText("copy");
});

test("suggest a correction opens a prefilled issue for the record and for a claim", async ({ page, explorer }) => {
  await explorer.open("#/people/john-schulman?lang=en");
  const pageUrl = page.url();
  const links = page.getByRole("link", { name: /^Suggest a correction to / });
  expect(await links.count()).toBeGreaterThan(1);
  const read = async (link) => {
    const href = await link.getAttribute("href");
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toContain("noopener");
    const url = new URL(href);
    expect(url.pathname).toMatch(/\/issues\/new$/);
    return { title: url.searchParams.get("title"), body: url.searchParams.get("body") };
  };
  const record = await read(links.first());
  expect(record.title).toBe("Correction: john-schulman");
  expect(record.body).toContain("Record: person `john-schulman`");
  expect(record.body).toContain("Field: (whole record)");
  expect(record.body).toContain(`Page: ${pageUrl}`);
  expect(record.body).toContain(`Dataset version: ${version.version}`);
  const summary = await page.locator(".summary").first().innerText();
  expect(record.body).toContain(`> ${summary.trim().slice(0, 60)}`);

  const claim = await read(page.locator(".claims .correction").first());
  expect(claim.title).toMatch(/^Correction: claim-[a-z0-9-]+ \([a-z_]+\)$/);
  expect(claim.body).toMatch(/Record: claim `claim-[a-z0-9-]+`\nField: [a-z_]+\n/);
});
