// A minimal static file server for the tests and benchmarks: serves a folder
// under a sub-path (default /exodus/) on 127.0.0.1, as a static host would,
// with the headers of the folder's `_headers` file when it has one (the
// format Netlify and Cloudflare Pages read: a path pattern, then indented
// `Name: value` lines), so the tests see the build's header policy too.
// Like GitHub Pages and Netlify, a folder's address without its final slash
// is redirected to it, a folder serves its index.html, and a missing file
// gets the folder's 404.html with status 404.
// With --brotli it compresses text files for clients that accept it, as a
// static host does (for the Lighthouse benchmark).
//   node e2e/serve.mjs <dir> <port> [base] [--brotli]
import { createServer } from "node:http";
import { brotliCompressSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const args = process.argv.slice(2).filter((a) => a !== "--brotli");
const brotli = process.argv.includes("--brotli");
const [dir = "dist", port = "4173", base = "/exodus/"] = args;
const compressed = new Map();
/// The body as a host sends it: brotli for text when the client takes it.
function encoded(req, file, body, headers) {
  const text = /\.(html|js|mjs|css|svg|json|xml|txt|wasm)$/.test(file);
  if (!brotli || !text || !/\bbr\b/.test(req.headers["accept-encoding"] ?? "")) return body;
  if (!compressed.has(file)) compressed.set(file, brotliCompressSync(body));
  headers["content-encoding"] = "br";
  return compressed.get(file);
}
const root = resolve(dir);

/// [pattern, [[name, value], ...]] from dir/_headers; patterns are exact
/// paths or end in `*`.
function readHeaders() {
  let text = "";
  try {
    text = readFileSync(join(root, "_headers"), "utf8");
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), []]);
    else if (rules.length > 0) {
      const at = line.indexOf(":");
      rules.at(-1)[1].push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = readHeaders();
const headersFor = (path) =>
  headerRules
    .filter(([p]) => (p.endsWith("*") ? path.startsWith(p.slice(0, -1)) : path === p))
    .flatMap(([, hs]) => hs);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

createServer(async (req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  } catch {
    path = null;
  }
  if (path === "/" || path === base.slice(0, -1)) {
    res.writeHead(302, { location: base }).end();
    return;
  }
  if (path === null || !path.startsWith(base)) {
    res.writeHead(404).end("not found");
    return;
  }
  let file = normalize(join(root, path.slice(base.length)));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) {
      if (!path.endsWith("/")) {
        const url = new URL(req.url, "http://x");
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, "index.html");
    }
    const body = await readFile(file);
    const headers = {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    };
    for (const [name, value] of headersFor(`/${path.slice(base.length)}`)) headers[name.toLowerCase()] = value;
    const sent = encoded(req, file, body, headers);
    res.writeHead(200, headers);
    res.end(sent);
  } catch {
    try {
      const page = await readFile(join(root, "404.html"));
      res.writeHead(404, { "content-type": types[".html"], "cache-control": "no-store" });
      res.end(page);
    } catch {
      res.writeHead(404).end("not found");
    }
  }
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
