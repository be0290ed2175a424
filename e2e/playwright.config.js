// End-to-end tests against the release build in dist/, served under a
// sub-path like a static host, in Debian's Chromium (no browser downloads).
import { defineConfig } from "@playwright/test";

const port = 4173;
// The build under test: dist/ unless E2E_DIST names another build folder.
const dist = process.env.E2E_DIST || "dist";
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
      ],
    },
  },
  webServer: {
    command: `node e2e/serve.mjs ${dist} ${port} /exodus/`,
    cwd: "..",
    url: `http://127.0.0.1:${port}/exodus/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
