// The chart views: each drawn from the full dataset, following its filters
// in the URL, linking to records, usable by keyboard, and carrying the same
// numbers in its drawing and in its text or table alternative.
import { test, expect, AXE_TAGS, appReady } from "./fixtures.js";
import AxeBuilder from "@axe-core/playwright";

async function axe(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const marks = (page) => page.locator("svg.timeline-chart .tl-mark");
const listItems = (page) => page.locator(".tl-list li");

test("the timeline draws every item once, in the drawing and in the list", async ({ page, explorer }) => {
  await explorer.open("#/timeline");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The exodus over time");
  const n = await listItems(page).count();
  expect(n).toBeGreaterThan(100);
  await expect(marks(page)).toHaveCount(n);
  await expect(page.locator("#chart-summary")).toContainText(`${n} items`);
  // Every mark links somewhere; the list's links open records.
  const hrefs = await page.locator("svg.timeline-chart a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  // Links between pages are paths relative to the site's root (<base>).
  expect(hrefs.filter((h) => !h || !/^(people|companies)\/[^/?#]+\/$/.test(h))).toEqual([]);
  // The waves are named, and 25 September 2024 holds three departures.
  for (const wave of ["Board crisis", "Safety-team exits", "Meta hires", "Returns to OpenAI", "Anthropic founded"]) {
    await expect(page.locator("svg.timeline-chart .tl-wave text", { hasText: wave })).toHaveCount(1);
  }
  const sep25 = page.locator('.tl-list li[data-kind="departure"]', { has: page.locator('time[datetime="2024-09-25"]') });
  await expect(sep25).toHaveCount(3);
  await sep25.filter({ hasText: "Mira Murati" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mira Murati");
});

test("the timeline's date precision is honest: a day is a dot, a month or a year a bar", async ({ page, explorer }) => {
  await explorer.open("#/timeline");
  const days = await page.locator('.tl-list li time[datetime^="2"]').evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")));
  const dayCount = days.filter((d) => d.length === 10).length;
  await expect(page.locator("svg.timeline-chart circle.tl-mark")).toHaveCount(dayCount);
  await expect(page.locator("svg.timeline-chart rect.tl-range")).toHaveCount(days.length - dayCount);
});

test("timeline filters by kind and years, in the URL, and survive a reload", async ({ page, explorer }) => {
  await explorer.open("#/timeline");
  await page.getByLabel("Return", { exact: true }).check();
  await expect(page).toHaveURL(/kind=return/);
  await page.getByLabel("From year").selectOption("2024");
  await page.getByLabel("To year").selectOption("2026");
  await expect(page).toHaveURL(/from=2024&to=2026/);
  const n = await listItems(page).count();
  expect(n).toBeGreaterThan(2);
  await expect(marks(page)).toHaveCount(n);
  expect(await page.locator(".tl-list li").evaluateAll((ls) => ls.every((l) => l.dataset.kind === "return"))).toBe(true);
  const years = await page.locator(".tl-year h3").allInnerTexts();
  expect(years.every((y) => /^202[4-6]/.test(y))).toBe(true);
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel("Return", { exact: true })).toBeChecked();
  await expect(marks(page)).toHaveCount(n);
});

test("Back and Forward bring the selects back to the URL's values", async ({ page, explorer }) => {
  await explorer.open("#/timeline");
  await page.getByLabel("From year").selectOption("2020");
  await page.getByLabel("From year").selectOption("2022");
  await expect(page).toHaveURL(/from=2022/);
  await page.goBack();
  await expect(page).toHaveURL(/from=2020/);
  await expect(page.getByLabel("From year")).toHaveValue("2020");
  // A start after the end moves the end.
  await page.getByLabel("To year").selectOption("2021");
  await page.getByLabel("From year").selectOption("2024");
  await expect(page).toHaveURL(/from=2024&to=2024/);
  await expect(page.locator(".notice")).toHaveCount(0);
});

test("a chart with nothing to show says so and offers a way out", async ({ page, explorer }) => {
  await explorer.open("#/flow?reason=fired&from=2015&to=2015");
  await expect(page.locator(".chart-view .empty")).toContainText("Nothing matches these filters.");
  await expect(page.locator("svg.flow-chart")).toHaveCount(0);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/exodus\/flow\/$/);
  await expect(page.locator("svg.flow-chart")).toBeVisible();
});

test("a chart link with unknown or inverted filters keeps what it can, with a notice", async ({ page, explorer }) => {
  await explorer.open("#/timeline?kind=bogus,return&from=2025&to=2020");
  await expect(page.locator(".notice")).toContainText("bogus");
  await expect(page.locator(".notice")).toContainText("2020");
  await expect(page).toHaveURL(/\/exodus\/timeline\/\?kind=return&from=2025$/);
  await expect(page.getByLabel("Return", { exact: true })).toBeChecked();
  await expect(page.locator(".tl-list li").first()).toBeVisible();
});

test("the flow's table gives the same counts as its bands, and a band lists its people", async ({ page, explorer }) => {
  await explorer.open("#/flow");
  const bands = await page.locator("svg.flow-chart .band").evaluateAll((ps) => ps.map((p) => Number(p.dataset.count)).sort((a, b) => a - b));
  const rows = await page.locator(".flow-table td[data-count]").evaluateAll((ts) => ts.map((t) => Number(t.dataset.count)).sort((a, b) => a - b));
  expect(bands.length).toBeGreaterThan(10);
  expect(bands).toEqual(rows);
  // Second hops: OpenAI, Thinking Machines Lab, back to OpenAI.
  await expect(page.locator(".flow-table tr", { hasText: /^2\s*Thinking Machines Lab\s*OpenAI/ })).toHaveCount(1);
  // Keyboard: the bands are in the tab order; focusing one lists its people.
  const first = page.locator("svg.flow-chart .band").first();
  await first.focus();
  const label = await first.getAttribute("aria-label");
  await expect(page.locator(".flow-people h3")).toHaveText(label);
  const count = Number(await first.getAttribute("data-count"));
  await expect(page.locator(".flow-people li")).toHaveCount(count);
  await page.keyboard.press("Tab");
  await expect(page.locator(".flow-people h3")).not.toHaveText(label);
  // Hovering works too.
  await page.locator("svg.flow-chart .band").nth(2).hover();
  await expect(page.locator(".flow-people h3")).toHaveText(await page.locator("svg.flow-chart .band").nth(2).getAttribute("aria-label"));
});

test("where did the safety researchers of 2024 go? a few clicks on the flow", async ({ page, explorer }) => {
  await explorer.open("#/people");
  await page.getByRole("link", { name: "Flow" }).click();
  await page.getByLabel("Safety concerns").check();
  await page.getByLabel("From year").selectOption("2024");
  await page.getByLabel("To year").selectOption("2024");
  await expect(page).toHaveURL(/\/flow\/\?reason=safety&from=2024&to=2024/);
  const anthropic = page.locator(".flow-table tbody tr", { has: page.locator("td:nth-child(3)", { hasText: /^Anthropic$/ }) }).first();
  await expect(anthropic).toContainText("Jan Leike");
  const total = await page.locator(".flow-table tbody tr").evaluateAll((rs) =>
    rs.filter((r) => r.cells[0].textContent.trim() === "1").reduce((n, r) => n + Number(r.cells[3].dataset.count), 0),
  );
  await expect(page.locator("#chart-summary")).toContainText(`${total} people`);
});

test("the founders view shows all eleven over time and both readings of the disputed count", async ({ page, explorer }) => {
  await explorer.open("#/founders");
  await expect(page.locator(".founders-table tbody tr")).toHaveCount(11);
  await expect(page.locator("svg.founders-chart .founder-row")).toHaveCount(11);
  const remain = page.locator(".remain");
  await expect(remain).toContainText("3 of 11");
  await expect(remain).toContainText("Only 2 of the 11 remain");
  await expect(remain).toContainText("3 remain");
  await expect(remain.locator(".refs a").first()).toHaveAttribute("href", /^https:\/\//);
  // The table's current states agree with the drawing's last bar per row.
  const now = await page.locator(".founders-table tbody td[data-state]").evaluateAll((ts) => ts.map((t) => t.dataset.state));
  const lastBars = await page.locator("svg.founders-chart .founder-row").evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll("rect.fbar:not(.fbar-uncertain)")].pop().classList[1]),
  );
  expect(lastBars).toEqual(now);
  expect(now.filter((s) => s === "fs-at" || s === "fs-returned").length).toBe(3);
});

test("a company's valuations are drawn over time with the article's figure marked", async ({ page, explorer }) => {
  await explorer.open("#/companies/anthropic");
  const points = page.locator("svg.valuation-chart .val-point");
  const dated = await page.locator("table.valuations tbody tr").evaluateAll((rs) => rs.filter((r) => r.querySelector("time")).length);
  await expect(points).toHaveCount(dated);
  await expect(page.locator("svg.valuation-chart .val-article")).toHaveCount(1);
  await expect(page.locator("svg.valuation-chart .val-article text")).toHaveText("$18B");
  await expect(page.locator("svg.valuation-chart")).toContainText("$965B");
});

test("the companies view compares latest valuations and follows the filters", async ({ page, explorer }) => {
  await explorer.open("#/companies");
  const bars = page.locator("svg.compare-chart .cmp-bar");
  const withValuation = await page.locator("ul.cards article").evaluateAll((cs) => cs.filter((c) => c.textContent.includes("Latest valuation")).length);
  await expect(bars).toHaveCount(withValuation);
  await expect(page.locator(".compare-table tbody tr")).toHaveCount(withValuation);
  await expect(page.locator(".compare figcaption")).toContainText("As-of dates differ");
  await explorer.facet("sector", "frontier-models").check();
  const filtered = await page.locator("ul.cards article").evaluateAll((cs) => cs.filter((c) => c.textContent.includes("Latest valuation")).length);
  expect(filtered).toBeLessThan(withValuation);
  await expect(bars).toHaveCount(filtered);
});

test("the chart views are reachable and usable by keyboard", async ({ page, explorer }) => {
  await explorer.open("#/people");
  const nav = page.getByRole("navigation", { name: "Views" });
  await nav.getByRole("link", { name: "Timeline" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/exodus\/timeline\/$/);
  await page.getByLabel("From year").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/from=\d{4}/);
  // The drawing's scroll region takes focus (for narrow screens).
  const region = page.getByRole("region", { name: /Timeline of/ });
  await region.focus();
  await expect(region).toBeFocused();
  // "/" goes to the people list with the search focused.
  await page.keyboard.press("/");
  await expect(page).toHaveURL(/\/exodus\/$/);
  await expect(explorer.search).toBeFocused();
});

for (const hash of ["#/timeline", "#/flow", "#/founders"]) {
  test(`fits 375 px without horizontal page scrolling: ${hash}`, async ({ page, explorer }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await explorer.open(hash);
    await expect(page.locator(".chart").first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });

  for (const lang of ["en", "zh-Hant"]) {
    test(`no axe violations: ${hash} (${lang})`, async ({ page, explorer }) => {
      await explorer.open(`${hash}?lang=${lang}`);
      await expect(page.locator(".chart").first()).toBeVisible();
      await axe(page);
    });
  }
}
