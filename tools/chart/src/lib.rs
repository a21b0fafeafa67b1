//! What rvlab's SVG charts have in common (the Gantt charts of
//! `rvlab run --sched-report` and the bar charts of `cargo xtask
//! experiment`): one palette, round axis ticks with clean labels, and text
//! in one style.

use svg::node::element::{Rectangle, Text};
use svg::Document;

/// A qualitative palette that prints and reads well: processes in a Gantt
/// chart, series in a bar chart.
pub const PALETTE: [&str; 10] = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac",
];

/// The `i`th colour of the palette (repeating).
pub fn color(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}

/// A step of 1, 2 or 5 times a power of ten giving about `ticks` ticks
/// over `span`.
pub fn tick_step(span: f64, ticks: f64) -> f64 {
    if !(span.is_finite() && span > 0.0) {
        return 1.0;
    }
    let raw = span / ticks;
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&s| s >= raw)
        .unwrap_or(10.0 * power)
}

/// A tick's label: as many decimals as the step needs, no float noise.
pub fn tick_label(value: f64, step: f64) -> String {
    let decimals = if step >= 1.0 {
        0
    } else {
        (-step.log10()).ceil() as usize
    };
    format!("{value:.decimals$}")
}

/// An empty chart of `width` x `height` on a white background (viewers
/// otherwise show it on their own, often dark, background).
pub fn document(width: f64, height: f64) -> Document {
    Document::new()
        .set("viewBox", (0, 0, width, height))
        .set("width", width)
        .set("height", height)
        .add(
            Rectangle::new()
                .set("width", "100%")
                .set("height", "100%")
                .set("fill", "white"),
        )
}

/// Sans-serif text at (`x`, `y`), anchored `start`, `middle` or `end`.
pub fn text(x: f64, y: f64, anchor: &str, size: u32, content: &str) -> Text {
    Text::new(content)
        .set("x", x)
        .set("y", y)
        .set("text-anchor", anchor)
        .set("font-family", "sans-serif")
        .set("font-size", size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tick_steps_are_round() {
        assert_eq!(tick_step(30.0, 10.0), 5.0);
        assert_eq!(tick_step(100.0, 10.0), 10.0);
        assert_eq!(tick_step(0.9, 10.0), 0.1);
        assert_eq!(tick_step(0.0, 10.0), 1.0);
        assert_eq!(tick_step(7.0, 5.0), 2.0);
        assert_eq!(tick_label(0.1 + 0.2, 0.1), "0.3");
        assert_eq!(tick_label(20.0, 5.0), "20");
        assert_eq!(color(11), PALETTE[1]);
    }
}
