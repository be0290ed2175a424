//! The layout maths of the four chart views: the timeline of departures and
//! company events, the flow of where people went (second and later moves
//! included), the founders' years at OpenAI, and valuations on a log scale.
//!
//! Pure functions over the [`Dataset`] that return positions in SVG user
//! units; the views only draw them. Dates are placed at their precision: a
//! date known only to the year covers its whole year and a month its whole
//! month, never a made-up point on the 1st. Lookups use sorted vectors and
//! the app's one sort ([`crate::order`]), not hash maps, to keep the wasm
//! small; every function is O(n log n) in the number of records.

use std::ops::Range;

use crate::catalog::departures;
use crate::ids::IdIndex;
use crate::model::{
    Dataset, EventKind, OrgKind, PartialDate, Person, ReasonCategory, StatusKind, ValuationKind,
};
use crate::order::{order, sort_by_key, Key};
use crate::search::fold;

/// The id of OpenAI's own record in `organisations.json`: the start of every
/// path in the flow view.
pub const OPENAI_ID: &str = "openai";

// ---------------------------------------------------------------------------
// Time scale

/// A linear time axis over whole years, counted in months
/// (month index = `year * 12 + month - 1`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    /// Month index of the left edge (a January).
    start_month: i32,
    /// Month index just past the right edge (the January after the last year).
    end_month: i32,
    width: f64,
}

impl TimeScale {
    /// An axis from the start of `first`'s year to the end of `last`'s year
    /// (in either order).
    pub fn new(first: &PartialDate, last: &PartialDate, width: f64) -> Self {
        Self::years(first.year(), last.year(), width)
    }

    /// An axis from 1 January of `first` to 31 December of `last`.
    pub fn years(first: i32, last: i32, width: f64) -> Self {
        TimeScale {
            start_month: first.min(last).saturating_mul(12),
            end_month: first.max(last).saturating_add(1).saturating_mul(12),
            width,
        }
    }

    pub fn width(&self) -> f64 {
        self.width
    }

    /// The x of a point in time, in months (fractions are within a month).
    fn x(&self, months: f64) -> f64 {
        let len = f64::from(self.end_month) - f64::from(self.start_month);
        (months - f64::from(self.start_month)) / len * self.width
    }

    /// Where a date lies: its whole year for a year, its whole month for a
    /// month, one point (`x0 == x1`, at the day's place in its month) for a
    /// day. `None` when the date falls outside the axis.
    pub fn span(&self, d: &PartialDate) -> Option<(f64, f64)> {
        let first = d.year().checked_mul(12)?;
        if first < self.start_month || first >= self.end_month {
            return None;
        }
        let first = f64::from(first);
        // A month is a fixed width on the axis (month lines stay evenly
        // spaced); a day is placed by its share of its month's days.
        Some(match (d.month(), d.day()) {
            (None, _) => (self.x(first), self.x(first + 12.0)),
            (Some(m), None) => {
                let m = first + f64::from(m - 1);
                (self.x(m), self.x(m + 1.0))
            }
            (Some(m), Some(day)) => {
                let month = PartialDate::ym(d.year(), m).map_or(31, |mm| mm.days());
                let frac = f64::from(day - 1) / month as f64;
                let x = self.x(first + f64::from(m - 1) + frac);
                (x, x)
            }
        })
    }

    /// Each year on the axis with the x of its 1 January (the right edge,
    /// the end of the last year, is `width`).
    pub fn year_ticks(&self) -> Vec<(i32, f64)> {
        (self.start_month / 12..self.end_month / 12)
            .map(|y| (y, self.x(f64::from(y) * 12.0)))
            .collect()
    }
}

// ---------------------------------------------------------------------------
// Timeline

crate::vocabulary! {
    /// What a timeline item marks; the key is its URL filter value.
    pub enum TimelineKind {
        Departure("departure", "departure", TlDeparture),
        Return("return", "return", TlReturn),
        Fired("fired", "fired", StatusFired),
        Leave("leave", "leave", TlLeave),
        CompanyFounded("company_founded", "founded", TlFounded),
        Funding("funding", "funding", TlFunding),
        Lawsuit("lawsuit", "lawsuit", TlLawsuit),
        Governance("governance", "governance", TlGovernance),
        Other("other", "other", TlOther),
    }
}

/// The record a timeline item comes from (indices into the dataset's
/// vectors). For a person the item is one of their status changes and for an
/// organisation its founding or one valuation point: the item's kind and date
/// say which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimelineSubject {
    Person(usize),
    Org(usize),
    Event(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineItem {
    pub date: PartialDate,
    pub kind: TimelineKind,
    pub subject: TimelineSubject,
}

/// Whether a valuation point is a valuation of the company (talks, targets
/// and assets under management are not, as in
/// [`crate::catalog::latest_valuation`]).
fn is_valuation(kind: ValuationKind) -> bool {
    matches!(
        kind,
        ValuationKind::PostMoney | ValuationKind::PreMoney | ValuationKind::Reported
    )
}

fn item(date: &PartialDate, kind: TimelineKind, subject: TimelineSubject) -> TimelineItem {
    TimelineItem {
        date: *date,
        kind,
        subject,
    }
}

/// Everything dated, oldest first (by [`PartialDate::key_num`], stable: on the same
/// date, people come before organisations and organisations before events,
/// each in data order). A person's changes keep their list order, which
/// settles dates of different precision (fired on 17 November 2023, then
/// reinstated in November 2023) as in [`crate::catalog`]. The items are:
///
/// - every status change of every person except joining;
/// - every spinout's founding;
/// - one funding item per organisation and as-of date of its valuation
///   points (a round's pre- and post-money figures are one item), leaving
///   out talks, targets and assets under management, and figures dated
///   only approximately (a report's snapshot, such as the core article's
///   figures of "around August 2024", is not a funding event; those figures
///   stay on the company pages);
/// - every event, unless a record already puts the same fact on the
///   timeline. Records win because each fact is then shown once, and its
///   record can be filtered by person or company:
///   - departure, return, firing and leave events that name people are left
///     out: every such event in the data restates those people's status
///     changes (a test checks it), and an event naming no person is kept;
///   - a company-founded event is left out when one of its organisations is
///     a spinout with a founding date;
///   - a funding event is left out when one of its organisations has a
///     funding item with the same date.
///
///   OpenAI's own founding events count as company foundings; hires,
///   acquisitions, team and research events are `Other`.
pub fn timeline(data: &Dataset) -> Vec<TimelineItem> {
    // Each item with its sort key.
    let mut items: Vec<(i64, TimelineItem)> = Vec::new();
    for (i, p) in data.people.iter().enumerate() {
        let mut key = i64::MIN;
        for c in &p.status_changes {
            key = key.max(c.date.key_num());
            let kind = match c.kind {
                StatusKind::Joined => continue,
                StatusKind::Left | StatusKind::LeftAgain => TimelineKind::Departure,
                StatusKind::Fired => TimelineKind::Fired,
                StatusKind::OnLeave => TimelineKind::Leave,
                StatusKind::Returned => TimelineKind::Return,
            };
            items.push((key, item(&c.date, kind, TimelineSubject::Person(i))));
        }
    }

    let mut founded = vec![false; data.organisations.len()];
    // (organisation, date, valuation) of every valuation point.
    let mut funded: Vec<(usize, i64, usize)> = Vec::new();
    for (o, org) in data.organisations.iter().enumerate() {
        if let (OrgKind::Spinout, Some(d)) = (org.kind, &org.founded) {
            founded[o] = true;
            let it = item(d, TimelineKind::CompanyFounded, TimelineSubject::Org(o));
            items.push((d.key_num(), it));
        }
        for (v, val) in org.valuations.iter().enumerate() {
            match &val.as_of {
                Some(d) if is_valuation(val.kind) && !d.is_approx() => {
                    funded.push((o, d.key_num(), v));
                }
                _ => {}
            }
        }
    }
    // Sorted by organisation and date (stable: the first point of a date
    // stands for its round), one per date, for binary search below.
    sort_by_key(&mut funded, |f| Key {
        rank: f.0 as i64,
        num: f.1,
        text: String::new(),
    });
    funded.dedup_by_key(|f| (f.0, f.1));
    for &(o, _, v) in &funded {
        if let Some(d) = &data.organisations[o].valuations[v].as_of {
            let it = item(d, TimelineKind::Funding, TimelineSubject::Org(o));
            items.push((d.key_num(), it));
        }
    }

    let org_ids = IdIndex::new(data.organisations.iter().map(|o| o.id.as_str()));
    for (e, ev) in data.events.iter().enumerate() {
        let mut orgs = ev.orgs.iter().filter_map(|id| org_ids.get(id));
        let kind = match ev.kind {
            EventKind::Departure | EventKind::Return | EventKind::Firing | EventKind::Leave
                if !ev.people.is_empty() =>
            {
                continue
            }
            EventKind::Departure => TimelineKind::Departure,
            EventKind::Return => TimelineKind::Return,
            EventKind::Firing => TimelineKind::Fired,
            EventKind::Leave => TimelineKind::Leave,
            EventKind::CompanyFounded if orgs.any(|o| founded[o]) => continue,
            EventKind::Founding | EventKind::CompanyFounded => TimelineKind::CompanyFounded,
            EventKind::Funding => {
                let at = ev.date.key_num();
                if orgs.any(|o| {
                    funded
                        .binary_search_by_key(&(o, at), |f| (f.0, f.1))
                        .is_ok()
                }) {
                    continue;
                }
                TimelineKind::Funding
            }
            EventKind::Lawsuit => TimelineKind::Lawsuit,
            EventKind::Governance => TimelineKind::Governance,
            EventKind::Acquisition | EventKind::Team | EventKind::Research | EventKind::Hire => {
                TimelineKind::Other
            }
        };
        let it = item(&ev.date, kind, TimelineSubject::Event(e));
        items.push((ev.date.key_num(), it));
    }

    sort_by_key(&mut items, |it| Key::num(it.0));
    items.into_iter().map(|(_, it)| it).collect()
}

/// Runs of items of the same year in a date-sorted list: (year, item
/// indices). Items whose date does not parse belong to no year.
pub fn group_by_year(items: &[TimelineItem]) -> Vec<(i32, Range<usize>)> {
    let mut groups: Vec<(i32, Range<usize>)> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(year) = Some(it.date.year()) else {
            continue;
        };
        match groups.last_mut() {
            Some((y, r)) if *y == year && r.end == i => r.end = i + 1,
            _ => groups.push((year, i..i + 1)),
        }
    }
    groups
}

/// Indices of the items in the years `first..=last` (when given) whose kind
/// is one of `kinds` (any kind when empty).
pub fn filter_timeline(
    items: &[TimelineItem],
    years: Option<(i32, i32)>,
    kinds: &[TimelineKind],
) -> Vec<usize> {
    (0..items.len())
        .filter(|&i| {
            let it = &items[i];
            (kinds.is_empty() || kinds.contains(&it.kind)) && in_years(&it.date, years)
        })
        .collect()
}

fn in_years(d: &PartialDate, years: Option<(i32, i32)>) -> bool {
    match years {
        None => true,
        Some((first, last)) => Some(d.year()).is_some_and(|y| first <= y && y <= last),
    }
}

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
}

impl Node {
    /// A number that orders nodes: organisations by index, `Unknown` last.
    fn code(self) -> i64 {
        match self {
            Node::Org(o) => o as i64,
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
    // Group equal moves together, keeping the people in the given order.
    // Node numbers: organisations by index, `Unknown` after them.
    let n = data.organisations.len() as i64;
    let code = |node: Node| match node {
        Node::Org(o) => o as i64,
        Node::Unknown => n,
    };
    sort_by_key(&mut moves, |m| Key {
        rank: i64::from(m.0),
        num: code(m.1) * (n + 1) + code(m.2),
        text: String::new(),
    });
    let mut bands: Vec<Band> = Vec::new();
    for (hop, from, to, person) in moves {
        match bands.last_mut() {
            Some(b) if b.hop == hop && b.from == from && b.to == to => b.people.push(person),
            _ => bands.push(Band {
                hop,
                from,
                to,
                people: vec![person],
            }),
        }
    }
    let name = |n: Node| match n {
        Node::Org(o) => fold(&data.organisations[o].name.en),
        Node::Unknown => String::new(),
    };
    sort_by_key(&mut bands, |b| Key {
        rank: i64::from(b.hop),
        // Largest first; at equal counts `Unknown` after the named places.
        num: -2 * b.people.len() as i64 + i64::from(b.to == Node::Unknown),
        text: name(b.to) + "\n" + &name(b.from),
    });
    bands
}

/// A node drawn in a column: column 0 is OpenAI, column `k` where hop `k`
/// arrives. `x` is the column's position (the view centres its node bars on
/// it); `y0..y1` is proportional to the people through the node.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NodeBox {
    pub node: Node,
    pub x: f64,
    pub y0: f64,
    pub y1: f64,
}

/// A band drawn from the column at `x0` (its end spans `y0a..y0b` on the
/// origin node) to the column at `x1` (spanning `y1a..y1b` on the
/// destination). Both ends are as wide as the band's people.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BandPath {
    /// Index into the bands given to [`layout_flow`].
    pub band: usize,
    pub x0: f64,
    pub y0a: f64,
    pub y0b: f64,
    pub x1: f64,
    pub y1a: f64,
    pub y1b: f64,
}

impl BandPath {
    /// The SVG path of the band: two horizontal-tangent curves closing a
    /// ribbon, coordinates to a tenth of a unit.
    pub fn d(&self) -> String {
        let mx = svg_num((self.x0 + self.x1) / 2.0);
        let (x0, x1) = (svg_num(self.x0), svg_num(self.x1));
        let (y0a, y0b) = (svg_num(self.y0a), svg_num(self.y0b));
        let (y1a, y1b) = (svg_num(self.y1a), svg_num(self.y1b));
        format!(
            "M{x0} {y0a}C{mx} {y0a} {mx} {y1a} {x1} {y1a}L{x1} {y1b}C{mx} {y1b} {mx} {y0b} {x0} {y0b}Z"
        )
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FlowLayout {
    /// Per column, its nodes from top to bottom.
    pub columns: Vec<Vec<NodeBox>>,
    /// One per band with a hop of at least 1, in band order.
    pub bands: Vec<BandPath>,
}

/// A node while laying out: its column and node, the people in and out,
/// and where it is drawn.
struct Slot {
    col: usize,
    node: Node,
    n_in: usize,
    n_out: usize,
    /// Where the next band end stacks, going out and coming in.
    out_y: f64,
    in_y: f64,
    /// Position in the drawing order (column by column, top to bottom).
    rank: usize,
}

impl Slot {
    fn value(&self) -> usize {
        self.n_in.max(self.n_out)
    }
}

/// Places the bands of [`flow`] in a `width` x `height` box. One scale of
/// units per person serves every column, the largest that fits each column
/// with `gap` between its nodes, so equal widths mean equal numbers of
/// people everywhere. A node is as tall as the larger of its incoming and
/// outgoing people; in a column nodes go largest first (`Unknown` last at
/// equal size, then in organisation order) and the column is centred
/// vertically. Band ends stack on a node in the order of the nodes at their
/// other end, which keeps crossings few. Bands with hop 0 are not drawn.
pub fn layout_flow(bands: &[Band], width: f64, height: f64, gap: f64) -> FlowLayout {
    // Both ends of every band, grouped by (column, node).
    let mut ends: Vec<(usize, Node, usize, usize)> = Vec::new();
    for b in bands.iter().filter(|b| b.hop > 0) {
        let col = usize::from(b.hop);
        ends.push((col - 1, b.from, 0, b.people.len()));
        ends.push((col, b.to, b.people.len(), 0));
    }
    sort_by_key(&mut ends, |e| Key {
        rank: e.0 as i64,
        num: e.1.code(),
        text: String::new(),
    });
    let mut slots: Vec<Slot> = Vec::new();
    for (col, node, n_in, n_out) in ends {
        match slots.last_mut() {
            Some(s) if s.col == col && s.node == node => {
                s.n_in += n_in;
                s.n_out += n_out;
            }
            _ => slots.push(Slot {
                col,
                node,
                n_in,
                n_out,
                out_y: 0.0,
                in_y: 0.0,
                rank: 0,
            }),
        }
    }
    let ncols = slots.last().map_or(0, |s| s.col + 1);
    if ncols == 0 {
        return FlowLayout::default();
    }

    // Per column: people and nodes; the scale that fits the fullest column.
    let mut totals = vec![(0usize, 0usize); ncols];
    for s in &slots {
        totals[s.col].0 += s.value();
        totals[s.col].1 += 1;
    }
    // Gaps take at most a third of the height, however many nodes a column
    // has (500 destinations must not squeeze the bands to nothing).
    let most = totals.iter().map(|t| t.1).max().unwrap_or(1).max(2);
    let gap = gap.min(height / 3.0 / (most - 1) as f64);
    let mut scale = f64::INFINITY;
    for &(people, nodes) in &totals {
        let room = height - gap * (nodes as f64 - 1.0);
        scale = scale.min(room / people.max(1) as f64);
    }
    let scale = scale.max(0.0);

    let drawing = order(
        slots
            .iter()
            .map(|s| Key {
                rank: s.col as i64,
                num: -2 * s.value() as i64 + i64::from(s.node == Node::Unknown),
                text: String::new(),
            })
            .collect(),
    );
    let mut columns: Vec<Vec<NodeBox>> = vec![Vec::new(); ncols];
    let mut y = 0.0;
    for (rank, &i) in drawing.iter().enumerate() {
        let s = &mut slots[i];
        let col = &mut columns[s.col];
        if col.is_empty() {
            let (people, nodes) = totals[s.col];
            let extent = people as f64 * scale + gap * (nodes as f64 - 1.0);
            y = ((height - extent) / 2.0).max(0.0);
        }
        let x = if ncols == 1 {
            0.0
        } else {
            width * s.col as f64 / (ncols - 1) as f64
        };
        let h = s.value() as f64 * scale;
        col.push(NodeBox {
            node: s.node,
            x,
            y0: y,
            y1: y + h,
        });
        s.out_y = y;
        s.in_y = y;
        s.rank = rank;
        y += h + gap;
    }

    // Each band's slots at both ends.
    let find = |col: usize, node: Node| {
        slots
            .binary_search_by_key(&(col, node.code()), |s| (s.col, s.node.code()))
            .unwrap_or(0)
    };
    let mut ends: Vec<(usize, usize, usize)> = Vec::new();
    for (i, b) in bands.iter().enumerate().filter(|(_, b)| b.hop > 0) {
        let col = usize::from(b.hop);
        ends.push((i, find(col - 1, b.from), find(col, b.to)));
    }
    let mut paths: Vec<BandPath> = ends
        .iter()
        .map(|&(band, from, to)| BandPath {
            band,
            x0: columns[slots[from].col][0].x,
            y0a: 0.0,
            y0b: 0.0,
            x1: columns[slots[to].col][0].x,
            y1a: 0.0,
            y1b: 0.0,
        })
        .collect();
    let stack = |key_a: usize, key_b: usize| Key {
        rank: key_a as i64,
        num: key_b as i64,
        text: String::new(),
    };
    let outgoing = order(
        ends.iter()
            .map(|e| stack(slots[e.1].rank, slots[e.2].rank))
            .collect(),
    );
    for j in outgoing {
        let (band, from, _) = ends[j];
        let w = bands[band].people.len() as f64 * scale;
        let s = &mut slots[from];
        paths[j].y0a = s.out_y;
        paths[j].y0b = s.out_y + w;
        s.out_y += w;
    }
    let incoming = order(
        ends.iter()
            .map(|e| stack(slots[e.2].rank, slots[e.1].rank))
            .collect(),
    );
    for j in incoming {
        let (band, _, to) = ends[j];
        let w = bands[band].people.len() as f64 * scale;
        let s = &mut slots[to];
        paths[j].y1a = s.in_y;
        paths[j].y1b = s.in_y + w;
        s.in_y += w;
    }
    FlowLayout {
        columns,
        bands: paths,
    }
}

/// A coordinate for SVG markup, to a tenth of a unit, without float
/// formatting (which would add several KB of wasm): 12.0 -> "12",
/// -0.46 -> "-0.5". Not-a-number is "0".
pub fn svg_num(x: f64) -> String {
    // `as` saturates, and maps NaN to 0.
    let tenths = (x * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    if t.is_multiple_of(10) {
        format!("{sign}{}", t / 10)
    } else {
        format!("{sign}{}.{}", t / 10, t % 10)
    }
}

// ---------------------------------------------------------------------------
// Founders

crate::vocabulary! {
    /// A founder's standing with OpenAI over one stretch of time.
    pub enum FounderState {
        AtOpenAi("at_openai", "at-openai", StatusAtOpenAi),
        Left("left", "left", StatusLeft),
        OnLeave("on_leave", "on-leave", StatusOnLeave),
        Returned("returned", "returned", StatusReturned),
    }
}

/// A state from one status change until the next (`to` is `None` for the
/// current state).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub from: PartialDate,
    pub to: Option<PartialDate>,
    pub state: FounderState,
}

/// The original founders (the `cofounder` flag), in data order.
pub fn founders(data: &Dataset) -> Vec<usize> {
    (0..data.people.len())
        .filter(|&i| data.people[i].cofounder)
        .collect()
}

/// OpenAI's founding, December 2015: where a founder with no recorded
/// joining date starts.
fn openai_founding() -> PartialDate {
    PartialDate::ym(2015, 12).expect("December 2015 is a month")
}

/// A founder's states over time, from their status changes in list order
/// (which settles dates of different precision, as in
/// [`crate::catalog`]). It starts at their `joined` change or, when the
/// first change is not a joining, at OpenAI's founding. Leaving, being fired
/// and leaving again are all `Left`; a change to the state already held
/// starts no new segment.
pub fn founder_segments(p: &Person) -> Vec<Segment> {
    let mut segments: Vec<Segment> = Vec::new();
    if p.status_changes
        .first()
        .is_none_or(|c| c.kind != StatusKind::Joined)
    {
        segments.push(Segment {
            from: openai_founding(),
            to: None,
            state: FounderState::AtOpenAi,
        });
    }
    for c in &p.status_changes {
        let state = match c.kind {
            StatusKind::Joined => FounderState::AtOpenAi,
            StatusKind::Left | StatusKind::Fired | StatusKind::LeftAgain => FounderState::Left,
            StatusKind::OnLeave => FounderState::OnLeave,
            StatusKind::Returned => FounderState::Returned,
        };
        if let Some(last) = segments.last_mut() {
            if last.state == state {
                continue;
            }
            last.to = Some(c.date);
        }
        segments.push(Segment {
            from: c.date,
            to: None,
            state,
        });
    }
    segments
}

/// A segment on a [`TimeScale`]: `began` is where the change into the state
/// happened (a point for a day, the whole month or year otherwise: the view
/// shades it as uncertain), and `x0..x1` the stretch from the end of that
/// span to the start of the next change's span, or to the axis end for the
/// current state.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FounderBar {
    pub state: FounderState,
    pub began: (f64, f64),
    pub x0: f64,
    pub x1: f64,
}

/// The bars of one founder's segments, left to right and never overlapping:
/// dates of different precision can run backwards in list order (fired on
/// 17 November 2023, reinstated in November 2023), and then a bar shrinks to
/// nothing rather than start before the previous one ends. A date that does
/// not parse or lies off the axis is placed where the previous bar ends.
pub fn founder_bars(scale: &TimeScale, segments: &[Segment]) -> Vec<FounderBar> {
    let mut bars = Vec::with_capacity(segments.len());
    let mut end = 0.0f64;
    for s in segments {
        let began = scale.span(&s.from).unwrap_or((end, end));
        let x0 = began.1.max(end);
        let next = match &s.to {
            Some(to) => scale.span(to).map_or(x0, |span| span.0),
            None => scale.width,
        };
        let x1 = next.max(x0);
        bars.push(FounderBar {
            state: s.state,
            began,
            x0,
            x1,
        });
        end = x1;
    }
    bars
}

// ---------------------------------------------------------------------------
// Valuations

/// A logarithmic axis from one power of ten to another, so that $40M and
/// $965B fit on one chart and equal ratios look equal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogScale {
    lo: f64,
    hi: f64,
    width: f64,
}

fn pow10(e: i32) -> f64 {
    10f64.powi(e)
}

/// The largest `e` with `10^e <= v`, for a positive finite `v` (`log10`
/// alone can be off by one at exact powers).
fn floor_exp(v: f64) -> i32 {
    let mut e = v.log10().floor() as i32;
    while pow10(e) > v {
        e -= 1;
    }
    while pow10(e + 1) <= v {
        e += 1;
    }
    e
}

impl LogScale {
    /// An axis from the power of ten at or below the smallest value to the
    /// power of ten at or above the largest (in either order), at least one
    /// decade wide. `None` unless both are positive and finite: zero and
    /// negative amounts have no place on a log scale, so the caller leaves
    /// them out (and says so) rather than have them drawn at the edge.
    pub fn new(min: f64, max: f64, width: f64) -> Option<Self> {
        let ok = |v: f64| v > 0.0 && v.is_finite();
        if !ok(min) || !ok(max) {
            return None;
        }
        let lo = floor_exp(min.min(max));
        let top = max.max(min);
        let mut hi = floor_exp(top);
        if pow10(hi) < top || hi == lo {
            hi += 1;
        }
        Some(LogScale {
            lo: pow10(lo),
            hi: pow10(hi),
            width,
        })
    }

    /// The axis ends, both powers of ten.
    pub fn domain(&self) -> (f64, f64) {
        (self.lo, self.hi)
    }

    /// The position of an amount, clamped to `0..=width`; an amount that is
    /// not positive is at 0.
    pub fn pos(&self, v: f64) -> f64 {
        if v.is_nan() || v <= 0.0 {
            return 0.0;
        }
        let x = (v / self.lo).log10() / (self.hi / self.lo).log10() * self.width;
        // Not `f64::clamp`: its NaN assertion formats floats, which would
        // link the float formatter (about 10 KB of wasm).
        x.max(0.0).min(self.width)
    }

    /// Every power of ten from end to end, plus 2x and 5x steps when the
    /// axis spans two decades or fewer, ascending.
    pub fn ticks(&self) -> Vec<f64> {
        let (lo, hi) = (floor_exp(self.lo), floor_exp(self.hi));
        let mut ticks = Vec::new();
        for e in lo..=hi {
            let p = pow10(e);
            ticks.push(p);
            if hi - lo <= 2 && e < hi {
                ticks.push(2.0 * p);
                ticks.push(5.0 * p);
            }
        }
        ticks
    }
}
