// Release builds: when the app starts. Trunk's start-up script imports the
// JS glue and instantiates the wasm at once, so on a prerendered page the
// app's start (decoding the data, then hydrating the page) competes with
// the page reaching the screen, and blocks the main thread for tens of
// milliseconds (hundreds on a slow phone) while the reader only reads.
//
// This replaces Trunk's inline start-up module (keeping what it exposes:
// `window.wasmBindings` and the `TrunkApplicationStarted` event) with one
// that:
//   1. waits for the page to load and report its first contentful paint,
//      then two frames (three seconds at most: a hidden tab paints nothing);
//   2. imports the glue and compiles the wasm (streaming compilation runs
//      off the main thread);
//   3. starts the app on the reader's first interaction (pointer down,
//      touch, key, focus), synchronously inside that event, so the app's
//      listeners are in place before the event reaches them (the "click"
//      that follows a pointer down is handled by the app); or as a mouse
//      comes over one of the app's controls, so that the start (about
//      100 ms on a desktop, see bench/first-input.mjs) is usually over
//      before the click;
//   4. or at once when the page alone is not the view: the address has a
//      query or an old `#/` link, names another path than the page's
//      (`<div id=app data-page>`; the offline fallback serves the home page
//      for any path), or the reader has stored preferences (theme,
//      language, pins) that the page must show.
// A click on one of the app's controls, or text typed into a field, in the
// moment between an early interaction and the end of compilation is
// replayed once the app runs.
//
// Run by scripts/post-build.mjs before the Content Security Policy hashes
// the script.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const GLUE = /import init, \* as bindings from '([^']+)';/;
const WASM = /module_or_path: '([^']+)'/;

/// The start-up module for the glue at `glue` and the wasm at `wasm`
/// (both relative to the page's base address).
export function startScript(glue, wasm) {
  return `
const triggers = ['pointerdown', 'touchstart', 'keydown', 'focusin'];
const passive = { capture: true, passive: true };
let wanted = false, started = false, go = null;
const want = () => { if (wanted) return; wanted = true; for (const t of triggers) removeEventListener(t, want, passive); removeEventListener('pointerover', hover, passive); if (go) go(); };
const controls = '#app button, #app summary, #app label, #app input, #app select';
const hover = (e) => { if (e.target.closest?.(controls)) want(); };
const held = [];
addEventListener('click', (e) => { if (!wanted || started) return; const c = e.target.closest?.('#app button, #app summary, #app label, #app input[type=checkbox], #app input[type=radio]'); if (c) { e.preventDefault(); held.push(c); } }, true);
const app = document.getElementById('app');
const here = (p) => p.replace(/index\\.html$/, '');
let stored = false;
try { stored = Object.keys(localStorage).some((k) => k.startsWith('exodus.')); } catch {}
const page = app?.dataset.page;
if (page === undefined || stored || location.search || location.hash.startsWith('#/') || here(new URL(page, document.baseURI).pathname) !== here(location.pathname)) want();
else { for (const t of triggers) addEventListener(t, want, passive); addEventListener('pointerover', hover, passive); }
await new Promise((r) => (document.readyState === 'complete' ? r() : addEventListener('load', r, { once: true })));
await new Promise((r) => { const paint = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r))); setTimeout(r, 3000); try { new PerformanceObserver((l, o) => { if (l.getEntriesByName('first-contentful-paint').length) { o.disconnect(); paint(); } }).observe({ type: 'paint', buffered: true }); } catch { paint(); } });
const bindings = await import('${glue}');
const url = new URL('${wasm}', document.baseURI);
const module = await WebAssembly.compileStreaming(fetch(url)).catch(async () => WebAssembly.compile(await (await fetch(url)).arrayBuffer()));
if (!wanted) await new Promise((r) => (go = r));
const typed = [...document.querySelectorAll('#app input[type=search]')].map((i) => [i, i.value]);
const wasmInstance = bindings.initSync({ module });
started = true;
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: wasmInstance } }));
if (typed.length || held.length) await new Promise((r) => setTimeout(r));
for (const [i, v] of typed) if (i.isConnected && v !== i.defaultValue) { i.value = v; i.dispatchEvent(new Event('input', { bubbles: true })); }
for (const c of held) if (c.isConnected) c.click();
`;
}

/// Rewrites dir/index.html's start-up script; fails if Trunk's changed.
export function deferStart(dir) {
  const path = join(dir, "index.html");
  const html = readFileSync(path, "utf8");
  const script = html.match(/<script type=module>([\s\S]*?)<\/script>/);
  const glue = script?.[1].match(GLUE)?.[1];
  const wasm = script?.[1].match(WASM)?.[1];
  if (!glue || !wasm || !/TrunkApplicationStarted/.test(script[1])) {
    throw new Error("defer-start: index.html has no Trunk start-up script importing the glue and the wasm (did Trunk's output change?)");
  }
  writeFileSync(path, html.replace(script[1], () => startScript(glue, wasm)));
  console.log("defer-start: the app starts on the first interaction (or at once when the page is not the view)");
}
