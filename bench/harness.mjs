// What the browser benchmarks share: a build checked to exist, served by
// the test server under a sub-path, and Debian's Chromium (no downloads).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/// Exits with a message unless every folder holds a build.
export function requireBuilds(dirs, hint) {
  for (const dir of dirs) {
    if (!existsSync(`${dir}/index.html`)) {
      console.error(`no build in ${dir}: ${hint}`);
      process.exit(1);
    }
  }
}

/// Serves `dir` at http://127.0.0.1:<port><base> (e2e/serve.mjs) and
/// launches Chromium with `args` added; `close()` stops both.
export async function serveAndLaunch(dir, port, base, args = []) {
  const server = spawn("node", ["e2e/serve.mjs", dir, String(port), base], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", ...args],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      server.kill();
    },
  };
}

/// The middle value (the upper one of an even count).
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
