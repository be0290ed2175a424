// The Content Security Policy of the release build.
//
// As a build step (called by scripts/post-build.mjs after the glue is
// minified) `applyCsp(dir)` hashes every inline script of dir/index.html
// (Trunk's start-up script, which names the hashed glue and wasm files),
// writes the policy into a <meta http-equiv="Content-Security-Policy"> at the
// top of the page, and writes the same policy plus `frame-ancestors` (which
// a <meta> cannot carry) to dir/_headers for hosts that read one (Netlify,
// Cloudflare Pages). It fails the build when the page holds something the
// policy would block: an inline style or <style>, an inline event handler,
// a javascript: address.
//
// As a test, `node scripts/csp.mjs --check dist` checks a finished build: one
// policy meta, first in <head>, naming exactly the hashes of its inline
// scripts, no 'unsafe-inline' or 'unsafe-eval', and _headers agreeing; and
// every other page of the build (prerendered pages, 404.html) carrying the
// same policy first, with nothing it would block.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/// Everything except the script hashes. No 'unsafe-inline' anywhere: the
/// interface writes no style attributes and no <style> (the SVG charts use
/// classes and presentation attributes, which CSP does not govern), and the
/// only inline script is Trunk's start-up module, allowed by its hash.
/// 'wasm-unsafe-eval' lets the page compile its WebAssembly and nothing else.
export function policy(scriptHashes) {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes.map((h) => `'${h}'`)].join(" "),
    "style-src 'self'",
    // blob: lets a chart's SVG file be drawn onto a canvas for its PNG.
    "img-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // The 404 page's search form opens the People list with its query.
    "form-action 'self'",
  ].join("; ");
}

/// Directives only an HTTP header can carry. Any site may frame the app:
/// embedding a view (`embed=1`) is a feature, and the app has no action a
/// framing page could trick a reader into (it is read-only).
export const HEADER_ONLY = "frame-ancestors *";

export const sha256 = (text) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

const META_RE = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi;

/// The inline scripts of a page (no src attribute), as their exact text.
export function inlineScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/(^|\s)src\s*=/i.test(m[1])) out.push(m[2]);
  }
  return out;
}

/// What the policy would block in the page's own markup: inline styles,
/// <style> elements, event-handler attributes and javascript: addresses.
export function blockedMarkup(html) {
  const problems = [];
  if (/<style[\s>]/i.test(html)) problems.push("a <style> element (style-src has no 'unsafe-inline')");
  for (const [tag] of html.matchAll(/<[a-zA-Z](?:"[^"]*"|'[^']*'|[^'">])*>/g)) {
    // Attribute names only: a value (escaped text, e.g. a record's name in
    // an aria-label) may say anything.
    const names = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    if (/\sstyle\s*=/i.test(names)) problems.push(`an inline style attribute: ${tag.slice(0, 120)}`);
    if (/\son[a-z]+\s*=/i.test(names)) problems.push(`an inline event handler: ${tag.slice(0, 120)}`);
    if (/\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*javascript:/i.test(tag)) {
      problems.push(`a javascript: address: ${tag.slice(0, 120)}`);
    }
  }
  return problems;
}

/// The policy of `_headers`: the meta's policy and the header-only directives.
export const headerPolicy = (metaPolicy) => `${metaPolicy}; ${HEADER_ONLY}`;

export function headersFile(metaPolicy) {
  return [
    "# Written by scripts/csp.mjs at build time: the page's Content Security Policy",
    "# (also in index.html as a <meta>) plus what only a header can carry.",
    "/*",
    `  Content-Security-Policy: ${headerPolicy(metaPolicy)}`,
    "  X-Content-Type-Options: nosniff",
    "",
  ].join("\n");
}

/// The build step: writes the policy into dir/index.html and dir/_headers.
export function applyCsp(dir) {
  const indexPath = join(dir, "index.html");
  let html = readFileSync(indexPath, "utf8").replace(META_RE, "");
  const problems = blockedMarkup(html);
  if (problems.length > 0) {
    throw new Error(`csp: index.html holds what its policy would block:\n  ${problems.join("\n  ")}`);
  }
  const hashes = [...new Set(inlineScripts(html).map(sha256))];
  const text = policy(hashes);
  const meta = `<meta http-equiv=Content-Security-Policy content="${text}">`;
  // Right after <meta charset>: the policy must come before any script or
  // stylesheet it governs (the minified page has no explicit <head> tag).
  const charset = html.match(/<meta\s+charset[^>]*>/i);
  if (!charset) throw new Error("csp: index.html has no <meta charset> to put the policy after");
  const at = charset.index + charset[0].length;
  html = html.slice(0, at) + meta + html.slice(at);
  writeFileSync(indexPath, html);
  writeFileSync(join(dir, "_headers"), headersFile(text));
  console.log(`csp: ${hashes.length} inline script(s) hashed; policy written to index.html and _headers`);
  return text;
}

/// The methods page's text (exodus_core::methods::file): HTML the app loads
/// into its page, not a page. The policy of the page holding it applies;
/// the check is that it holds nothing that policy would block.
const FRAGMENT = /^methods\.[\w-]+\.html$/;

/// Every .html file under dir, as paths relative to it.
function htmlFiles(dir, sub = "") {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(dir, join(sub, e.name)) : e.name.endsWith(".html") ? [join(sub, e.name)] : [],
  );
}

/// The test: returns the problems of a finished build (empty when sound).
/// index.html is checked in full; every other page (the prerendered pages
/// and 404.html) must carry the same policy, first, and nothing it blocks.
export function checkBuild(dir) {
  const problems = checkPage(dir, "index.html");
  if (problems.length > 0) return problems;
  const policyOf = (html) => [...html.matchAll(META_RE)].map((m) => m[0]);
  const [indexMeta] = policyOf(readFileSync(join(dir, "index.html"), "utf8"));
  const pages = htmlFiles(dir).filter((f) => f !== "index.html");
  for (const page of pages) {
    const html = readFileSync(join(dir, page), "utf8");
    if (FRAGMENT.test(page)) {
      if (/<script\b/i.test(html)) problems.push(`${page}: a script in text the app loads`);
      problems.push(...blockedMarkup(html).map((p) => `${page}: ${p}`));
      continue;
    }
    const metas = policyOf(html);
    if (metas.length !== 1 || metas[0] !== indexMeta) problems.push(`${page}: its policy is not index.html's`);
    else if (html.indexOf(metas[0]) > html.search(/<script\b|<link\b/i)) problems.push(`${page}: the policy comes after a script or link`);
    const hashes = inlineScripts(html).map((t) => `'${sha256(t)}'`);
    for (const h of hashes) if (!metas[0]?.includes(h)) problems.push(`${page}: an inline script outside the policy (${h})`);
    problems.push(...blockedMarkup(html.replace(META_RE, "")).map((p) => `${page}: ${p}`));
  }
  return problems;
}

function checkPage(dir, name) {
  const problems = [];
  const html = readFileSync(join(dir, name), "utf8");
  const metas = [...html.matchAll(META_RE)].map((m) => m[0]);
  if (metas.length !== 1) return [`${name} has ${metas.length} Content-Security-Policy metas, not 1`];
  const content = metas[0].match(/content=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i);
  const text = content ? (content[1] ?? content[2] ?? content[3]) : "";
  const firstScript = html.search(/<script\b|<link\b/i);
  if (html.indexOf(metas[0]) > firstScript) problems.push("the policy meta comes after a script or link it governs");
  const directives = new Map(
    text.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]),
  );
  const want = {
    "default-src": ["'self'"],
    "style-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  };
  for (const [name, values] of Object.entries(want)) {
    if (JSON.stringify(directives.get(name)) !== JSON.stringify(values)) {
      problems.push(`${name} is ${JSON.stringify(directives.get(name))}, expected ${JSON.stringify(values)}`);
    }
  }
  const scripts = directives.get("script-src") ?? [];
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "blob:", "http:", "https:"]) {
    for (const [name, values] of directives) {
      if (values.includes(bad) && (name === "script-src" || bad.startsWith("'unsafe"))) {
        problems.push(`${name} allows ${bad}`);
      }
    }
  }
  if (!scripts.includes("'wasm-unsafe-eval'")) problems.push("script-src lacks 'wasm-unsafe-eval'");
  const wantHashes = inlineScripts(html).map((s) => `'${sha256(s)}'`).sort();
  const haveHashes = scripts.filter((v) => v.startsWith("'sha")).sort();
  if (wantHashes.length === 0) problems.push("no inline start-up script found (did Trunk's output change?)");
  if (JSON.stringify(wantHashes) !== JSON.stringify(haveHashes)) {
    problems.push(`script-src hashes ${haveHashes.join(" ")} are not the inline scripts' ${wantHashes.join(" ")}`);
  }
  problems.push(...blockedMarkup(html.replace(META_RE, "")));
  let headers = "";
  try {
    headers = readFileSync(join(dir, "_headers"), "utf8");
  } catch {
    problems.push("_headers is missing");
  }
  const line = headers.split("\n").find((l) => /^\s+Content-Security-Policy:/.test(l));
  if (headers && line?.replace(/^\s+Content-Security-Policy:\s*/, "") !== headerPolicy(text)) {
    problems.push(`_headers' policy is not the page's plus ${HEADER_ONLY}: ${line}`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [flag, dir = "dist"] = process.argv.slice(2);
  if (flag !== "--check") {
    console.error("usage: node scripts/csp.mjs --check <dist dir>");
    process.exit(2);
  }
  const problems = checkBuild(dir);
  if (problems.length > 0) {
    console.error(`csp check of ${dir} failed:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`csp check of ${dir}: the policy matches every page`);
}
