// Taking a view away: copy link, cite, embed, chart downloads, the dataset
// files beside the app, and offline use through the service worker.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { parse } from "csv-parse/sync";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { test, expect, appReady } from "./fixtures.js";
import { writeServiceWorker } from "../scripts/service-worker.mjs";

const version = JSON.parse(readFileSync("data/version.json", "utf8")).version;

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
});

const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

test("copy link copies the exact current view", async ({ page, explorer }) => {
  await explorer.open("#/people?went-to=anthropic&sort=name&lang=en");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toHaveCount(1);
  expect(await clipboard(page)).toBe(page.url());
});

test("cite gives a short, a long and a BibTeX citation of a record, with version and access day", async ({ page, explorer }) => {
  await explorer.open("#/people/john-schulman?lang=en");
  await page.locator("details.cite summary").click();
  const short = await page.locator('pre[data-kind="short"]').textContent();
  expect(short).toContain("“John Schulman”");
  expect(short).toContain(`Exodus dataset v${version}`);
  expect(short).toContain(page.url());
  expect(short).toMatch(/\(accessed \d{1,2} \w+ \d{4}\)\.$/);
  const long = await page.locator('pre[data-kind="long"]').textContent();
  expect(long).toContain(`dataset version ${version}`);
  expect(long).toContain("Record “john-schulman”");
  expect(long).toContain("CC BY 4.0");
  const bib = await page.locator('pre[data-kind="bibtex"]').textContent();
  expect(bib).toMatch(/^@misc\{exodus-john-schulman-\d{4},\n/);
  expect(bib).toContain(`url = {${page.url()}}`);
  expect(bib).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
  // Each copy button copies its own text, named in sentence case (a
  // name's own capitals kept).
  await expect(page.getByRole("button", { name: "Copy the short citation", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Copy the BibTeX entry", exact: true }).click();
  await expect.poll(() => clipboard(page)).toBe(bib);
});

test("a view is cited by its heading, in Chinese too", async ({ page, explorer }) => {
  await explorer.open("#/timeline?lang=zh-Hant");
  await page.locator("details.cite summary").click();
  const short = await page.locator('pre[data-kind="short"]').textContent();
  const heading = await page.locator("main h1").textContent();
  expect(short).toContain(`〈${heading}〉`);
  expect(short).toContain(`Exodus 資料集 ${version} 版`);
  expect(short).toContain("存取）");
  expect(await page.locator('pre[data-kind="long"]').textContent()).not.toContain("紀錄");
  // The BibTeX key stays ASCII: the view's key, not its Chinese heading.
  expect(await page.locator('pre[data-kind="bibtex"]').textContent()).toMatch(/^@misc\{exodus-timeline-\d{4},\n/);
});

test("embed mode hides the site's chrome, links back and reports its height", async ({ page, explorer }) => {
  await explorer.open("#/flow?lang=en");
  await page.locator("details.embed summary").click();
  const snippet = await page.locator("pre.embed-code").textContent();
  const src = snippet.match(/<iframe src="([^"]+)"/)[1];
  expect(src).toBe(`${page.url()}?embed=1`);
  // Another site's page (another origin: localhost, not 127.0.0.1) that
  // embeds the view with the snippet as it is.
  await page.route("http://localhost:4173/host.html", (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><title>Host</title><body>${snippet}</body>` }),
  );
  await page.goto("http://localhost:4173/host.html");
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("main h1")).toHaveText("Where people went");
  await expect(frame.locator(".site-header")).toHaveCount(0);
  await expect(frame.locator(".site-footer")).toBeHidden();
  await expect(frame.locator(".page-tools")).toHaveCount(0);
  const back = frame.getByRole("link", { name: /open the full view/ });
  await expect(back).toHaveAttribute("href", /^flow\/$/);
  // The snippet's script sized the frame to the reported height.
  await expect
    .poll(() => page.locator("iframe").evaluate((f) => parseInt(f.style.height, 10) || 0))
    .toBeGreaterThan(700);
});

test("a chart downloads as SVG with its title, filters, source line and address, and as a 2x PNG", async ({ page, explorer }) => {
  await explorer.open("#/flow?lang=en&reason=safety");
  const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download SVG of this chart" }).click()]);
  expect(svg.suggestedFilename()).toMatch(/^exodus-flow-\d{4}-\d{2}-\d{2}\.svg$/);
  const text = readFileSync(await svg.path(), "utf8");
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(text).toContain("<title>Where people went</title>");
  expect(text).toContain(">Reason: Safety concerns</text>");
  expect(text).toContain(`>Source: Exodus dataset, CC BY 4.0 · data version ${version}</text>`);
  expect(text).toContain(`>${page.url().replaceAll("&", "&amp;")}</text>`);
  // Styles travel with the file: marks carry their colours as attributes.
  expect(text).toMatch(/<path[^>]+fill="rgb/);

  const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download PNG of this chart" }).click()]);
  expect(png.suggestedFilename()).toMatch(/^exodus-flow-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = readFileSync(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width and height, big-endian, at bytes 16 and 20: twice the drawing.
  expect(bytes.readUInt32BE(16)).toBe(2000);
  expect(bytes.readUInt32BE(20)).toBeGreaterThan(400);
});

test("every drawing offers both downloads, in Chinese too", async ({ page, explorer }) => {
  for (const hash of ["#/timeline", "#/flow", "#/founders", "#/companies/anthropic", "#/companies"]) {
    await explorer.open(`${hash}?lang=zh-Hant`);
    const figures = page.locator("main figure.chart");
    const n = await figures.count();
    if (hash === "#/companies") {
      // The comparison of latest valuations.
      expect(n).toBeGreaterThan(0);
    }
    for (let i = 0; i < n; i++) {
      await expect(figures.nth(i).getByRole("button", { name: "下載 SVG（此圖表）" })).toHaveCount(1);
      await expect(figures.nth(i).getByRole("button", { name: "下載 PNG（此圖表）" })).toHaveCount(1);
    }
  }
  const [svg] = await Promise.all([page.waitForEvent("download"), page.locator("main figure.chart").first().getByRole("button", { name: "下載 SVG（此圖表）" }).click()]);
  expect(readFileSync(await svg.path(), "utf8")).toContain(`資料來源：Exodus 資料集，CC BY 4.0 · 資料版本 ${version}`);
});

test("the dataset files beside the app parse and match the data the app shows", async ({ page, explorer, request }) => {
  await explorer.open("#/people?lang=en");
  // "Download the whole dataset" saves the published file under its version.
  // (That file equals data/ natively: crates/exodus-core/tests/data.rs
  // reads it back as the same records, tests/bundle.rs compares the
  // compiled data with data/.)
  const [whole] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /whole dataset/ }).click()]);
  expect(whole.suggestedFilename()).toBe(`exodus-dataset-${version}.json`);
  const downloaded = JSON.parse(readFileSync(await whole.path(), "utf8"));
  const published = await (await request.get("./data/exodus-dataset.json")).json();
  expect(published.version).toBe(version);
  expect(published.released).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  for (const table of ["people", "organisations", "events", "sources", "claims", "figures", "waves"]) {
    expect(published[table], table).toEqual(downloaded[table]);
  }
  // It is the data the app shows: every person the app lists, by id.
  const shown = await page.locator("#result-count").textContent();
  expect(shown).toMatch(new RegExp(`^${published.people.length} people`));
  const ids = await page.locator("ul.cards article h3 a").evaluateAll((as) => as.map((a) => a.id.replace(/^card-/, "")));
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.every((id) => published.people.some((p) => p.id === id))).toBe(true);
  const pkg = await (await request.get("./datapackage.json")).json();
  expect(pkg.version).toBe(version);
  expect(pkg.licenses[0].name).toBe("CC-BY-4.0");
  for (const r of pkg.resources.filter((r) => r.format === "csv")) {
    const rows = parse(await (await request.get(`./${r.path}`)).text(), { bom: true, relax_column_count: false });
    expect(rows[0]).toEqual(r.schema.fields.map((f) => f.name));
    const ids = rows.slice(1).map((row) => row[0]);
    const table = r.name === "companies" ? "organisations" : r.name;
    const expected = published[table].filter((x) => r.name !== "companies" || x.kind === "spinout").map((x) => x.id);
    expect(ids.sort(), r.path).toEqual(expected.sort());
    expect(rows.slice(1).every((row) => row.at(-1) === version)).toBe(true);
  }
});

test("after one visit the app works offline: reload, the dataset, a record, a chart and the methods text", async ({ page, context, explorer }) => {
  await explorer.open("#/people?lang=en");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  await context.setOffline(true);
  try {
    await page.reload();
    // The prerendered cards show before the app starts: wait for it.
    await explorer.ready();
    await expect(explorer.cards.first()).toBeVisible();
    // The whole dataset's file, which "Download the whole dataset" links
    // to, is in the offline cache, where the service worker answers it from
    // offline. Playwright's offline mode does not reach downloads, so the
    // cache itself is checked.
    const href = await page.getByRole("link", { name: /whole dataset/ }).getAttribute("href");
    const cached = await page.evaluate(async (href) => {
      const hit = await caches.match(new URL(href, document.baseURI).href);
      return hit ? (await hit.json()).version : null;
    }, href);
    expect(cached).toBe(version);
    await page.goto("./#/people/john-schulman?lang=en");
    await expect(page.locator("main h1")).toHaveText("John Schulman");
    await page.goto("./#/timeline?lang=en");
    await expect(page.locator("main figure.chart svg")).toBeVisible();
    // The methods page's text, which the app loads when it draws the page.
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Methods" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "How totals are counted" })).toBeVisible();
    // A new tab, offline, opens the app from the cache too.
    const other = await context.newPage();
    await other.goto("./#/flow?lang=en");
    await expect(other.locator("main h1")).toHaveText("Where people went");
    await other.close();
  } finally {
    await context.setOffline(false);
  }
});

test("a new release replaces the cached files whole and says it was updated", async ({ browser }) => {
  // A copy of the build, served on its own port, that the test can release
  // a new version of.
  const dir = "target/e2e-release";
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync("dist", dir, { recursive: true });
  const server = spawn("node", ["e2e/serve.mjs", dir, "4177", "/exodus/"], { stdio: "ignore" });
  const context = await browser.newContext();
  try {
    await new Promise((r) => setTimeout(r, 500));
    const page = await context.newPage();
    await page.goto("http://127.0.0.1:4177/exodus/#/people?lang=en");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);
    await expect(page.locator(".notice")).toHaveCount(0);

    // Release: a changed page, and the service worker generated for it.
    const index = `${dir}/index.html`;
    writeFileSync(index, readFileSync(index, "utf8").replace("</body>", "<!-- release 2 --></body>"));
    const { cache } = writeServiceWorker(dir);
    expect(before).not.toContain(cache);

    await page.reload();
    await appReady(page);
    await expect(page.locator(".notice")).toContainText("updated since your last visit");
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([cache]);
    expect(await page.content()).toContain("<!-- release 2 -->");
  } finally {
    await context.close();
    server.kill();
  }
});

test("the app is installable: manifest, icon and service worker pass Chromium's checks", async () => {
  // A persistent profile: the test's usual contexts are incognito, where
  // Chromium never offers installation.
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "exodus-install-")), {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto("http://127.0.0.1:4173/exodus/#/people?lang=en");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data).short_name).toBe("Exodus");
    expect((await cdp.send("Page.getInstallabilityErrors")).installabilityErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

for (const lang of ["en", "zh-Hant"]) {
  test(`the share, cite, embed and download controls have no axe violations (${lang})`, async ({ page, explorer }) => {
    await explorer.open(`#/timeline?lang=${lang}`);
    await page.locator("details.cite summary").click();
    await page.locator("details.embed summary").click();
    await explorer.axe();
  });
}
