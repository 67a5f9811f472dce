//! State of the `cercles` chart: the circles and which one is selected.

/// One circle of audience, innermost first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Circle {
    /// Pair: a privileged link with one person.
    Pair,
    /// Family leaf: the members of one family (the article gives no number).
    Family,
    /// An open network such as Facebook: 120 friends on average.
    Friends,
}

impl Circle {
    /// Every circle, innermost first (also keyboard and hit order).
    pub const ALL: [Circle; 3] = [Circle::Pair, Circle::Family, Circle::Friends];

    /// The circle's position in [`Circle::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The circle at `index` in [`Circle::ALL`], if any.
    pub fn from_index(index: usize) -> Option<Circle> {
        Circle::ALL.get(index).copied()
    }

    /// The circle's id in URLs (`cercle=`).
    pub fn id(self) -> &'static str {
        match self {
            Circle::Pair => "pair",
            Circle::Family => "famille",
            Circle::Friends => "amis",
        }
    }

    /// The circle whose URL id is `id`, if any.
    pub fn from_id(id: &str) -> Option<Circle> {
        Circle::ALL.into_iter().find(|c| c.id() == id)
    }

    /// The network that serves this circle, as the article names it.
    pub fn network(self) -> &'static str {
        match self {
            Circle::Pair => "Pair",
            Circle::Family => "Family leaf",
            Circle::Friends => "Facebook, Twitter…",
        }
    }
}

/// What the `cercles` chart shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CerclesModel {
    /// People Pair links you with (the article's 1).
    pub pair: f64,
    /// Friends on an open network (the article's 120).
    pub friends: f64,
    /// The circle the reader selected.
    pub selected: Circle,
}
