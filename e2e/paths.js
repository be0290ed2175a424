// Shared by the Playwright suites and the Firefox WebDriver suite.

/// The page path of an old-style hash link: `#/companies/x?q=y&lang=zh-Hant`
/// is `zh-Hant/companies/x/?q=y`. Paths are returned as they are. A `lang`
/// other than the two the site has stays in the query (the app reports it).
export function toPath(link) {
  if (!link.startsWith("#/")) return link === "" ? "./" : link;
  const [path, query = ""] = link.slice(2).split("?");
  let prefix = "";
  const rest = [];
  for (const part of query.split("&").filter(Boolean)) {
    if (part === "lang=zh-Hant") prefix = "zh-Hant/";
    else if (part !== "lang=en") rest.push(part);
  }
  const segments = path.split("/").filter(Boolean);
  if (segments.length === 1 && segments[0] === "people") segments.shift();
  const out = prefix + segments.map((s) => `${s}/`).join("") || "./";
  return rest.length > 0 ? `${out}?${rest.join("&")}` : out;
}
