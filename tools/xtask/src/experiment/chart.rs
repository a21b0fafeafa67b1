//! Grouped bar charts as SVG, for comparing an experiment's runs: a group
//! of bars per run, a bar per metric, one panel per unit (metrics in the
//! same unit share a panel and its y axis), panels stacked top to bottom.

use rvlab_chart::{color, document, text, tick_label, tick_step};
use svg::node::element::{Group, Line, Rectangle, Title};

const LEFT: f64 = 70.0;
const BAR: f64 = 14.0;
const GAP: f64 = 18.0;
const PLOT_HEIGHT: f64 = 200.0;
const TOP: f64 = 50.0;
/// Room under the axis for slanted group labels.
const BOTTOM: f64 = 90.0;

/// One panel: groups along x, a bar per series in each group.
pub struct Panel {
    pub title: String,
    pub groups: Vec<String>,
    /// (name, one value per group; `None` draws no bar).
    pub series: Vec<(String, Vec<Option<f64>>)>,
}

fn panel_width(p: &Panel) -> f64 {
    let group = BAR * p.series.len().max(1) as f64 + GAP;
    LEFT + group * p.groups.len().max(1) as f64 + 160.0
}

/// Draws one panel with its top-left corner at (0, 0).
fn draw(p: &Panel) -> Group {
    let mut g = Group::new().add(text(LEFT, 20.0, "start", 14, &p.title));
    let max = p
        .series
        .iter()
        .flat_map(|(_, v)| v.iter().flatten())
        .fold(0.0f64, |a, &b| a.max(b));
    let step = tick_step(max, 5.0);
    let top = (max / step).ceil().max(1.0) * step;
    let y = |v: f64| TOP + PLOT_HEIGHT * (1.0 - v.max(0.0) / top);
    let base = TOP + PLOT_HEIGHT;
    let group_width = BAR * p.series.len().max(1) as f64 + GAP;
    let right = LEFT + group_width * p.groups.len().max(1) as f64;
    // The y axis with its ticks, and the baseline.
    let mut tick = 0.0;
    while tick <= top + step / 2.0 {
        let ty = y(tick);
        g = g
            .add(
                Line::new()
                    .set("x1", LEFT - 4.0)
                    .set("x2", right)
                    .set("y1", ty)
                    .set("y2", ty)
                    .set("stroke", if tick == 0.0 { "black" } else { "#dddddd" }),
            )
            .add(text(
                LEFT - 8.0,
                ty + 4.0,
                "end",
                11,
                &tick_label(tick, step),
            ));
        tick += step;
    }
    for (gi, group) in p.groups.iter().enumerate() {
        let x0 = LEFT + GAP / 2.0 + group_width * gi as f64;
        for (si, (name, values)) in p.series.iter().enumerate() {
            let Some(v) = values.get(gi).copied().flatten() else {
                continue;
            };
            let bar = Rectangle::new()
                .set("class", "bar")
                .set("data-group", gi)
                .set("data-series", si)
                .set("x", x0 + BAR * si as f64)
                .set("y", y(v))
                .set("width", BAR - 2.0)
                .set("height", base - y(v))
                .set("fill", color(si))
                .add(Title::new(format!("{group}: {name} = {v:.3}")));
            g = g.add(bar);
        }
        let lx = x0 + BAR * p.series.len() as f64 / 2.0;
        let label = text(lx, base + 14.0, "end", 11, group)
            .set("transform", format!("rotate(-35 {lx} {})", base + 14.0));
        g = g.add(label);
    }
    // The legend, right of the plot.
    for (si, (name, _)) in p.series.iter().enumerate() {
        let ly = TOP + 18.0 * si as f64;
        g = g
            .add(
                Rectangle::new()
                    .set("x", right + 14.0)
                    .set("y", ly)
                    .set("width", 12)
                    .set("height", 12)
                    .set("fill", color(si)),
            )
            .add(text(right + 32.0, ly + 10.0, "start", 11, name));
    }
    g
}

/// The panels stacked into one SVG document.
pub fn render(title: &str, panels: &[Panel]) -> String {
    let width = panels.iter().map(panel_width).fold(500.0, f64::max);
    let panel_height = TOP + PLOT_HEIGHT + BOTTOM;
    let height = 30.0 + panel_height * panels.len().max(1) as f64;
    let mut doc = document(width, height).add(text(10.0, 20.0, "start", 15, title));
    for (i, p) in panels.iter().enumerate() {
        let dy = 30.0 + panel_height * i as f64;
        doc = doc.add(draw(p).set("transform", format!("translate(0 {dy})")));
    }
    doc.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_parses_and_has_a_bar_per_value() {
        let panel = Panel {
            title: "times (ms)".into(),
            groups: vec!["a-fifo".into(), "a-rr".into(), "b <sjf>".into()],
            series: vec![
                (
                    "avg turnaround".into(),
                    vec![Some(20.0), Some(29.0), Some(50.0)],
                ),
                ("avg response".into(), vec![Some(10.0), Some(1.0), None]),
            ],
        };
        let svg = render("policies", &[panel]);
        let doc = roxmltree::Document::parse(&svg).expect("the SVG is XML");
        let bars: Vec<roxmltree::Node> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("bar"))
            .collect();
        assert_eq!(bars.len(), 5, "a missing value draws no bar");
        let height = |g: &str, s: &str| -> f64 {
            bars.iter()
                .find(|b| {
                    b.attribute("data-group") == Some(g) && b.attribute("data-series") == Some(s)
                })
                .and_then(|b| b.attribute("height"))
                .unwrap()
                .parse()
                .unwrap()
        };
        // Heights follow the values: 29 ms is 2.9 times 10 ms.
        assert!((height("1", "0") / height("0", "1") - 2.9).abs() < 1e-9);
        assert!(height("2", "0") > height("0", "0"));
        assert!(svg.contains("b &lt;sjf&gt;"));
    }
}
