// Hand-written baseline for the latency benchmark: the same data, the same
// folded-substring search, the same first page of cards and the same CSS as
// the app, with no framework. Loads people.json and organisations.json from
// its own folder.
const PAGE = 48;

function fold(s) {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

function text(t) {
  return t ? `${t.en}\n${t.zh ?? ""}\n` : "";
}

const [people, orgs] = await Promise.all([
  fetch("people.json").then((r) => r.json()),
  fetch("organisations.json").then((r) => r.json()),
]);
const orgName = new Map(orgs.map((o) => [o.id, o.name.en]));
const index = people.map((p) =>
  fold(
    text(p.name) +
      p.roles.map((r) => text(r.title)).join("") +
      p.destinations.map((d) => `${orgName.get(d.org) ?? ""}\n`).join("") +
      text(p.summary),
  ),
);
const lastDeparture = (p) =>
  p.status_changes.filter((c) => c.kind !== "joined").map((c) => c.date.date).sort().pop() ?? "";
const order = people.map((_, i) => i).sort((a, b) => lastDeparture(people[b]).localeCompare(lastDeparture(people[a])));

const list = document.getElementById("cards");
const count = document.getElementById("result-count");

function card(p) {
  const li = document.createElement("li");
  const article = document.createElement("article");
  article.className = "card person-card";
  const h3 = document.createElement("h3");
  const a = document.createElement("a");
  a.href = `#/people/${p.id}`;
  a.textContent = p.name.en;
  h3.append(a);
  const role = document.createElement("p");
  role.className = "role";
  role.textContent = p.roles.at(-1)?.title.en ?? "";
  const facts = document.createElement("p");
  facts.textContent = `${lastDeparture(p)} · ${p.destinations.map((d) => orgName.get(d.org)).join(" → ")}`;
  article.append(h3, role, facts);
  li.append(article);
  return li;
}

function render(query) {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  const rows = order.filter((i) => terms.every((t) => index[i].includes(t)));
  count.textContent = `${rows.length} people`;
  list.replaceChildren(...rows.slice(0, PAGE).map((i) => card(people[i])));
}

document.getElementById("search").addEventListener("input", (e) => render(e.target.value));
render("");
document.body.dataset.ready = "true";
