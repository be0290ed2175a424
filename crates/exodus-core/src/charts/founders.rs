//! The founders: each original founder's states at OpenAI over time, and their bars on a time axis.

use super::*;

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
            None => scale.width(),
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
