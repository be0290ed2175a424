//! One sort for every ordering in the app.
//!
//! Each distinct `sort_by` closure compiles to its own copy of the standard
//! library's sort (several KB of wasm each), so orderings are expressed as
//! keys of a single type and sorted by one function.

/// A sort key: numbers first, then text; ties keep the original order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Key {
    pub rank: i64,
    pub num: i64,
    pub text: String,
}

impl Key {
    pub fn num(num: i64) -> Self {
        Key {
            num,
            ..Key::default()
        }
    }

    pub fn text(text: impl Into<String>) -> Self {
        Key {
            text: text.into(),
            ..Key::default()
        }
    }
}

/// The indices `0..keys.len()` ordered by their keys (stable).
pub fn order(keys: Vec<Key>) -> Vec<usize> {
    let mut keyed: Vec<(Key, usize)> = keys.into_iter().zip(0..).collect();
    keyed.sort();
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// Reorders `items` by the key of each item.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> Key) {
    let keys = items.iter().map(key).collect();
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    *items = order(keys)
        .into_iter()
        .filter_map(|i| slots[i].take())
        .collect();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_rank_number_text_then_position() {
        let keys = vec![
            Key::text("b"),
            Key::num(-1),
            Key::text("a"),
            Key {
                rank: 1,
                ..Key::default()
            },
            Key::text("a"),
        ];
        assert_eq!(order(keys), vec![1, 2, 4, 0, 3]);
        let mut words = vec!["pear", "fig", "apple"];
        sort_by_key(&mut words, |w| Key::num(w.len() as i64));
        assert_eq!(words, vec!["fig", "pear", "apple"]);
    }
}
