// Writes a hostile copy of a dataset: every text a reader sees (names,
// titles, roles, summaries, notes, quotes, labels, source titles, outlets and
// authors) starts with markup or other text that a careless renderer, SVG
// writer or CSV export would turn into code. Ids, dates, kinds and addresses
// are kept, so the copy still passes the validator and builds; the
// end-to-end suite (e2e/hostile.spec.js) then checks that the app shows every
// payload as literal text and runs none of it.
//
//   node scripts/hostile-data.mjs <valid data dir> <output dir>
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/// What goes in front of the texts, in turn. Each one, run as code, would
/// set `window.__exodusXss` or open a dialog; shown as text, it does nothing.
export const PAYLOADS = [
  "<script>window.__exodusXss=1</script>",
  '<img src=x onerror="window.__exodusXss=1">',
  "</svg><script>window.__exodusXss=1</script><svg>",
  '"\'><b onmouseover=alert(1)>quoted</b> & &amp; &lt;',
  "=HYPERLINK(\"https://evil.example\",\"click\")",
  "+1+1 @SUM(A1) -2",
  "\u202Egnp.exe\u202C bidi override",
  "]]><!-- --><style>*{display:none}</style>",
];

/// The one text that is 10,000 characters long (the first person's English
/// summary): layouts must wrap it, not break.
export const LONG = "W".repeat(9_990) + " long text";

/// Keys whose string values are texts shown to readers. Localised texts are
/// objects of `en`/`zh`; source titles, outlets, authors and reason quotes
/// are plain strings.
const TEXT_KEYS = new Set(["en", "zh", "title", "outlet", "author", "text"]);

let next = 0;
function poison(value, key) {
  if (typeof value === "string") {
    return TEXT_KEYS.has(key) ? `${PAYLOADS[next++ % PAYLOADS.length]} ${value}` : value;
  }
  if (Array.isArray(value)) return value.map((v) => poison(v, key === "reasons" ? "reason" : null));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  }
  return value;
}

/// Writes the hostile copy of the dataset in `from` to `to`.
export function writeHostile(from, to) {
  next = 0;
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).filter((f) => f.endsWith(".json"))) {
    const records = JSON.parse(readFileSync(join(from, name), "utf8"));
    // The flow view draws moves out of OpenAI: give it its record.
    if (name === "organisations.json" && !records.some((o) => o.id === "openai")) {
      records.push({
        id: "openai",
        name: { en: "OpenAI", zh: "OpenAI" },
        kind: "destination",
        founders: [],
        status: "independent",
        summary: { en: "The company people left.", zh: "眾人離開的公司。" },
        sources: [records[0].sources[0]],
      });
    }
    const data = poison(records, null);
    if (name === "people.json" && data[0]?.summary) data[0].summary.en = LONG;
    writeFileSync(join(to, name), `${JSON.stringify(data, null, 2)}\n`);
  }
  // The fixture has no version file of its own.
  writeFileSync(join(to, "version.json"), `${JSON.stringify({ version: "0.0.0", date: "2026-01-01" })}\n`);
  return next;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [from, to] = process.argv.slice(2);
  if (!from || !to) {
    console.error("usage: node scripts/hostile-data.mjs <valid data dir> <output dir>");
    process.exit(2);
  }
  console.log(`hostile-data: ${writeHostile(from, to)} texts poisoned, written to ${to}`);
}
