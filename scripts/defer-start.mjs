// Release builds: the app starts after the page's first paint. Trunk's
// start-up script imports the JS glue statically, so the browser fetches it
// (and then the wasm) while the prerendered page is still on its way to the
// screen, and the two compete. This rewrites the inline start-up module to
// wait for the page to load and paint, then import the glue dynamically; everything
// after the import is Trunk's own. Run by scripts/post-build.mjs before the
// Content Security Policy hashes the script.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const STATIC_IMPORT = /import init, \* as bindings from '([^']+)';/;

/// Rewrites dir/index.html's start-up script; fails if Trunk's changed.
export function deferStart(dir) {
  const path = join(dir, "index.html");
  const html = readFileSync(path, "utf8");
  const script = html.match(/<script type=module>([\s\S]*?)<\/script>/);
  if (!script || !STATIC_IMPORT.test(script[1])) {
    throw new Error("defer-start: index.html has no start-up script importing the glue (did Trunk's output change?)");
  }
  const deferred = script[1].replace(
    STATIC_IMPORT,
    (_, glue) =>
      // The page loaded, then its first contentful paint reported (a long
      // page can take a while to reach the screen after it loads), then
      // two frames; three seconds at most (a hidden tab paints nothing).
      "await new Promise((r) => (document.readyState === 'complete' ? r() : addEventListener('load', r, { once: true })));\n" +
      "await new Promise((r) => { const go = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r))); setTimeout(r, 3000);" +
      " try { new PerformanceObserver((l, o) => { if (l.getEntriesByName('first-contentful-paint').length) { o.disconnect(); go(); } }).observe({ type: 'paint', buffered: true }); } catch { go(); } });\n" +
      `const bindings = await import('${glue}');\nconst init = bindings.default;`,
  );
  writeFileSync(path, html.replace(script[1], () => deferred));
  console.log("defer-start: the app starts after the first paint");
}
