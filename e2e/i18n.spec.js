// Languages, export, pins and print, as a reader uses them.
import { readFileSync } from "node:fs";
import { test, expect, AXE_TAGS, appReady } from "./fixtures.js";
import AxeBuilder from "@axe-core/playwright";

// Interface chrome: everything the app itself writes, not record data.
const CHROME = [
  ".site-header",
  ".skip-link",
  "h1#view-heading",
  ".overview .caveat",
  ".overview summary",
  ".toolbar label",
  ".toolbar .hint",
  ".filters > summary",
  "legend",
  ".facet button",
  "#result-count",
  ".results-bar button",
  ".show-more button",
  ".dataset-download",
  ".pin",
  "dt",
  "th",
  ".detail h2",
  ".back",
  ".badge",
  ".notice",
  ".site-footer",
  ".chart-controls",
  ".chart-summary",
  "figcaption",
  ".flow-people",
  "caption",
  ".tl-kind",
  ".legend",
  ".remain h2",
  ".remain-figure",
];
// Words that are names, not English text: they stay as they are.
const ALLOWED = /\b(Exodus|OpenAI|ChatGPT|Language|English|CSV|JSON|SVG|PNG|BibTeX|bibtex|AI|CC|BY|DIGITALING|MIT|Esc|WebAssembly)\b/g;

async function englishInChrome(page) {
  return page.evaluate(
    ([selectors, allowed]) => {
      const re = new RegExp(allowed, "g");
      const found = [];
      for (const sel of selectors) {
        for (const el of document.querySelectorAll(sel)) {
          if (el.closest("[lang]")?.getAttribute("lang") === "en") continue;
          // Text of this element, leaving out record data marked as English.
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          let text = "";
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const holder = n.parentElement.closest("[lang]");
            if (holder && holder.getAttribute("lang") !== "zh-Hant") continue;
            if (getComputedStyle(n.parentElement).display === "none") continue;
            text += n.textContent + " ";
          }
          const words = text.replace(re, " ").match(/[A-Za-z]{3,}/g);
          if (words) found.push(`${sel}: ${words.join(" ")}`);
        }
      }
      // Names and hints in attributes, except those that carry record data
      // (a pin's, band's or correction link's record name or value, a
      // source's title).
      for (const el of document.querySelectorAll("[aria-label]:not(.pin):not(.band):not(.correction), [title]:not(.ref), [placeholder]")) {
        if (el.closest("[lang]")?.getAttribute("lang") === "en") continue;
        for (const attr of ["aria-label", "title", "placeholder"]) {
          const words = (el.getAttribute(attr) ?? "").replace(re, " ").match(/[A-Za-z]{3,}/g);
          if (words) found.push(`[${attr}] ${el.tagName.toLowerCase()}: ${words.join(" ")}`);
        }
      }
      return found;
    },
    [CHROME, ALLOWED.source],
  );
}

test("switching the language changes the interface, the URL and <html lang>, and back", async ({ page, explorer }) => {
  await explorer.open("#/people?year=2024");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/exodus\/\?year=2024$/);
  // An English entry ahead in the history, for Forward below.
  await page.getByRole("navigation").getByRole("link", { name: "Companies" }).click();
  await expect(page).toHaveURL(/\/exodus\/companies\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/year=2024/);
  const language = page.getByLabel("Language");
  await language.selectOption("zh-Hant");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page).toHaveURL(/\/exodus\/zh-Hant\/\?year=2024$/);
  await expect(page.locator("#view-heading")).toHaveText("OpenAI 出走潮中的人物");
  await expect(page.locator("#result-count")).toHaveText(/^\d+ 人$/);
  await expect(page).toHaveTitle(/Exodus：/);
  expect(await englishInChrome(page)).toEqual([]);
  // The choice is remembered: an old link that names no language uses it.
  const other = await page.context().newPage();
  await other.goto("./#/companies");
  await expect(other.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(other).toHaveURL(/\/exodus\/zh-Hant\/companies\/$/);
  await other.close();
  // Forward to an entry written in English keeps the chosen language.
  await page.goForward();
  await expect(page).toHaveURL(/\/exodus\/zh-Hant\/companies\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByLabel(/Language/)).toHaveValue("zh-Hant");
  await page.goBack();
  await expect(page).toHaveURL(/\/exodus\/zh-Hant\/\?year=2024$/);
  // And back to English.
  await page.getByLabel(/Language/).selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/exodus\/\?year=2024$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People in the OpenAI exodus");
});

test("every screen in Chinese is free of English interface text", async ({ page, explorer }) => {
  // The detector finds English interface text where there is some.
  await explorer.open("#/people?lang=zh-Hant");
  await page.evaluate(() => document.querySelector("#view-heading").append(" Show more"));
  expect(await englishInChrome(page)).toEqual(["h1#view-heading: Show more"]);
  await page.reload();
  await appReady(page);
  for (const hash of ["#/people", "#/companies", "#/people/jan-leike", "#/companies/anthropic", "#/people?q=zzzz", "#/timeline", "#/flow", "#/founders"]) {
    await explorer.open(`${hash}${hash.includes("?") ? "&" : "?"}lang=zh-Hant`);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
    await expect(page.locator("main")).not.toBeEmpty();
    expect(await englishInChrome(page), hash).toEqual([]);
  }
  // Dates and money in Chinese form.
  await explorer.open("#/companies/anthropic?lang=zh-Hant");
  await expect(page.locator("table.valuations")).toContainText("180億美元");
  await expect(page.locator("table.valuations time").first()).toHaveText(/^\d{4}年(\d{1,2}月(\d{1,2}日)?)?$/);
});

test("a shared URL opens in its language, whatever the reader's preference", async ({ page, explorer }) => {
  await explorer.open("#/people");
  await page.evaluate(() => localStorage.setItem("exodus.lang", "en"));
  await explorer.open("#/people/ilya-sutskever?lang=zh-Hant");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.locator(".back")).toContainText("返回人物列表");
});

test("an old link without a language follows the browser's; a page's path names its own", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-TW" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("./#/people");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page).toHaveURL(/\/exodus\/zh-Hant\/$/);
  await expect(page.getByRole("searchbox", { name: "搜尋" })).toBeVisible();
  // The English page stays English (its Chinese twin is one link away):
  // the address is what a reader shared or a search engine indexed.
  await page.goto("./companies/");
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/exodus\/companies\/$/);
  expect(errors).toEqual([]);
  await context.close();
});

test("a corrupt stored language is reset with a notice", async ({ page, explorer }) => {
  await explorer.open("#/people");
  await page.evaluate(() => localStorage.setItem("exodus.lang", "tlh"));
  await page.reload();
  await appReady(page);
  await expect(page.locator(".notice")).toContainText("language preference");
  await expect(explorer.cards.first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("exodus.lang"))).toBeNull();
});

/// The ids of the records behind the cards in view, from their links.
async function cardIds(page) {
  return page.locator("ul.cards h3 a").evaluateAll((links) => links.map((a) => a.id.replace(/^card-/, "")));
}

/// A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF).
function parseCsv(text) {
  expect(text.charCodeAt(0), "starts with a byte order mark").toBe(0xfeff);
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

test("export after filtering downloads exactly the records on screen, with citations", async ({ page, explorer }) => {
  await explorer.open("#/people?year=2024&went-to=anthropic&sort=name");
  const ids = await cardIds(page);
  expect(ids.length).toBeGreaterThan(1);
  expect(ids.length).toBeLessThan(48);

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^exodus-people-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(readFileSync(await csvDownload.path(), "utf8"));
  const header = rows[0];
  expect(header).toContain("citations");
  expect(rows.slice(1).map((r) => r[0])).toEqual(ids);
  const cites = header.indexOf("citations");
  const version = JSON.parse(readFileSync("data/version.json", "utf8")).version;
  expect(header.at(-1)).toBe("dataset_version");
  for (const r of rows.slice(1)) {
    expect(r.length).toBe(header.length);
    expect(r[cites]).toMatch(/https:\/\//);
    expect(r.at(-1)).toBe(version);
  }

  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
  expect(jsonDownload.suggestedFilename()).toMatch(/^exodus-people-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(readFileSync(await jsonDownload.path(), "utf8"));
  expect(doc.meta.license).toBe("CC BY 4.0");
  expect(doc.meta.dataset_version).toBe(version);
  expect(doc.meta.view).toContain("year=2024");
  expect(doc.records.map((r) => r.id)).toEqual(ids);
  expect(doc.records.every((r) => r.citations.length > 0)).toBe(true);

  // The whole dataset, with its licence.
  const [all] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /whole dataset/ }).click()]);
  const dataset = JSON.parse(readFileSync(await all.path(), "utf8"));
  expect(dataset.license).toBe("CC BY 4.0");
  expect(dataset.version).toBe(version);
  expect(dataset.people.length).toBeGreaterThan(50);
  expect(dataset.sources.length).toBeGreaterThan(100);
});

test("Chinese text survives a CSV export", async ({ page, explorer }) => {
  await explorer.open("#/people?q=奧特曼&lang=zh-Hant");
  const ids = await cardIds(page);
  expect(ids).toContain("sam-altman");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "匯出 CSV" }).click()]);
  const rows = parseCsv(readFileSync(await download.path(), "utf8"));
  const altman = rows.find((r) => r[0] === "sam-altman");
  expect(altman[rows[0].indexOf("name_zh")]).toBe("奧特曼");
  expect(altman[rows[0].indexOf("summary_zh")]).toMatch(/[\u4e00-\u9fff]/);
});

test("pins survive a reload and the Pinned filter shows them", async ({ page, explorer }) => {
  await explorer.open("#/people?sort=name");
  const first = explorer.cards.nth(0);
  const third = explorer.cards.nth(2);
  const names = [await first.locator("h3").innerText(), await third.locator("h3").innerText()];
  await first.getByRole("button", { name: /^Pin / }).click();
  await third.getByRole("button", { name: /^Pin / }).click();
  await expect(first.getByRole("button", { name: /^Pin / })).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await appReady(page);
  await expect(explorer.cards.nth(0).getByRole("button", { name: /^Pin / })).toHaveAttribute("aria-pressed", "true");
  await page.getByLabel(/Pinned only/).check();
  await expect(page).toHaveURL(/pinned=1/);
  await expect(explorer.cards).toHaveCount(2);
  expect(await explorer.cards.locator("h3").allInnerTexts()).toEqual(names);
  // Unpinning from a detail page.
  await explorer.cards.nth(0).locator("h3 a").click();
  await page.getByRole("button", { name: /^Pin / }).click();
  await page.keyboard.press("Escape");
  await expect(explorer.cards).toHaveCount(1);
});

test("Pinned only with nothing pinned explains how to pin", async ({ page, explorer }) => {
  await explorer.open("#/people?pinned=1");
  await expect(page.locator(".empty")).toContainText("Nothing pinned here yet");
  await expect(explorer.cards).toHaveCount(0);
  await explorer.open("#/people?pinned=1&lang=zh-Hant");
  await expect(page.locator(".empty")).toContainText("這裡還沒有釘選的項目");
});

test("corrupt stored pins are discarded with a notice and nothing breaks", async ({ page, explorer }) => {
  await explorer.open("#/people");
  await page.evaluate(() => localStorage.setItem("exodus.pins", '{"people":"oops"'));
  await page.reload();
  await appReady(page);
  await expect(page.locator(".notice")).toContainText("pins could not be read");
  await expect(explorer.cards.first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("exodus.pins"))).toBeNull();
  await explorer.cards.first().getByRole("button", { name: /^Pin / }).click();
  expect(JSON.parse(await page.evaluate(() => localStorage.getItem("exodus.pins")))).toHaveLength(1);
});

test("without storage the app works for the session", async ({ browser }) => {
  const context = await browser.newContext();
  // Storage that throws, as in some private modes.
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("denied", "SecurityError");
      },
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("./#/people");
  await appReady(page);
  const card = page.locator("ul.cards > li > article").first();
  await card.getByRole("button", { name: /^Pin / }).click();
  await expect(card.getByRole("button", { name: /^Pin / })).toHaveAttribute("aria-pressed", "true");
  await page.getByLabel("Language").selectOption("zh-Hant");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  expect(errors).toEqual([]);
  await context.close();
});

test("print hides the controls and writes out source addresses", async ({ page, explorer }) => {
  await explorer.open("#/people/jan-leike");
  await page.emulateMedia({ media: "print" });
  for (const sel of [".site-header nav", ".header-controls", ".pin", ".back"]) {
    await expect(page.locator(sel).first(), sel).toBeHidden();
  }
  const url = page.locator(".sources .source-url").first();
  await expect(url).toBeVisible();
  await expect(url).toHaveText(/^https:\/\//);
  await explorer.open("#/people");
  for (const sel of [".toolbar", ".filters", ".export", ".pin"]) {
    await expect(page.locator(sel).first(), sel).toBeHidden();
  }
  const breakInside = await explorer.cards.first().evaluate((el) => getComputedStyle(el).breakInside);
  expect(breakInside).toBe("avoid");
});

for (const hash of ["#/people?lang=zh-Hant", "#/companies?lang=zh-Hant", "#/people/ilya-sutskever?lang=zh-Hant", "#/companies/anthropic?lang=zh-Hant"]) {
  test(`no axe violations in Chinese: ${hash}`, async ({ page, explorer }) => {
    await explorer.open(hash);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
