// The explorer as a user drives it: search, facets, sort, keyboard, URL state.
import { test, expect, appReady } from "./fixtures.js";

test("search filters as you type, highlights and announces the count", async ({ page, explorer }) => {
  await explorer.open("#/people");
  const all = await explorer.resultCount();
  await explorer.search.fill("leike");
  await expect(explorer.card("Jan Leike")).toBeVisible();
  const some = await explorer.resultCount();
  expect(some).toBeGreaterThan(0);
  expect(some).toBeLessThan(all);
  await expect(explorer.count).toHaveAttribute("role", "status");
  await expect(explorer.card("Jan Leike").locator("mark").first()).toHaveText(/leike/i);
  expect(page.url()).toContain("q=leike");
  // Accent- and case-insensitive.
  await explorer.search.fill("SUTSKÉVER");
  await expect(explorer.card("Ilya Sutskever")).toBeVisible();
  // Chinese names and summaries.
  await explorer.search.fill("奧特曼");
  await expect(explorer.card(/Sam Altman/)).toBeVisible();
  // Escape clears the search.
  await explorer.search.press("Escape");
  await expect(explorer.search).toHaveValue("");
  expect(await explorer.resultCount()).toBe(all);
});

test("an empty result explains itself and clears", async ({ page, explorer }) => {
  await explorer.open("#/people");
  await explorer.search.fill("zzzz-nobody");
  await expect(page.getByText(/No people match/)).toBeVisible();
  await page.getByRole("button", { name: "Clear search and filters" }).click();
  await expect(explorer.search).toHaveValue("");
  await expect(explorer.cards.first()).toBeVisible();
});

test("facets filter with live counts and combine", async ({ page, explorer }) => {
  await explorer.open("#/people");
  const year = explorer.facet("year", "2024");
  const label = page.locator('label[for="f-year-2024"] .count');
  const expected = Number((await label.textContent()).replace(/\D/g, ""));
  expect(expected).toBeGreaterThan(3);
  await year.check();
  await expect(explorer.count).toHaveText(new RegExp(`^${expected} people`));
  expect(page.url()).toContain("year=2024");
  // Counts in another facet now reflect the year filter.
  const anthropicCount = page.locator('label[for="f-went-to-anthropic"] .count');
  const n = Number((await anthropicCount.textContent()).replace(/\D/g, ""));
  await explorer.facet("went-to", "anthropic").check();
  await expect(explorer.count).toHaveText(new RegExp(`^${n} (people|person)`));
  await expect(explorer.card("Jan Leike")).toBeVisible();
  // Multi-select inside a facet widens the result.
  await explorer.facet("year", "2020").check();
  expect(await explorer.resultCount()).toBeGreaterThanOrEqual(n);
  await page.getByRole("button", { name: "Clear all filters" }).click();
  await expect(explorer.facet("year", "2024")).not.toBeChecked();
});

test("sorting by name and by date", async ({ page, explorer }) => {
  await explorer.open("#/people");
  await page.getByLabel("Sort by").selectOption("name");
  expect(page.url()).toContain("sort=name");
  const names = await explorer.cards.locator("h3 a").allTextContents();
  const sorted = [...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
  expect(names.slice(0, 10)).toEqual(sorted.slice(0, 10));
  await page.getByLabel("Sort by").selectOption("oldest");
  const first = await explorer.cards.first().locator("time").first().getAttribute("datetime");
  const last = await explorer.cards.locator("time").last().getAttribute("datetime");
  expect(first <= last).toBe(true);
  // Back shows the previous order in the select too, after typing (renders
  // that leave the order alone) as well.
  await explorer.search.fill("a");
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByLabel("Sort by")).toHaveValue("name");
  await page.goForward();
  await expect(page).toHaveURL(/sort=oldest$/);
  await expect(page.getByLabel("Sort by")).toHaveValue("oldest");
});

test("companies sort by valuation and show founders", async ({ page, explorer }) => {
  await explorer.open("#/companies");
  const first = explorer.cards.first();
  await expect(first.getByRole("heading")).toHaveText(/Anthropic/);
  await expect(first).toContainText("Dario Amodei");
  await first.getByRole("link", { name: "Dario Amodei" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Dario Amodei/ })).toBeVisible();
});

test("keyboard: / focuses search, Enter opens a card, Escape closes and restores focus", async ({ page, explorer }) => {
  await explorer.open("#/people");
  await page.locator("body").press("/");
  await expect(explorer.search).toBeFocused();
  await explorer.search.fill("schulman");
  const link = explorer.card("John Schulman").getByRole("link", { name: /John Schulman/ });
  await link.focus();
  await page.keyboard.press("Enter");
  const heading = page.getByRole("heading", { level: 1, name: /John Schulman/ });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  expect(page.url()).toMatch(/\/exodus\/people\/john-schulman\/\?q=schulman$/);
  await expect(page.getByText("Sources disagree").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(explorer.search).toHaveValue("schulman");
  await expect(page.locator("#card-john-schulman")).toBeFocused();
  // Escape went Back to the list rather than adding an entry: one more Back
  // undoes the search instead of reopening the record.
  await page.goBack();
  await expect(explorer.search).toHaveValue("");
  // "/" on a detail page goes to the list with the search focused.
  await explorer.open("#/companies/anthropic");
  await page.locator("body").press("/");
  await expect(explorer.search).toBeFocused();
});

test("a shared URL reproduces the view in a fresh page", async ({ page, context, explorer }) => {
  await explorer.open("#/people");
  await explorer.search.fill("anthropic");
  await explorer.facet("cofounder", "no").check();
  await page.getByLabel("Sort by").selectOption("name");
  const url = page.url();
  const names = await explorer.cards.locator("h3 a").allTextContents();
  const fresh = await context.newPage();
  await fresh.goto(url);
  const other = new (explorer.constructor)(fresh);
  await expect(other.search).toHaveValue("anthropic");
  await expect(other.facet("cofounder", "no")).toBeChecked();
  await expect(fresh.getByLabel("Sort by")).toHaveValue("name");
  expect(await other.cards.locator("h3 a").allTextContents()).toEqual(names);
  await fresh.close();
});

test("Back and Forward restore the exact view", async ({ page, explorer }) => {
  await explorer.open("#/people");
  await explorer.facet("year", "2024").check();
  const filtered = await explorer.resultCount();
  await explorer.card("Jan Leike").getByRole("link", { name: "Jan Leike" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Jan Leike/ })).toBeVisible();
  await page.goBack();
  await expect(explorer.facet("year", "2024")).toBeChecked();
  expect(await explorer.resultCount()).toBe(filtered);
  await page.goBack();
  await expect(explorer.facet("year", "2024")).not.toBeChecked();
  await page.goForward();
  await expect(explorer.facet("year", "2024")).toBeChecked();
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1, name: /Jan Leike/ })).toBeVisible();
});

test("a malformed URL is ignored with a notice, never a blank page", async ({ page, explorer }) => {
  // An old hash link: the app reads it (an unknown record's path is the
  // host's 404 page, see prerender.spec.js).
  await explorer.openLegacy("#/people/nobody-at-all?colour=red&year=abc&q=%E0%A4&sort=sideways");
  const notice = page.locator(".notice");
  await expect(notice).toContainText("ignored");
  await expect(notice).toContainText("colour");
  await expect(explorer.cards.first()).toBeVisible();
  await expect(page.locator(".notices")).toHaveAttribute("role", "status");
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator("main")).toBeFocused();
  await explorer.openLegacy("#/%%%/???&&&==");
  await expect(explorer.cards.first()).toBeVisible();
});

for (const [lang, dismiss] of [["en", "Dismiss"], ["zh-Hant", "關閉"]]) {
  test(`at 375 px a long notice wraps its text, not its button (${lang})`, async ({ page, explorer }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await explorer.openLegacy(`#/people?lang=${lang}&colour=red&bogus=1`);
    const button = page.locator(".notice button");
    await expect(button).toHaveText(dismiss);
    // The button's text boxes all sit on one line.
    const lines = await button.evaluate((b) => {
      const range = document.createRange();
      range.selectNodeContents(b);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });
}

for (const hash of ["#/people", "#/companies", "#/people/john-schulman", "#/companies/anthropic"]) {
  test(`fits 375 px without horizontal scrolling: ${hash}`, async ({ page, explorer }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await explorer.open(hash);
    await expect(page.locator("main h1").first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });
}

test("the colour-scheme toggle is remembered; a corrupt stored value is reset with a notice", async ({ page, explorer }) => {
  await explorer.open("#/people");
  await page.getByRole("button", { name: /Theme/ }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.reload();
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.evaluate(() => localStorage.setItem("exodus.theme", "{not json"));
  await page.reload();
  await appReady(page);
  await expect(page.locator(".notice")).toContainText("could not be read");
  await expect(explorer.cards.first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("exodus.theme"))).toBeNull();
});

test("a detail page shows both sides of a dispute, its sources and a citation", async ({ page, explorer }) => {
  await explorer.open("#/companies/anthropic");
  await expect(page.getByRole("heading", { level: 1, name: /Anthropic/ })).toBeVisible();
  const table = page.locator("table.valuations");
  await expect(table).toContainText("$18B");
  await expect(table.locator("tr", { hasText: "$18B" })).toContainText("Sources disagree");
  await expect(table.locator("tr", { hasText: "$18B" })).toContainText("figure from the source article");
  const disputed = page.locator(".claim-conflicting").first();
  await expect(disputed).toContainText("Other sources say");
  const external = page.locator(".sources a[target=_blank]").first();
  await expect(external).toHaveAttribute("rel", /noopener/);
  await expect(external).toHaveAttribute("href", /^https:\/\//);
  await expect(page.locator(".cite code")).toContainText("/exodus/companies/anthropic/");
});

test("headline figures link to the records behind them", async ({ page, explorer }) => {
  await explorer.open("#/people");
  await page.locator(".figure-number", { hasText: "original founders" }).click();
  await expect(explorer.facet("cofounder", "yes")).toBeChecked();
  await expect(explorer.count).toHaveText(/^11 people/);
  await expect(page.locator(".figure", { hasText: "original founders" })).toContainText("Sources disagree");
  await page.locator(".figure-number", { hasText: "companies founded" }).click();
  await expect(page).toHaveURL(/\/exodus\/companies\/$/);
  await expect(explorer.card("Anthropic")).toBeVisible();
});

test("companies filter by sector, status and founding year", async ({ page, explorer }) => {
  await explorer.open("#/companies");
  const all = await explorer.resultCount();
  await explorer.facet("sector", "frontier-models").check();
  await expect(explorer.card("Anthropic")).toBeVisible();
  await expect(explorer.card("Perplexity")).toHaveCount(0);
  const frontier = await explorer.resultCount();
  expect(frontier).toBeLessThan(all);
  expect(page.url()).toContain("sector=frontier-models");
  // A value no record would match is shown with its zero count, disabled.
  await expect(explorer.facet("company-status", "acqui-hire")).toBeDisabled();
  // Reached through a link, an empty combination explains itself and can be undone.
  await explorer.open("#/companies?sector=frontier-models&company-status=acqui-hire");
  await expect(page.getByText(/No companies match/)).toBeVisible();
  await explorer.facet("company-status", "acqui-hire").uncheck();
  await expect(explorer.card("Anthropic")).toBeVisible();
  await page.getByLabel("Sort by").selectOption("founded");
  const years = await explorer.cards.locator("time").allTextContents();
  expect(years.length).toBeGreaterThan(0);
});

test("long lists render in increments with a Show more button", async ({ page, explorer }) => {
  await explorer.open("#/people");
  const total = await explorer.resultCount();
  test.skip(total <= 48, "needs more than one page of people");
  await expect(explorer.cards).toHaveCount(48);
  await expect(explorer.count).toContainText("showing 48");
  const more = page.getByRole("button", { name: /Show more/ });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(explorer.cards).toHaveCount(Math.min(total, 96));
  // A new search starts again from the first page.
  await explorer.search.fill("a");
  expect(await explorer.cards.count()).toBeLessThanOrEqual(48);
});

test("long facets show their most frequent values and expand on request", async ({ page, explorer }) => {
  await explorer.open("#/people");
  const group = page.locator("fieldset", { has: page.locator("legend", { hasText: "Went to" }) });
  const shown = await group.locator("input[type=checkbox]").count();
  const button = group.getByRole("button", { name: /Show all/ });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.click();
  const all = await group.locator("input[type=checkbox]").count();
  expect(all).toBeGreaterThan(shown);
  await expect(group.getByRole("button", { name: "Show fewer" })).toHaveAttribute("aria-expanded", "true");
});

test("typing writes the address once it pauses, in one history entry; a link followed at once keeps the search", async ({ page, explorer }) => {
  await explorer.open("#/people");
  const before = await page.evaluate(() => history.length);
  await explorer.search.click();
  await page.keyboard.type("leike", { delay: 20 });
  await expect(page).toHaveURL(/\/exodus\/\?q=leike$/);
  // Starting the search is one entry; refining it replaced that entry.
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  // A refinement, then a card's link straight away (before the pause):
  // the entry left behind holds the refined search.
  await page.keyboard.press("Backspace");
  await explorer.card("Jan Leike").getByRole("link", { name: /Jan Leike/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Jan Leike/ })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/exodus\/\?q=leik$/);
  await expect(explorer.search).toHaveValue("leik");
});

// New results draw the cards the window holds with the keystroke (as the
// list last measured them, and a row more), the rest of their page after
// that frame: on a phone two cards, on a desktop about ten.
for (const [width, height] of [
  [1366, 900],
  [375, 800],
]) {
  test(`new results draw the cards the window holds with the keystroke and the rest of the page after that frame (${width} px)`, async ({ page, explorer }) => {
    await page.setViewportSize({ width, height });
    await explorer.open("#/people");
    // The list measures itself after its first frame.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const atOnce = await page.evaluate(async () => {
      const input = document.querySelector("#search");
      input.value = "a";
      input.dispatchEvent(new InputEvent("input", { bubbles: true }));
      // The app renders in a microtask after the event.
      for (let i = 0; i < 3; i++) await null;
      const cards = [...document.querySelector("#cards").children];
      return { n: cards.length, last: cards.at(-1).getBoundingClientRect().top, screen: innerHeight };
    });
    const matches = await explorer.resultCount();
    const page48 = Math.min(matches, 48);
    test.skip(matches <= 16, "needs more than 16 matches");
    // Fewer than the page, but the window full: the last card drawn starts
    // below the window's bottom.
    expect(atOnce.n).toBeLessThan(page48);
    expect(atOnce.last).toBeGreaterThanOrEqual(atOnce.screen);
    // The rest follows the frame; on a busy machine that render can take
    // longer than a fixed wait, so the count is polled (it fails if the page
    // is never completed).
    await expect.poll(() => page.locator("ul.cards > li").count(), { timeout: 3000 }).toBe(page48);
    // No more than the window and a row: the rows drawn at once, but the
    // last, start within the window.
    const rows = await page.locator("#cards > li").evaluateAll(
      (lis, n) => [...new Set(lis.slice(0, n).map((li) => Math.round(li.getBoundingClientRect().top)))],
      atOnce.n,
    );
    expect(rows.slice(0, -1).every((t) => t < atOnce.screen), JSON.stringify(rows)).toBe(true);
  });
}
