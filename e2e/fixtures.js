// Shared test setup: every test fails on a console error, an uncaught page
// error, a failed request, an HTTP error status or a Content Security Policy
// violation, and gets a small page object for the explorer.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { toPath } from "./paths.js";

/// Starts the app as a reader would and waits for it (`<html data-app>`).
/// Over a prerendered page showing the address's view the app starts on the
/// reader's first interaction (scripts/defer-start.mjs): here a press of
/// Shift, which no part of the app reacts to. Other pages start at once and
/// the key press changes nothing.
export async function appReady(page) {
  if ((await page.locator("html[data-app]").count()) === 0) await page.keyboard.press("Shift");
  await expect(page.locator("html[data-app]")).toHaveCount(1);
}

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

export class Explorer {
  constructor(page) {
    this.page = page;
    this.search = page.getByRole("searchbox", { name: "Search" });
    this.count = page.locator("#result-count");
    this.cards = page.locator("ul.cards > li > article");
  }

  /// Opens a view by its page path (`companies/anthropic/?q=x`), or by
  /// an old-style hash (`#/companies/anthropic?q=x&lang=zh-Hant`), which is
  /// opened at its page path (see toPath); then waits for the app to take
  /// over the prerendered page.
  async open(link = "./") {
    await this.page.goto(toPath(link));
    await this.ready();
  }

  /// Opens an old hash link as a reader's bookmark would: at the site's
  /// root, with the hash for the app to read and rewrite.
  async openLegacy(hash) {
    await this.page.goto(`./${hash}`);
    await this.ready();
  }

  /// The app has started and rendered (`<html data-app>`); see appReady.
  async ready() {
    await appReady(this.page);
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

/// Reports every `securitypolicyviolation` event of every page of a browser
/// context into `problems`. The listener is installed by the test runner
/// (an init script and a binding, neither subject to the page's policy)
/// before any of the page's own scripts run.
export async function watchCsp(context, problems) {
  await context.exposeBinding("__exodusCspViolation", (_source, v) =>
    problems.push(`CSP violation: ${v.directive} blocked ${v.blocked || "inline"} in ${v.source}:${v.line} ${v.sample}`),
  );
  await context.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (e) =>
        window.__exodusCspViolation({
          directive: e.violatedDirective,
          blocked: e.blockedURI,
          source: e.sourceFile,
          line: e.lineNumber,
          sample: e.sample,
        }),
      true,
    );
  });
}

export const test = base.extend({
  problems: [
    async ({ page, browser, javaScriptEnabled }, use) => {
      const problems = [];
      // Policy violations in the test's page and in any context the test
      // opens itself (browser.newContext), restored after the test.
      await watchCsp(page.context(), problems);
      const newContext = browser.newContext;
      browser.newContext = async function (...args) {
        const context = await newContext.apply(this, args);
        await watchCsp(context, problems);
        return context;
      };
      page.on("console", (msg) => {
        if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
      });
      page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
      page.on("requestfailed", (req) => {
        // A reload or navigation cancels requests still in flight (e.g. the
        // favicon): that is the browser's doing, not a failed request.
        const error = req.failure()?.errorText ?? "";
        // With scripts off, Chromium refuses the page's preloaded module
        // (reported as "csp"): that is the test's setting, not the page.
        const scriptsOff = !javaScriptEnabled && error === "csp" && req.url().endsWith(".js");
        if (error !== "net::ERR_ABORTED" && !scriptsOff) problems.push(`request failed: ${req.url()} ${error}`);
      });
      page.on("response", (res) => {
        if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      try {
        await use(problems);
      } finally {
        browser.newContext = newContext;
      }
      expect(problems, "console errors, failed requests and CSP violations").toEqual([]);
    },
    { auto: true },
  ],
  explorer: async ({ page }, use) => {
    await use(new Explorer(page));
  },
});

export { expect };
