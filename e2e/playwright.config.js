// End-to-end tests against the release build in dist/, served under a
// sub-path like a static host, in Debian's Chromium (no browser downloads).
// Firefox runs its own smoke suite through WebDriver (e2e/firefox/).
import { defineConfig } from "@playwright/test";

const port = 4173;
export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.js$/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${port}/exodus/`,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        // Every test site is on this machine: a host page that embeds the
        // app would otherwise count as a public site framing a local one.
        "--disable-features=LocalNetworkAccessChecks",
      ],
    },
  },
  // The release build, and the same app built over the hostile dataset
  // (`make test-e2e` builds both; see hostile.spec.js).
  webServer: [
    ["dist", port],
    ["target/hostile/dist", port + 1],
  ].map(([dir, p]) => ({
    command: `node e2e/serve.mjs ${dir} ${p} /exodus/`,
    cwd: "..",
    url: `http://127.0.0.1:${p}/exodus/`,
    reuseExistingServer: false,
    timeout: 20_000,
  })),
});
