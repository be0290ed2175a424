//! Lookups by id and the record relations the detail pages show: claims,
//! events, sources, founders and where people went.

use super::*;

impl Catalog {
    /// The record id of a row of a tab's table (People rows are people,
    /// Companies rows are spinouts).
    pub fn row_id(&self, tab: crate::explore::Tab, row: usize) -> &str {
        match tab {
            crate::explore::Tab::People => &self.data.people[row].id,
            crate::explore::Tab::Companies => &self.data.organisations[self.spinouts[row]].id,
        }
    }

    pub fn person_index(&self, id: &str) -> Option<usize> {
        self.person_ids.get(id)
    }

    pub fn org_index(&self, id: &str) -> Option<usize> {
        self.org_ids.get(id)
    }

    pub fn source(&self, id: &str) -> Option<&crate::model::Source> {
        self.source_ids.get(id).map(|i| &self.data.sources[i])
    }

    pub fn claim(&self, id: &str) -> Option<&crate::model::Claim> {
        self.claim_ids.get(id).map(|i| &self.data.claims[i])
    }

    /// Claims about a record, in data order (a scan: detail pages only).
    pub fn claims_about(&self, kind: SubjectKind, id: &str) -> Vec<&crate::model::Claim> {
        self.data
            .claims
            .iter()
            .filter(|c| c.subject.kind == kind && c.subject.id == id)
            .collect()
    }

    pub fn latest_valuation_of(&self, org: usize) -> Option<&Valuation> {
        self.org_rows[org]
            .latest_valuation
            .map(|v| &self.data.organisations[org].valuations[v])
    }

    /// People whose destinations include an organisation, in data order.
    pub fn people_who_went_to(&self, org: usize) -> Vec<usize> {
        (0..self.person_rows.len())
            .filter(|&i| self.person_rows[i].destinations.contains(&org))
            .collect()
    }

    /// Events that involve a person or an organisation, oldest first.
    pub fn events_about(&self, kind: SubjectKind, id: &str) -> Vec<&crate::model::Event> {
        let mut events: Vec<_> = self
            .data
            .events
            .iter()
            .filter(|e| match kind {
                SubjectKind::Person => e.people.iter().any(|p| p == id),
                SubjectKind::Organisation => e.orgs.iter().any(|o| o == id),
                _ => false,
            })
            .collect();
        sort_by_key(&mut events, |e| Key::num(e.date.key_num()));
        events
    }

    /// Organisations a person founded.
    pub fn founded_by(&self, person: usize) -> Vec<usize> {
        (0..self.org_rows.len())
            .filter(|&o| self.org_rows[o].founders.contains(&person))
            .collect()
    }

    /// Figures by id, in data order.
    pub fn figure(&self, id: &str) -> Option<&crate::model::Figure> {
        self.data.figures.iter().find(|f| f.id == id)
    }

    /// Every source a person (`Person`) or organisation (`Organisation`)
    /// cites, by index: the record's own list, then those of its parts
    /// (roles, status changes, destinations, quotes; valuations), then those
    /// of the claims about it. Repeats are removed by [`Catalog::sources_of`].
    pub fn source_ids(&self, kind: SubjectKind, index: usize) -> Vec<&String> {
        let mut ids: Vec<&String> = Vec::new();
        let id = match kind {
            SubjectKind::Person => {
                let p = &self.data.people[index];
                ids.extend(&p.sources);
                ids.extend(p.roles.iter().flat_map(|r| &r.sources));
                ids.extend(p.status_changes.iter().flat_map(|c| &c.sources));
                ids.extend(p.destinations.iter().flat_map(|d| &d.sources));
                ids.extend(p.reasons.iter().map(|q| &q.source));
                &p.id
            }
            _ => {
                let o = &self.data.organisations[index];
                ids.extend(&o.sources);
                ids.extend(o.valuations.iter().flat_map(|v| &v.sources));
                &o.id
            }
        };
        for c in self.claims_about(kind, id) {
            ids.extend(&c.sources);
        }
        ids
    }

    /// Sources sorted for display: by id order of first appearance.
    pub fn sources_of<'a>(
        &'a self,
        ids: impl IntoIterator<Item = &'a String>,
    ) -> Vec<&'a crate::model::Source> {
        let mut out: Vec<&crate::model::Source> = Vec::new();
        for id in ids {
            if let Some(s) = self.source(id) {
                if !out.iter().any(|o| o.id == s.id) {
                    out.push(s);
                }
            }
        }
        out
    }
}
