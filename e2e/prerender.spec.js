// Every page exists as HTML before the wasm runs (exodus-prerender): real
// paths under the sub-path in both languages, readable with scripts off,
// taken over by the app without a layout shift, with a proper <head>,
// a 404 page, a sitemap and old hash links that still work.
import { readFileSync } from "node:fs";
import { test, expect, appReady } from "./fixtures.js";

const people = JSON.parse(readFileSync(new URL("../data/people.json", import.meta.url), "utf8"));
const orgs = JSON.parse(readFileSync(new URL("../data/organisations.json", import.meta.url), "utf8"));
const SITE = "http://127.0.0.1:4173/exodus/";

// One page of each route type, and the heading it shows, in both languages.
const ROUTES = [
  ["", "People in the OpenAI exodus", "OpenAI 出走潮中的人物"],
  ["companies/", "Companies founded by ex-OpenAI people", null],
  ["people/ilya-sutskever/", "Ilya Sutskever", null],
  ["companies/anthropic/", "Anthropic", "Anthropic"],
  ["timeline/", "The exodus over time", null],
  ["flow/", "Where people went", null],
  ["founders/", null, null],
  ["methods/", "How the data is made and counted", "資料如何蒐集與計算"],
];

test.describe("with scripts off", () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, en, zh] of ROUTES) {
    for (const lang of ["en", "zh-Hant"]) {
      const at = lang === "en" ? path : `zh-Hant/${path}`;
      test(`reads without JavaScript: /${at}`, async ({ page }) => {
        const res = await page.goto(`./${at}`);
        expect(res.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        const h1 = page.getByRole("heading", { level: 1 });
        await expect(h1).toHaveCount(1);
        const heading = lang === "en" ? en : zh;
        if (heading) await expect(h1).toHaveText(heading);
        await expect(page.locator("html[data-app]")).toHaveCount(0);
        // What needs the app says so and keeps its place hidden; the page
        // in the other language is a link away.
        await expect(page.locator(".noscript-note")).toBeVisible();
        await expect(page.locator(".noscript-note a[hreflang]")).toHaveAttribute("hreflang", lang === "en" ? "zh-Hant" : "en");
      });
    }
  }

  test("cards, claims with sources, charts with tables, and links between pages work without JavaScript", async ({ page }) => {
    await page.goto("./");
    // Every person is listed (the app pages the list; the page lists all).
    await expect(page.locator("ul.cards > li > article")).toHaveCount(people.length);
    await expect(page.locator(".search")).toBeHidden();
    await page.locator("#card-john-schulman").click();
    await expect(page).toHaveURL(`${SITE}people/john-schulman/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("John Schulman");
    await expect(page.getByText("Sources disagree").first()).toBeVisible();
    expect(await page.locator("main a[href^='https://']").count()).toBeGreaterThan(0);
    // A related company, then the timeline from the header.
    await page.locator("main a[href='companies/anthropic/']").first().click();
    await expect(page).toHaveURL(`${SITE}companies/anthropic/`);
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Timeline" }).click();
    await expect(page).toHaveURL(`${SITE}timeline/`);
    expect(await page.locator("svg.timeline-chart a").count()).toBeGreaterThan(100);
    await expect(page.locator(".tl-list li").first()).toBeVisible();
    await page.goto("./flow/");
    await expect(page.locator("svg.flow-chart")).toBeVisible();
    await expect(page.locator(".flow-table tbody tr").first()).toBeVisible();
    // The skip link (after the note's link to the other language) stays on
    // its page.
    await page.goto("./companies/anthropic/");
    await page.keyboard.press("Tab");
    await expect(page.locator(".noscript-note a")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.locator(".skip-link")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`${SITE}companies/anthropic/#main`);
  });

  test("every person and company has its own page in both languages", async ({ request }) => {
    for (const [kind, records] of [["people", people], ["companies", orgs]]) {
      for (const r of records) {
        for (const prefix of ["", "zh-Hant/"]) {
          const res = await request.get(`./${prefix}${kind}/${r.id}/`);
          expect(res.status(), `${prefix}${kind}/${r.id}/`).toBe(200);
          const html = await res.text();
          expect(html, `${prefix}${kind}/${r.id}/ names its record`).toContain(`<link rel=canonical href="${SITE}${prefix}${kind}/${r.id}/">`);
        }
      }
    }
  });
});

test("each page is a proper document: title, description, canonical, alternates, OpenGraph, Twitter card, preview image", async ({ page, request }) => {
  await page.goto("./people/ilya-sutskever/");
  await expect(page).toHaveTitle("Ilya Sutskever · Exodus");
  const meta = (sel) => page.locator(sel).first().getAttribute("content");
  const description = await meta("meta[name=description]");
  expect(description).toMatch(/^Ilya Sutskever \(left \d+ \w+ \d{4}\) → Safe Superintelligence/);
  expect(description.length).toBeLessThanOrEqual(240);
  await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", `${SITE}people/ilya-sutskever/`);
  await expect(page.locator("link[rel=alternate][hreflang=zh-Hant]")).toHaveAttribute("href", `${SITE}zh-Hant/people/ilya-sutskever/`);
  await expect(page.locator("link[rel=alternate][hreflang=x-default]")).toHaveAttribute("href", `${SITE}people/ilya-sutskever/`);
  expect(await meta("meta[property='og:title']")).toBe("Ilya Sutskever · Exodus");
  expect(await meta("meta[property='og:description']")).toBe(description);
  expect(await meta("meta[property='og:url']")).toBe(`${SITE}people/ilya-sutskever/`);
  expect(await meta("meta[property='og:type']")).toBe("profile");
  expect(await meta("meta[name='twitter:card']")).toBe("summary_large_image");
  const image = await meta("meta[property='og:image']");
  expect(image).toBe(`${SITE}previews/people/ilya-sutskever.png`);
  const png = await request.get(image);
  expect(png.status()).toBe(200);
  const bytes = await png.body();
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);

  // A company: founders and the latest valuation with its as-of date.
  await page.goto("./zh-Hant/companies/anthropic/");
  await expect(page).toHaveTitle("Anthropic · Exodus");
  expect(await meta("meta[name=description]")).toMatch(/^Anthropic。共同創辦人：.*最新估值：.*，截至/);
  await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", `${SITE}zh-Hant/companies/anthropic/`);
  expect(await meta("meta[property='og:locale']")).toBe("zh_TW");
  // A list: the site's description, a plain card.
  await page.goto("./timeline/");
  await expect(page).toHaveTitle("The exodus over time · Exodus");
  expect(await meta("meta[name='twitter:card']")).toBe("summary");
});

test("the sitemap lists every page in both languages, and robots.txt points to it", async ({ request }) => {
  const robots = await (await request.get("./robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${SITE}sitemap.xml`);
  const xml = await (await request.get("./sitemap.xml")).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const perLang = 2 + people.length + orgs.length + 4;
  expect(locs).toHaveLength(2 * perLang);
  expect(locs).toContain(SITE);
  expect(locs).toContain(`${SITE}zh-Hant/people/jan-leike/`);
  expect(new Set(locs).size).toBe(locs.length);
  for (const loc of locs.slice(0, 12)) expect((await request.get(loc)).status(), loc).toBe(200);
});

test("an unknown path gets the 404 page, which says so and offers search and the lists", async ({ page, explorer, problems }) => {
  const res = await page.goto("./people/nobody-at-all/");
  expect(res.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Page not found");
  await expect(page.locator("meta[name=robots]")).toHaveAttribute("content", "noindex");
  await page.getByRole("searchbox").fill("leike");
  await page.getByRole("button", { name: /Search/ }).click();
  await expect(page).toHaveURL(`${SITE}?q=leike`);
  await appReady(page);
  await expect(explorer.card("Jan Leike")).toBeVisible();
  expect(await explorer.cards.count()).toBeLessThan(people.length);
  await page.goto("./no/such/page");
  await page.getByRole("link", { name: "前 OpenAI 成員創辦的公司" }).click();
  await expect(page).toHaveURL(`${SITE}zh-Hant/companies/`);
  // The two 404 responses were the point of the test.
  const expected = (p) => /HTTP 404: .*(nobody-at-all|no\/such\/page)|status of 404/.test(p);
  expect(problems.filter(expected)).toHaveLength(4);
  problems.splice(0, problems.length, ...problems.filter((p) => !expected(p)));
});

test("old hash links open the right page at its path", async ({ page, explorer }) => {
  await explorer.openLegacy("#/companies/anthropic?lang=zh-Hant");
  await expect(page).toHaveURL(`${SITE}zh-Hant/companies/anthropic/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anthropic");
  await explorer.openLegacy("#/flow?reason=safety&from=2024&lang=en");
  await expect(page).toHaveURL(`${SITE}flow/?reason=safety&from=2024`);
  await expect(page.getByLabel("Safety concerns")).toBeChecked();
});

test("Back and Forward move across paths with their query state", async ({ page, explorer }) => {
  await explorer.open("./?q=leike");
  await expect(explorer.card("Jan Leike")).toBeVisible();
  await page.evaluate(() => (window.__stayed = true));
  await explorer.card("Jan Leike").getByRole("link", { name: /Jan Leike/ }).click();
  await expect(page).toHaveURL(`${SITE}people/jan-leike/?q=leike`);
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Flow" }).click();
  await expect(page).toHaveURL(`${SITE}flow/`);
  await page.getByLabel("Safety concerns").check();
  await expect(page).toHaveURL(`${SITE}flow/?reason=safety`);
  await page.goBack();
  await expect(page).toHaveURL(`${SITE}flow/`);
  await expect(page.getByLabel("Safety concerns")).not.toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(`${SITE}people/jan-leike/?q=leike`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jan Leike");
  await page.goBack();
  await expect(page).toHaveURL(`${SITE}?q=leike`);
  await expect(explorer.search).toHaveValue("leike");
  for (let i = 0; i < 3; i++) await page.goForward();
  await expect(page).toHaveURL(`${SITE}flow/?reason=safety`);
  await expect(page.getByLabel("Safety concerns")).toBeChecked();
  // Moving between pages did not load a page: the app stayed.
  expect(await page.evaluate(() => window.__stayed)).toBe(true);
});

for (const [width, height] of [
  [1366, 900],
  [375, 800],
]) {
  test.describe(`at ${width} × ${height}`, () => {
    test.use({ viewport: { width, height } });

    for (const path of ["", "zh-Hant/", "people/jan-leike/", "timeline/", "zh-Hant/flow/"]) {
      test(`the page loads and the app takes over /${path} without a layout shift`, async ({ page }) => {
        // A slow device (CPU 6x slower): the browser may paint a page still
        // arriving, unless the page blocks its first paint until its content
        // has been read (index.html's `<link rel=expect>`), which must name
        // the page itself.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
        await page.addInitScript(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({
            type: "layout-shift",
            buffered: true,
          });
        });
        await page.goto(`./${path}`);
        await appReady(page);
        // Two frames after the app's first render.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const shifts = await page.evaluate(() => window.__shifts);
        expect(shifts.reduce((a, b) => a + b, 0), JSON.stringify(shifts)).toBe(0);
        const expected = await page.evaluate(() => {
          const link = document.querySelector('link[rel="expect"][blocking="render"]');
          return link && new URL(link.getAttribute("href"), document.baseURI).href;
        });
        expect(expected).toBe(`${SITE}${path}#site-footer`);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
      });
    }

    for (const path of ["", "zh-Hant/"]) {
      test(`the first card starts on the first screen: /${path}`, async ({ page }) => {
        await page.goto(`./${path}`);
        await appReady(page);
        const top = await page.locator("ul.cards > li").first().evaluate((e) => e.getBoundingClientRect().top);
        expect(top).toBeLessThan(height);
        // The headline figures' disclosures start closed.
        await expect(page.locator(".figures details[open]")).toHaveCount(0);
      });
    }
  });
}

for (const [path, en, zh] of ROUTES) {
  for (const lang of ["en", "zh-Hant"]) {
    const at = lang === "en" ? path : `zh-Hant/${path}`;
    test(`opens by its path with JavaScript: /${at}`, async ({ page }) => {
      await page.goto(`./${at}`);
      await appReady(page);
      await expect(page).toHaveURL(`${SITE}${at}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const heading = lang === "en" ? en : zh;
      if (heading) await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.locator(".search, .page-tools").first()).toBeVisible();
    });
  }
}

test.describe("taking over", () => {
  // The wasm is held back by routing its request: no service worker.
  test.use({ serviceWorkers: "block" });

  test("the app adopts the prerendered page (hydration) and replaces a page of another view", async ({ page }) => {
    // Hold the wasm back until the prerendered page is marked.
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    const mark = () => {
      document.querySelector("h1").dataset.mark = "prerendered";
      document.querySelector(".site-header").dataset.mark = "prerendered";
    };
    await page.goto("./people/jan-leike/");
    await page.evaluate(mark);
    release();
    await appReady(page);
    // The same elements, now the app's: the pin button works.
    await expect(page.locator("h1[data-mark=prerendered]")).toHaveText("Jan Leike");
    await expect(page.locator(".site-header[data-mark=prerendered]")).toHaveCount(1);
    await page.locator("main button.pin").first().click();
    await expect(page.locator("main button.pin").first()).toHaveAttribute("aria-pressed", "true");
    await page.locator("main button.pin").first().click();

    // A query the page was not rendered with: the app draws its own view.
    let releaseAgain;
    const heldAgain = new Promise((r) => (releaseAgain = r));
    await page.unroute(/_bg\.wasm$/);
    await page.route(/_bg\.wasm$/, async (route) => {
      await heldAgain;
      await route.continue();
    });
    await page.goto("./?q=leike");
    await page.evaluate(mark);
    releaseAgain();
    await appReady(page);
    await expect(page.locator(".site-header[data-mark=prerendered]")).toHaveCount(0);
    await expect(page.locator("#search")).toHaveValue("leike");
  });
});

// Over a prerendered page showing the address's view, the app starts on the
// reader's first interaction (scripts/defer-start.mjs): reading costs no
// main-thread time, and the interaction itself is handled by the app.
test.describe("the app starts on the reader's first interaction", () => {
  /// Holds the wasm's download until the returned function is called.
  async function holdWasm(page) {
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    return release;
  }

  for (const path of ["timeline/", "zh-Hant/timeline/"]) {
    test(`a page the reader only reads runs no app; the first click is the app's: /${path}`, async ({ page }) => {
      const wasm = page.waitForResponse(/_bg\.wasm$/);
      await page.goto(`./${path}`);
      await (await wasm).finished();
      await page.waitForTimeout(500);
      await expect(page.locator("html[data-app]")).toHaveCount(0);
      const first = page.locator(".chart-controls input[type=checkbox]").first();
      const kind = await first.getAttribute("data-value");
      await first.click();
      await expect(page.locator("html[data-app]")).toHaveCount(1);
      await expect(page).toHaveURL(`${SITE}${path}?kind=${kind}`);
      await expect(first).toBeChecked();
      const kinds = await page.locator(".tl-list li").evaluateAll((ls) => [...new Set(ls.map((l) => l.dataset.kind))]);
      expect(kinds).toEqual([kind]);
    });
  }

  test("a tap (no pointer hovering first) starts the app, which handles it", async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 375, height: 800 }, baseURL: SITE });
    const page = await context.newPage();
    const wasm = page.waitForResponse(/_bg\.wasm$/);
    await page.goto("./people/jan-leike/");
    await (await wasm).finished();
    await page.waitForTimeout(300);
    await expect(page.locator("html[data-app]")).toHaveCount(0);
    await page.getByRole("button", { name: /Theme/ }).tap();
    await expect(page.locator("html[data-app]")).toHaveCount(1);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await context.close();
  });

  test("a mouse over one of the app's controls starts it, ahead of the click", async ({ page }) => {
    const wasm = page.waitForResponse(/_bg\.wasm$/);
    await page.goto("./people/jan-leike/");
    await (await wasm).finished();
    await page.locator("h1").hover();
    await page.waitForTimeout(300);
    await expect(page.locator("html[data-app]")).toHaveCount(0);
    await page.getByRole("button", { name: /Theme/ }).hover();
    await expect(page.locator("html[data-app]")).toHaveCount(1);
  });

  test("a click on a control before the app is ready is replayed once it runs", async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto("./timeline/");
    const first = page.locator(".chart-controls input[type=checkbox]").first();
    const kind = await first.getAttribute("data-value");
    await first.click();
    // Held, not toggled by the browser alone.
    await expect(first).not.toBeChecked();
    release();
    await expect(page).toHaveURL(`${SITE}timeline/?kind=${kind}`);
    await expect(first).toBeChecked();
    const kinds = await page.locator(".tl-list li").evaluateAll((ls) => [...new Set(ls.map((l) => l.dataset.kind))]);
    expect(kinds).toEqual([kind]);
  });

  test("text typed before the app is ready is kept and searched", async ({ page, explorer }) => {
    const release = await holdWasm(page);
    await page.goto("./");
    await explorer.search.click();
    await page.keyboard.type("leike");
    release();
    await expect(page).toHaveURL(`${SITE}?q=leike`);
    await expect(explorer.search).toHaveValue("leike");
    await expect(explorer.card("Jan Leike")).toBeVisible();
    expect(await explorer.cards.count()).toBeLessThan(people.length);
  });

  test("a reader's stored preference starts the app at once", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("exodus.theme", "dark"));
    await page.goto("./people/jan-leike/");
    // No interaction: the stored theme must show without one.
    await expect(page.locator("html[data-app]")).toHaveCount(1);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  });
});
