//! Lookup by id without hash maps: ids sorted once, found by binary search.
//!
//! Every `HashMap` key type compiles to its own copy of the hash table code;
//! one sorted index serves the catalog and the validator at a fraction of the
//! wasm size, and lookups stay O(log n).

use crate::order::{order, Key};

/// Positions of ids in a list of records.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IdIndex {
    sorted: Vec<(String, usize)>,
}

impl IdIndex {
    /// Indexes ids by their position; for a repeated id the first wins.
    pub fn new<'a>(ids: impl IntoIterator<Item = &'a str>) -> Self {
        let ids: Vec<&str> = ids.into_iter().collect();
        // The app's one sort (see `order`); it is stable, so the first of
        // repeated ids comes first.
        let positions = order(ids.iter().map(|id| Key::text(*id)).collect());
        let sorted = positions
            .into_iter()
            .map(|i| (ids[i].to_owned(), i))
            .collect();
        Self { sorted }
    }

    /// The first position of `id`.
    pub fn get(&self, id: &str) -> Option<usize> {
        let i = self.sorted.partition_point(|(k, _)| k.as_str() < id);
        self.sorted
            .get(i)
            .filter(|(k, _)| k == id)
            .map(|(_, pos)| *pos)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.get(id).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::IdIndex;

    #[test]
    fn finds_first_positions() {
        let idx = IdIndex::new(["b", "a", "c", "a"]);
        assert_eq!(idx.get("a"), Some(1));
        assert_eq!(idx.get("b"), Some(0));
        assert_eq!(idx.get("c"), Some(2));
        assert_eq!(idx.get("d"), None);
        assert!(!IdIndex::default().contains(""));
    }
}
