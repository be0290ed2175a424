// Shared test setup: every test fails on a console error, an uncaught page
// error, a failed request or an HTTP error status, and gets a small page
// object for the explorer.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

export class Explorer {
  constructor(page) {
    this.page = page;
    this.search = page.getByRole("searchbox", { name: "Search" });
    this.count = page.locator("#result-count");
    this.cards = page.locator("ul.cards > li > article");
  }

  async open(hash = "#/people") {
    await this.page.goto(hash === "" ? "./" : `./${hash}`);
    await expect(this.page.locator("main")).toBeVisible();
  }

  async resultCount() {
    const text = await this.count.textContent();
    return Number(text.match(/^(\d+)/)[1]);
  }

  card(name) {
    return this.page.locator("article", { has: this.page.getByRole("heading", { name }) });
  }

  facet(facetKey, value) {
    return this.page.locator(`input[data-facet="${facetKey}"][data-value="${value}"]`);
  }

  async axe() {
    const results = await new AxeBuilder({ page: this.page }).withTags(AXE_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary, "axe violations").toEqual([]);
  }
}

export const test = base.extend({
  problems: [
    async ({ page }, use) => {
      const problems = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
      });
      page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
      page.on("requestfailed", (req) => {
        // A reload or navigation cancels requests still in flight (e.g. the
        // favicon): that is the browser's doing, not a failed request.
        const error = req.failure()?.errorText ?? "";
        if (error !== "net::ERR_ABORTED") problems.push(`request failed: ${req.url()} ${error}`);
      });
      page.on("response", (res) => {
        if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      await use(problems);
      expect(problems, "console errors and failed requests").toEqual([]);
    },
    { auto: true },
  ],
  explorer: async ({ page }, use) => {
    await use(new Explorer(page));
  },
});

export { expect };
