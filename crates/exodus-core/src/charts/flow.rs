//! The flow: each person's path from OpenAI, move by move, and the bands of people who made the same move.

use super::*;

// ---------------------------------------------------------------------------
// Flow

/// A node of the flow: an organisation, or "not recorded" for a move the
/// sources do not say where it went.
///
/// `Unknown` is a node of its own rather than a missing band: a person who
/// left without a recorded destination still counts in the first hop, so the
/// bands of a hop always add up to the people shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Node {
    Org(usize),
    Unknown,
    /// The places of a column too small to draw on their own, as one node
    /// (see [`merge_small_places`]); never in the bands of [`flow`].
    Others,
}

impl Node {
    /// A number that orders nodes: organisations by index, `Unknown` last.
    pub(super) fn code(self) -> i64 {
        match self {
            Node::Org(o) => o as i64,
            Node::Others => i64::MAX - 1,
            Node::Unknown => i64::MAX,
        }
    }
}

/// The people who made the same move at the same step of their paths:
/// `hop` 1 is the move out of OpenAI, 2 the next move, and so on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    pub hop: u8,
    pub from: Node,
    pub to: Node,
    /// Person indices, in the order they were given to [`flow`].
    pub people: Vec<usize>,
}

/// The index of OpenAI's record, where every path starts.
pub fn openai_index(data: &Dataset) -> Option<usize> {
    data.organisations.iter().position(|o| o.id == OPENAI_ID)
}

/// One step of a path before ordering: a destination, or a return to OpenAI.
struct Step {
    key: i64,
    /// At the same date a destination comes before a return: one returns
    /// from somewhere.
    is_return: bool,
    org: usize,
}

/// A person's path: OpenAI, then where they went, in date order.
///
/// - Destinations with a date are ordered by it; one without a date stays
///   right after the destination listed before it.
/// - A return (a `returned` status change, unless it ends a leave) brings the
///   path back to OpenAI. When no destination came between the departure and
///   the return, the place in between is [`Node::Unknown`]: Altman, fired
///   and reinstated in November 2023, is OpenAI -> not recorded -> OpenAI.
/// - OpenAI itself is listed among destinations for most returns; the same
///   place twice in a row is one node, so such a return is not counted twice
///   and a new role at the same company is not a move.
///
/// The path of a person who left without a recorded destination is OpenAI
/// alone; [`flow`] gives them a band to `Unknown`.
pub fn path(p: &Person, org_ids: &IdIndex, openai: usize) -> Vec<Node> {
    let mut steps: Vec<Step> = Vec::new();
    let mut key = i64::MIN;
    for d in &p.destinations {
        if let Some(date) = &d.date {
            key = date.key_num();
        }
        if let Some(org) = org_ids.get(&d.org) {
            steps.push(Step {
                key,
                is_return: false,
                org,
            });
        }
    }
    let mut previous = None;
    for c in &p.status_changes {
        if c.kind == StatusKind::Returned && previous != Some(StatusKind::OnLeave) {
            steps.push(Step {
                key: c.date.key_num(),
                is_return: true,
                org: openai,
            });
        }
        previous = Some(c.kind);
    }
    sort_by_key(&mut steps, |s| Key {
        rank: s.key,
        num: i64::from(s.is_return),
        text: String::new(),
    });

    let mut nodes = vec![Node::Org(openai)];
    // Whether a destination was recorded since the start or the last return.
    let mut moved = false;
    for s in &steps {
        if s.is_return && !moved && nodes.last() == Some(&Node::Org(openai)) {
            nodes.push(Node::Unknown);
        }
        moved = !s.is_return;
        if nodes.last() != Some(&Node::Org(s.org)) {
            nodes.push(Node::Org(s.org));
        }
    }
    nodes
}

/// The people of the flow view: everyone who left (a departure, or a
/// destination other than OpenAI: some people are known to have moved only
/// by where they went), whose last departure falls in `years` (when given;
/// then people with no dated departure are left out) and who has one of
/// `reasons` (any when empty). In data order.
pub fn flow_people(
    data: &Dataset,
    years: Option<(i32, i32)>,
    reasons: &[ReasonCategory],
) -> Vec<usize> {
    (0..data.people.len())
        .filter(|&i| {
            let p = &data.people[i];
            let last = departures(p).last();
            (last.is_some() || p.destinations.iter().any(|d| d.org != OPENAI_ID))
                && (years.is_none() || last.is_some_and(|d| in_years(d, years)))
                && (reasons.is_empty() || p.reason_categories.iter().any(|r| reasons.contains(r)))
        })
        .collect()
}

/// The bands of the first `max_hops` moves of `people` (distinct person
/// indices), one band per (hop, from, to), sorted by hop, then by people
/// count (largest first), then by the name of the destination and of the
/// origin; at equal counts `Unknown` comes after the named places. Empty
/// when the data has no OpenAI record.
pub fn flow(data: &Dataset, people: &[usize], max_hops: u8) -> Vec<Band> {
    let Some(openai) = openai_index(data) else {
        return Vec::new();
    };
    let org_ids = IdIndex::new(data.organisations.iter().map(|o| o.id.as_str()));
    // Every single move: (hop, from, to, person).
    let mut moves: Vec<(u8, Node, Node, usize)> = Vec::new();
    for &i in people {
        let Some(p) = data.people.get(i) else {
            continue;
        };
        let nodes = path(p, &org_ids, openai);
        if nodes.len() == 1 && max_hops > 0 {
            moves.push((1, nodes[0], Node::Unknown, i));
        }
        for (h, w) in nodes.windows(2).take(usize::from(max_hops)).enumerate() {
            moves.push((h as u8 + 1, w[0], w[1], i));
        }
    }
    let mut bands = group(moves);
    let name = |n: Node| match n {
        Node::Org(o) => fold(&data.organisations[o].name.en),
        Node::Unknown | Node::Others => String::new(),
    };
    sort_by_key(&mut bands, |b| Key {
        rank: i64::from(b.hop),
        // Largest first; at equal counts `Unknown` after the named places.
        num: -2 * b.people.len() as i64 + i64::from(b.to == Node::Unknown),
        text: name(b.to) + "\n" + &name(b.from),
    });
    bands
}

/// Equal moves (hop, from, to, person) as one band each, by hop, then by
/// origin and destination; each band's people in the order of `moves`.
fn group(mut moves: Vec<(u8, Node, Node, usize)>) -> Vec<Band> {
    // Node numbers that pack a move into one key: organisations by index,
    // then `Others`, then `Unknown`.
    let small = |n: Node| match n {
        Node::Org(o) => o as i64,
        Node::Others => 1 << 30,
        Node::Unknown => (1 << 30) + 1,
    };
    sort_by_key(&mut moves, |m| Key {
        rank: i64::from(m.0),
        num: (small(m.1) << 31) + small(m.2),
        text: String::new(),
    });
    let mut bands: Vec<Band> = Vec::new();
    for (hop, from, to, person) in moves {
        match bands.last_mut() {
            Some(b) if (b.hop, b.from, b.to) == (hop, from, to) => b.people.push(person),
            _ => bands.push(Band {
                hop,
                from,
                to,
                people: vec![person],
            }),
        }
    }
    bands
}

/// The most nodes a column of the flow drawing shows (see
/// [`merge_small_places`]). The drawing is at most 2,394 units tall, so
/// more nodes than this leave labels too close to read; the real dataset
/// has fewer than 30 in its fullest column.
pub const FLOW_NODES: usize = 40;

/// The bands of [`flow`] as the drawing shows them. In a column with more
/// than `max` nodes, the largest named places keep their nodes (by people
/// arriving; at equal counts in organisation order), "not recorded" keeps
/// its own, and the rest become one [`Node::Others`], so that the column
/// has `max` nodes. Bands that then make the same move are one band, its
/// people band by band. Every hop still counts every person once.
///
/// Returns the bands (by hop, largest first) and, per column, how many
/// places its `Others` node stands for (0 where nothing was merged). A
/// flow within the limit is returned as it is.
pub fn merge_small_places(bands: &[Band], max: usize) -> (Vec<Band>, Vec<usize>) {
    let ncols = bands
        .iter()
        .map(|b| usize::from(b.hop) + 1)
        .max()
        .unwrap_or(0);
    // Per column, the codes of the places merged, sorted.
    let mut merged: Vec<Vec<i64>> = vec![Vec::new(); ncols];
    for (col, places) in merged.iter_mut().enumerate().skip(1) {
        // People arriving at each place of the column (bands come grouped
        // by hop and origin, so the same place recurs: group by sorting).
        let arriving = group(
            bands
                .iter()
                .filter(|b| usize::from(b.hop) == col && b.to != Node::Unknown)
                .flat_map(|b| b.people.iter().map(|&p| (0, b.to, b.to, p)))
                .collect(),
        );
        let has_unknown = bands
            .iter()
            .any(|b| usize::from(b.hop) == col && b.to == Node::Unknown);
        if arriving.len() + usize::from(has_unknown) <= max {
            continue;
        }
        let keep = max.saturating_sub(1 + usize::from(has_unknown));
        // Largest first; at equal counts in organisation order (stable).
        let ranked = order(
            arriving
                .iter()
                .map(|b| Key::num(-(b.people.len() as i64)))
                .collect(),
        );
        *places = ranked[keep.min(ranked.len())..]
            .iter()
            .map(|&i| arriving[i].to.code())
            .collect();
        // The app's one sort (see `order`), not `sort_unstable`, which would
        // add its own copy of the sort code.
        sort_by_key(places, |&code| Key::num(code));
    }
    let counts: Vec<usize> = merged.iter().map(Vec::len).collect();
    if counts.iter().all(|&m| m == 0) {
        return (bands.to_vec(), counts);
    }
    let shown = |col: usize, node: Node| {
        if merged[col].binary_search(&node.code()).is_ok() {
            Node::Others
        } else {
            node
        }
    };
    let mut out = group(
        bands
            .iter()
            .flat_map(|b| {
                let col = usize::from(b.hop);
                let from = if col == 0 {
                    b.from
                } else {
                    shown(col - 1, b.from)
                };
                let to = shown(col, b.to);
                b.people.iter().map(move |&p| (b.hop, from, to, p))
            })
            .collect(),
    );
    sort_by_key(&mut out, |b| Key {
        rank: i64::from(b.hop),
        num: -(b.people.len() as i64),
        text: String::new(),
    });
    (out, counts)
}
