//! A Gantt chart of a scheduling report as SVG: one row per hart, a bar per
//! running interval coloured by process and labelled with its name and pid
//! when it is wide enough (each bar also has a tooltip), each job's arrival
//! (a triangle) and completion (a square) above the rows, and a time axis
//! in milliseconds. The chart starts at the first job's arrival (or the first
//! interval when the kernel reported no jobs), so boot does not squeeze it.

use super::sched_report::SchedReport;
use rvlab_chart::{color, document, text, tick_label, tick_step};
use svg::node::element::{Line, Path, Rectangle, Title};

const LEFT: f64 = 70.0;
const RIGHT: f64 = 20.0;
/// Room above the rows for the title and the jobs' arrival/completion marks.
const TOP: f64 = 50.0;
/// Where the marks sit.
const MARKS_Y: f64 = 40.0;
const ROW: f64 = 34.0;
const BAR: f64 = 24.0;
const AXIS: f64 = 44.0;
const PLOT_WIDTH: f64 = 900.0;

/// The chart as an SVG document.
pub fn gantt_svg(report: &SchedReport) -> String {
    let harts = report
        .intervals
        .iter()
        .map(|i| i.hart + 1)
        .chain(std::iter::once(report.harts.len()))
        .max()
        .unwrap_or(1)
        .max(1);
    let first_arrival = report
        .processes
        .iter()
        .filter(|p| p.job)
        .filter_map(|p| p.arrival_us)
        .reduce(f64::min);
    let t0 = first_arrival
        .or_else(|| report.intervals.iter().map(|i| i.start_us).reduce(f64::min))
        .unwrap_or(0.0);
    let t1 = report
        .intervals
        .iter()
        .map(|i| i.end_us)
        .fold(t0, f64::max)
        .max(t0 + 1.0);
    let x = |t: f64| LEFT + (t.clamp(t0, t1) - t0) / (t1 - t0) * PLOT_WIDTH;
    let height = TOP + ROW * harts as f64 + AXIS;
    let width = LEFT + PLOT_WIDTH + RIGHT;
    let title = match &report.scheduler {
        Some(s) => format!("who ran when: {} scheduler", s.policy),
        None => "who ran when".to_string(),
    };
    let mut doc = document(width, height).add(text(LEFT, 22.0, "start", 14, &title));
    let pids: Vec<u64> = report.processes.iter().map(|p| p.pid).collect();
    let colour = |pid: u64| {
        let i = pids.iter().position(|&p| p == pid).unwrap_or(0);
        color(i)
    };
    // Each job's arrival (a triangle pointing down) and completion (a
    // square) above the rows, in its colour; every process's if the
    // kernel reported no jobs.
    let any_job = report.processes.iter().any(|p| p.job);
    for p in report.processes.iter().filter(|p| p.job || !any_job) {
        let name = format!("{} ({})", p.name, p.pid);
        if let Some(a) = p.arrival_us {
            let ax = x(a);
            let d = format!(
                "M {} {} L {} {} L {ax} {MARKS_Y} Z",
                ax - 4.0,
                MARKS_Y - 7.0,
                ax + 4.0,
                MARKS_Y - 7.0
            );
            let tip = format!("{name} arrives at {:.3} ms", a / 1e3);
            let mark = Path::new()
                .set("class", "arrival")
                .set("data-pid", p.pid)
                .set("d", d)
                .set("fill", colour(p.pid))
                .add(Title::new(tip));
            doc = doc.add(mark);
        }
        if let Some(c) = p.completion_us {
            let tip = format!("{name} completes at {:.3} ms", c / 1e3);
            let mark = Rectangle::new()
                .set("class", "completion")
                .set("data-pid", p.pid)
                .set("x", x(c) - 3.5)
                .set("y", MARKS_Y - 7.0)
                .set("width", 7)
                .set("height", 7)
                .set("fill", colour(p.pid))
                .add(Title::new(tip));
            doc = doc.add(mark);
        }
    }
    for hart in 0..harts {
        let y = TOP + ROW * hart as f64;
        doc = doc.add(text(
            LEFT - 8.0,
            y + BAR / 2.0 + 4.0,
            "end",
            12,
            &format!("hart {hart}"),
        ));
    }
    for i in report.intervals.iter().filter(|i| i.end_us > t0) {
        let y = TOP + ROW * i.hart as f64;
        let (x0, x1) = (x(i.start_us), x(i.end_us));
        let label = format!("{} ({})", i.name, i.pid);
        let tooltip = format!(
            "{label} on hart {}: {:.3} to {:.3} ms",
            i.hart,
            i.start_us / 1e3,
            i.end_us / 1e3
        );
        let bar = Rectangle::new()
            .set("class", "run")
            .set("data-pid", i.pid)
            .set("data-hart", i.hart)
            .set("x", x0)
            .set("y", y)
            .set("width", (x1 - x0).max(0.5))
            .set("height", BAR)
            .set("fill", colour(i.pid))
            .add(Title::new(tooltip));
        doc = doc.add(bar);
        // About 6.5 px per character at 11 px.
        if x1 - x0 > 6.5 * label.len() as f64 + 4.0 {
            let t = text((x0 + x1) / 2.0, y + BAR / 2.0 + 4.0, "middle", 11, &label)
                .set("fill", "white");
            doc = doc.add(t);
        }
    }
    // The time axis, in milliseconds since boot.
    let axis_y = TOP + ROW * harts as f64;
    doc = doc.add(
        Line::new()
            .set("x1", LEFT)
            .set("x2", LEFT + PLOT_WIDTH)
            .set("y1", axis_y)
            .set("y2", axis_y)
            .set("stroke", "black"),
    );
    let step = tick_step((t1 - t0) / 1e3, 10.0);
    let mut tick = (t0 / 1e3 / step).ceil() * step;
    while tick <= t1 / 1e3 + 1e-9 {
        let tx = x(tick * 1e3);
        doc = doc
            .add(
                Line::new()
                    .set("class", "tick")
                    .set("x1", tx)
                    .set("x2", tx)
                    .set("y1", axis_y)
                    .set("y2", axis_y + 5.0)
                    .set("stroke", "black"),
            )
            .add(text(
                tx,
                axis_y + 18.0,
                "middle",
                11,
                &tick_label(tick, step),
            ));
        tick += step;
    }
    doc = doc.add(text(
        LEFT + PLOT_WIDTH / 2.0,
        axis_y + 36.0,
        "middle",
        12,
        "time since boot (ms)",
    ));
    doc.to_string()
}

#[cfg(test)]
mod tests {
    use super::super::sched_metrics::SchedMetrics;
    use super::*;

    #[test]
    fn the_chart_parses_and_has_a_bar_per_interval_on_its_hart() {
        // Round robin of A and B on hart 0 while C runs on hart 1.
        let mut m = SchedMetrics::new(2);
        for (pid, name) in [(2, "A"), (3, "B"), (4, "C <&>")] {
            m.created(pid, 1, 0);
            m.named(pid, name);
            m.arrival(pid, 1000);
        }
        m.switch(1, 4, 1000);
        for k in 0..6u64 {
            m.switch(0, 2 + k % 2, 1000 + k * 1_000_000);
        }
        m.switch(0, 0, 7_000_000);
        m.switch(1, 0, 7_000_000);
        let report = SchedReport::new(&m, None, 1000.0);
        let svg = gantt_svg(&report);
        let doc = roxmltree::Document::parse(&svg).expect("the SVG is XML");
        let bars: Vec<roxmltree::Node> = doc
            .descendants()
            .filter(|n| n.has_tag_name("rect") && n.attribute("class") == Some("run"))
            .collect();
        assert_eq!(bars.len(), 7);
        let on_hart1: Vec<&str> = bars
            .iter()
            .filter(|b| b.attribute("data-hart") == Some("1"))
            .map(|b| b.attribute("data-pid").unwrap())
            .collect();
        assert_eq!(on_hart1, ["4"]);
        // Bars of one process share a colour; A's differs from B's.
        let fill = |pid: &str| -> Vec<&str> {
            bars.iter()
                .filter(|b| b.attribute("data-pid") == Some(pid))
                .map(|b| b.attribute("fill").unwrap())
                .collect()
        };
        assert!(fill("2").windows(2).all(|w| w[0] == w[1]));
        assert_ne!(fill("2")[0], fill("3")[0]);
        assert!(svg.contains("C &lt;&amp;&gt; (4)"), "names are escaped");
        let marks = |class: &str| {
            doc.descendants()
                .filter(|n| n.attribute("class") == Some(class))
                .count()
        };
        assert_eq!(marks("arrival"), 3, "one per job");
        assert_eq!(marks("completion"), 0, "no job exited");
        let ticks = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("tick"))
            .count();
        assert!((5..=12).contains(&ticks), "{ticks} ticks");
    }
}
