//! The searchable, facetable tables of the card views: each record's folded
//! search text, its facet values as small integers and its sort orders.

use super::*;

/// A facet value's label in both languages, from a message.
#[inline(never)]
fn msg(m: M) -> [Rc<str>; 2] {
    [Rc::from(m.t(Lang::En)), Rc::from(m.t(Lang::Zh))]
}

/// A label that reads the same in both languages (a year).
#[inline(never)]
fn plain(label: &str) -> [Rc<str>; 2] {
    let l: Rc<str> = Rc::from(label);
    [l.clone(), l]
}

/// A facet value's label from record text: its Chinese form, or the
/// English where the data has none (a name stays a name).
#[inline(never)]
fn both(t: &Text) -> [Rc<str>; 2] {
    let en: Rc<str> = Rc::from(t.en.as_str());
    let zh = t.zh.as_deref().map_or_else(|| en.clone(), Rc::from);
    [en, zh]
}

/// Insertion sort for the one to three values a record has per facet
/// (a general sort would add another copy of the sort code to the wasm).
fn sort_small(v: &mut [u16]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Builds a facet: distinct values in first-seen order unless `sort` says otherwise.
struct FacetBuilder {
    values: Vec<FacetValue>,
    /// Keys with their value index, sorted by key for binary search.
    index: Vec<(String, u16)>,
}

impl FacetBuilder {
    fn new() -> Self {
        Self {
            values: Vec::new(),
            index: Vec::new(),
        }
    }

    /// The index of the value `key`, adding it (with `label()`) when new.
    /// `label` is a trait object: one copy of this code for every caller.
    fn id(&mut self, key: &str, label: &dyn Fn() -> [Rc<str>; 2]) -> u16 {
        let at = self.index.partition_point(|(k, _)| k.as_str() < key);
        if let Some((k, i)) = self.index.get(at) {
            if k == key {
                return *i;
            }
        }
        let i = self.values.len() as u16;
        self.values.push(FacetValue {
            key: Rc::from(key),
            label: label(),
        });
        self.index.insert(at, (key.to_owned(), i));
        i
    }

    /// Sorts values by `key` and remaps the row indices accordingly.
    fn finish(
        self,
        rows: &mut [Vec<Vec<u16>>],
        facet: usize,
        key: fn(&FacetValue) -> Key,
    ) -> Vec<FacetValue> {
        let idx = order(self.values.iter().map(key).collect());
        let mut remap = vec![0u16; idx.len()];
        for (new, &old) in idx.iter().enumerate() {
            remap[old] = new as u16;
        }
        for row in rows.iter_mut() {
            for v in row[facet].iter_mut() {
                *v = remap[*v as usize];
            }
            sort_small(&mut row[facet]);
            row[facet].dedup();
        }
        let mut values: Vec<Option<FacetValue>> = self.values.into_iter().map(Some).collect();
        idx.iter().filter_map(|&i| values[i].take()).collect()
    }
}

fn text_search(parts: &mut String, t: &Text) {
    parts.push_str(&t.en);
    parts.push('\n');
    if let Some(zh) = &t.zh {
        parts.push_str(zh);
        parts.push('\n');
    }
}

fn by_label(v: &FacetValue) -> Key {
    Key::text(fold(&v.label[0]))
}

/// Newest year first.
fn by_year_desc(v: &FacetValue) -> Key {
    Key::num(-v.key.parse::<i64>().unwrap_or(0))
}

fn yes_no(yes: bool) -> (&'static str, M) {
    if yes {
        ("yes", M::Cofounder)
    } else {
        ("no", M::NotCofounder)
    }
}

impl Catalog {
    pub(super) fn build_people_table(&self) -> Table {
        let mut facets: Vec<FacetBuilder> = (0..5).map(|_| FacetBuilder::new()).collect();
        let mut rows = Vec::with_capacity(self.data.people.len());
        let mut search = Vec::with_capacity(self.data.people.len());
        for (p, row) in self.data.people.iter().zip(&self.person_rows) {
            let mut values: Vec<Vec<u16>> = vec![Vec::new(); 5];
            for d in departures(p) {
                if let Some(y) = Some(d.year()) {
                    let key = y.to_string();
                    values[0].push(facets[0].id(&key, &|| plain(&key)));
                }
            }
            for &o in &row.destinations {
                let org = &self.data.organisations[o];
                values[1].push(facets[1].id(&org.id, &|| both(&org.name)));
            }
            for &r in &p.reason_categories {
                values[2].push(facets[2].id(r.key(), &|| msg(r.label())));
            }
            values[3].push(facets[3].id(row.status.key(), &|| msg(row.status.label())));
            let (key, label) = yes_no(p.cofounder);
            values[4].push(facets[4].id(key, &|| msg(label)));
            rows.push(values);

            let mut text = String::new();
            text_search(&mut text, &p.name);
            for r in &p.roles {
                text_search(&mut text, &r.title);
            }
            for &o in &row.destinations {
                text_search(&mut text, &self.data.organisations[o].name);
            }
            for d in &p.destinations {
                if let Some(role) = &d.role {
                    text_search(&mut text, role);
                }
            }
            text_search(&mut text, &p.summary);
            search.push(fold(&text));
        }
        let mut it = facets.into_iter();
        let years = it.next().unwrap().finish(&mut rows, 0, by_year_desc);
        let dests = it.next().unwrap().finish(&mut rows, 1, by_label);
        let reasons = it
            .next()
            .unwrap()
            .finish(&mut rows, 2, |v| Key::text(&*v.key));
        let status = it.next().unwrap().finish(&mut rows, 3, |v| {
            Key::num(
                PersonStatus::ALL
                    .iter()
                    .position(|s| s.key() == &*v.key)
                    .unwrap_or(0) as i64,
            )
        });
        // "yes" before "no".
        let founder = it
            .next()
            .unwrap()
            .finish(&mut rows, 4, |v| Key::num(i64::from(&*v.key != "yes")));
        Table {
            search,
            facet_values: vec![years, dests, reasons, status, founder],
            row_values: rows,
            orders: Default::default(),
        }
    }

    pub(super) fn build_company_table(&self) -> Table {
        let mut facets: Vec<FacetBuilder> = (0..3).map(|_| FacetBuilder::new()).collect();
        let mut rows = Vec::with_capacity(self.spinouts.len());
        let mut search = Vec::with_capacity(self.spinouts.len());
        for &oi in &self.spinouts {
            let o = &self.data.organisations[oi];
            let mut values: Vec<Vec<u16>> = vec![Vec::new(); 3];
            if let Some(c) = o.category {
                let (key, label) = (c.key(), c.label());
                values[0].push(facets[0].id(key, &|| msg(label)));
            }
            let key = o.status.key();
            values[1].push(facets[1].id(key, &|| msg(o.status.label())));
            if let Some(y) = o.founded.as_ref().map(PartialDate::year) {
                let key = y.to_string();
                values[2].push(facets[2].id(&key, &|| plain(&key)));
            }
            rows.push(values);

            let mut text = String::new();
            text_search(&mut text, &o.name);
            if let Some(s) = &o.sector {
                text_search(&mut text, s);
            }
            for &f in &self.org_rows[oi].founders {
                text_search(&mut text, &self.data.people[f].name);
            }
            text_search(&mut text, &o.summary);
            search.push(fold(&text));
        }
        let mut it = facets.into_iter();
        let sectors = it.next().unwrap().finish(&mut rows, 0, by_label);
        let status = it.next().unwrap().finish(&mut rows, 1, by_label);
        let founded = it.next().unwrap().finish(&mut rows, 2, by_year_desc);
        Table {
            search,
            facet_values: vec![sectors, status, founded],
            row_values: rows,
            orders: Default::default(),
        }
    }
}
