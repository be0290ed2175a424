// The smoke suite in Firefox ESR, through WebDriver (geckodriver), on the
// same release build as the Playwright suite: load, search, facet, open a
// record, switch language, every chart view, export. Playwright cannot drive
// Debian's Firefox, so this uses selenium-webdriver with the machine's
// geckodriver and firefox-esr (no driver or browser downloads).
//
//   node --test e2e/firefox/     (after `trunk build --release`; make test-e2e runs it)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { Builder, By, Key, until } from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";
import { toPath } from "../paths.js";

const PORT = 4175;
const BASE = `http://127.0.0.1:${PORT}/exodus/`;
const WAIT = 15_000;
const downloads = mkdtempSync(join(tmpdir(), "exodus-firefox-"));
let server;
let driver;

/// The first executable of that name on PATH (selenium would otherwise ask
/// its Selenium Manager, which downloads).
function which(name) {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    try {
      if (readdirSync(dir).includes(name)) return join(dir, name);
    } catch {
      // A PATH entry that does not exist.
    }
  }
  throw new Error(`${name} is not on PATH (run scripts/setup.sh --test)`);
}

before(async () => {
  server = spawn("node", ["e2e/serve.mjs", "dist", String(PORT), "/exodus/"], { stdio: "ignore" });
  const options = new firefox.Options()
    .setBinary(process.env.FIREFOX_PATH || "/usr/bin/firefox-esr")
    .addArguments("-headless")
    .setPreference("browser.download.folderList", 2)
    .setPreference("browser.download.dir", downloads)
    .setPreference("browser.download.useDownloadDir", true)
    .setPreference("browser.download.always_ask_before_handling_new_types", false)
    .setPreference("browser.helperApps.neverAsk.saveToDisk", "text/csv,application/json")
    .setPreference("intl.accept_languages", "en-US, en");
  driver = await new Builder()
    .forBrowser("firefox")
    .setFirefoxOptions(options)
    .setFirefoxService(new firefox.ServiceBuilder(which("geckodriver")))
    .build();
  await driver.manage().window().setRect({ width: 1366, height: 900 });
});

after(async () => {
  await driver?.quit();
  server?.kill();
});

const $ = (css) => driver.wait(until.elementLocated(By.css(css)), WAIT);
const count = async () => Number((await (await $("#result-count")).getText()).match(/^(\d+)/)[1]);

/// Opens a view and checks that the app started (no failure panel) and that
/// no policy violation or page error happened since the page loaded.
async function open(link) {
  // A fresh page each time, opened at the view's page path (see toPath);
  // then start the app as a reader would (it starts on the first
  // interaction over a prerendered page: a press of Shift, which the app
  // ignores) and wait for it to take over.
  await driver.get("about:blank");
  await driver.get(`${BASE}${toPath(link)}`);
  await driver.actions().keyDown(Key.SHIFT).keyUp(Key.SHIFT).perform();
  await $("html[data-app]");
  await $("main");
  await assertHealthy();
}

async function assertHealthy() {
  const failed = await driver.findElements(By.css(".failure, .boot-failed:not([hidden])"));
  const visible = [];
  for (const f of failed) if (await f.isDisplayed()) visible.push(await f.getText());
  assert.deepEqual(visible, [], "a failure panel is shown");
}

test("loads under a sub-path and shows cards", async () => {
  await open("");
  await driver.wait(until.elementsLocated(By.css("ul.cards > li > article")), WAIT);
  assert.ok((await count()) > 40);
  assert.equal(await driver.executeScript("return document.documentElement.lang"), "en");
});

test("search filters as you type", async () => {
  await open("#/people");
  const all = await count();
  await (await $("#search")).sendKeys("leike");
  await driver.wait(async () => (await count()) < all, WAIT);
  const titles = await driver.findElements(By.css("ul.cards article h3"));
  const names = await Promise.all(titles.map((t) => t.getText()));
  assert.ok(names.some((n) => n.includes("Jan Leike")), names.join(", "));
  assert.match(await driver.getCurrentUrl(), /q=leike/);
});

test("a facet filters and lands in the URL", async () => {
  await open("#/people");
  const all = await count();
  await (await $('input[data-facet="went-to"][data-value="anthropic"]')).click();
  await driver.wait(async () => (await count()) < all, WAIT);
  assert.match(await driver.getCurrentUrl(), /went-to=anthropic/);
});

test("a card opens its record", async () => {
  await open("#/people?q=schulman");
  await (await $("#card-john-schulman")).click();
  await driver.wait(async () => /\/exodus\/people\/john-schulman\//.test(await driver.getCurrentUrl()), WAIT);
  await driver.wait(async () => (await (await $("main h1")).getText()).includes("John Schulman"), WAIT);
  // Claims and their sources are on the page.
  assert.ok((await driver.findElements(By.css("main a[href^='https://']"))).length > 0);
});

test("switching the language changes the interface and <html lang>", async () => {
  await open("#/people");
  await (await $("#lang option[value='zh-Hant']")).click();
  await driver.wait(async () => (await driver.executeScript("return document.documentElement.lang")) === "zh-Hant", WAIT);
  await driver.wait(async () => /人/.test(await (await $("#result-count")).getText()), WAIT);
  assert.match(await driver.getCurrentUrl(), /\/exodus\/zh-Hant\/$/);
});

test("the methods page adopts its prerendered text, and loads it when the app draws the page", async () => {
  // The prerendered page: the app takes over its text.
  await open("methods/");
  await $("#methods-totals");
  // Reached from another view: the app loads the text (methods.en.html).
  await open("");
  await (await $("nav a[href='methods/']")).click();
  await driver.wait(async () => /\/exodus\/methods\/$/.test(await driver.getCurrentUrl()), WAIT);
  const heading = await $("#methods-totals");
  assert.equal(await heading.getText(), "How totals are counted");
  assert.ok((await driver.findElements(By.css(".methods section"))).length >= 8);
  await assertHealthy();
});

for (const view of ["timeline", "flow", "founders"]) {
  test(`the ${view} view draws its chart and its table`, async () => {
    await open(`#/${view}?lang=en`);
    await driver.wait(until.elementsLocated(By.css("main svg")), WAIT);
    const svgs = await driver.findElements(By.css("main svg"));
    const text = await driver.executeScript("return [...document.querySelectorAll('main svg')].map(s => s.textContent).join(' ')");
    assert.ok(svgs.length > 0 && text.trim().length > 0, `${view} draws nothing`);
    // Beside each drawing, the same data as a table or a list.
    assert.ok((await driver.findElements(By.css("main table, main ol, main ul"))).length > 0, `${view} has no table`);
  });
}

test("export writes a CSV of the cards on screen", async () => {
  await open("#/people?went-to=anthropic&lang=en");
  const shown = await count();
  const button = await driver.wait(until.elementLocated(By.xpath("//button[normalize-space()='Export CSV']")), WAIT);
  await button.click();
  let file;
  // Firefox writes a .part file first and renames it when done.
  await driver.wait(() => {
    const files = readdirSync(downloads);
    file = files.find((f) => /^exodus-people-.*\.csv$/.test(f));
    return Boolean(file) && !files.some((f) => f.endsWith(".part"));
  }, WAIT);
  const rows = parse(readFileSync(join(downloads, file), "utf8"), { bom: true });
  assert.equal(rows.length - 1, shown, "one row per card on screen");
  assert.ok(rows.slice(1).every((r) => r[0] && r.length === rows[0].length));
  await assertHealthy();
});
