//! The flow's layout: node columns and band paths in a box, one scale of units per person.

use super::*;

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
