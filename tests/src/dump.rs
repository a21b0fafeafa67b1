//! Reading and comparing the state dumps the test programs print (format in
//! `gen::frame`), and explaining a difference to a person.

use crate::gen::Program;
use std::fmt::Write as _;

/// ABI names of x0..x31, for reports.
const ABI: [&str; 32] = [
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4",
    "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
    "t5", "t6",
];

/// The first line where two outputs differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// 1-based line number.
    pub line: usize,
    /// The line in the reference output (QEMU), `None` if that output ended.
    pub expected: Option<String>,
    /// The line in the output under test (rvlab), `None` if that output ended.
    pub actual: Option<String>,
}

impl Difference {
    /// What the differing line is about: `x10 (a0)`, `f3`, `fcsr`, `m+000010`.
    pub fn item(&self) -> String {
        let line = self
            .expected
            .as_deref()
            .or(self.actual.as_deref())
            .unwrap_or("");
        let name = line.split_whitespace().next().unwrap_or("");
        match name.strip_prefix('x').and_then(|n| n.parse::<usize>().ok()) {
            Some(n) if n < 32 => format!("{name} ({})", ABI[n]),
            _ => name.to_string(),
        }
    }

    /// The scratch-area offset of a differing `m+` line.
    pub fn memory_offset(&self) -> Option<usize> {
        let line = self.expected.as_deref().or(self.actual.as_deref())?;
        let hex = line.strip_prefix("m+")?.split_whitespace().next()?;
        usize::from_str_radix(hex, 16).ok()
    }
}

/// Compares two outputs line by line; `None` when they are byte-for-byte equal.
pub fn first_difference(expected: &[u8], actual: &[u8]) -> Option<Difference> {
    if expected == actual {
        return None;
    }
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let (mut e, mut a) = (exp.split_inclusive('\n'), act.split_inclusive('\n'));
    let mut line = 0;
    loop {
        line += 1;
        match (e.next(), a.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (None, None) => {
                // Equal as lossy text but not as bytes: invalid UTF-8 somewhere.
                return Some(Difference {
                    line,
                    expected: Some("(bytes differ outside valid UTF-8)".into()),
                    actual: Some(String::new()),
                });
            }
            (x, y) => {
                let clean = |s: &str| s.trim_end_matches('\n').to_string();
                return Some(Difference {
                    line,
                    expected: x.map(clean),
                    actual: y.map(clean),
                });
            }
        }
    }
}

/// The first differing pair of scratch-area (`m+`) lines, for programs whose
/// memory holds the results (the targeted suites): their final registers
/// differ first, but the result slot says which instruction went wrong.
pub fn first_memory_difference(expected: &[u8], actual: &[u8]) -> Option<Difference> {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let mem = |t: &str| -> Vec<(usize, String)> {
        t.lines()
            .enumerate()
            .filter(|(_, l)| l.starts_with("m+"))
            .map(|(i, l)| (i + 1, l.to_string()))
            .collect()
    };
    let (e, a) = (mem(&exp), mem(&act));
    e.iter()
        .zip(&a)
        .find(|(x, y)| x.1 != y.1)
        .map(|(x, y)| Difference {
            line: x.0,
            expected: Some(x.1.clone()),
            actual: Some(y.1.clone()),
        })
}

/// Checks that `out` is a complete dump: header, x1..x31, f0..f31, fcsr,
/// `mem_lines` memory lines, `end`. Returns the number of lines.
pub fn check_format(out: &[u8], mem_lines: usize) -> Result<usize, String> {
    let text = std::str::from_utf8(out).map_err(|e| format!("not UTF-8: {e}"))?;
    let lines: Vec<&str> = text.lines().collect();
    let mut expected_names = vec!["rvlab-dump".to_string()];
    expected_names.extend((1..32).map(|i| format!("x{i}")));
    expected_names.extend((0..32).map(|i| format!("f{i}")));
    expected_names.push("fcsr".into());
    expected_names.extend((0..mem_lines).map(|i| format!("m+{:06x}", i * 8)));
    expected_names.push("end".into());
    if lines.len() != expected_names.len() {
        return Err(format!(
            "{} lines, expected {}",
            lines.len(),
            expected_names.len()
        ));
    }
    for (line, name) in lines.iter().zip(&expected_names) {
        let mut parts = line.split(' ');
        if parts.next() != Some(name.as_str()) {
            return Err(format!("line `{line}`: expected item {name}"));
        }
        if let Some(value) = parts.next() {
            if value.len() != 16 || !value.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(format!("line `{line}`: value is not 16 hex digits"));
            }
        }
    }
    if !text.ends_with("end\n") {
        return Err("missing final newline".into());
    }
    Ok(lines.len())
}

/// Lines of `out` around line `center` (1-based), numbered, at most `radius` each side.
fn window(out: &[u8], center: usize, radius: usize) -> String {
    let text = String::from_utf8_lossy(out);
    let lines: Vec<&str> = text.lines().collect();
    let from = center.saturating_sub(radius + 1);
    let to = (center + radius).min(lines.len());
    let mut s = String::new();
    if from > 0 {
        let _ = writeln!(s, "    ... ({from} lines before)");
    }
    for (i, l) in lines.iter().enumerate().take(to).skip(from) {
        let mark = if i + 1 == center { ">" } else { " " };
        let _ = writeln!(s, "{mark}{:5} {l}", i + 1);
    }
    if to < lines.len() {
        let _ = writeln!(s, "    ... ({} lines after)", lines.len() - to);
    }
    if lines.is_empty() {
        s.push_str("    (no output)\n");
    }
    s
}

/// A mismatch report: the program, where to find its files, the first
/// differing item, and both outputs as separate blocks around it.
pub fn report(
    program: &Program,
    asm_path: &std::path::Path,
    diff: &Difference,
    qemu: &[u8],
    rvlab: &[u8],
) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "differential mismatch: program {}", program.name);
    if let Some(seed) = program.seed {
        let _ = writeln!(
            s,
            "seed: {seed} (the generator settings are on the assembly's first line)"
        );
    }
    let _ = writeln!(s, "assembly: {}", asm_path.display());
    let _ = writeln!(
        s,
        "full outputs: {} and {}",
        asm_path.with_extension("qemu.out").display(),
        asm_path.with_extension("rvlab.out").display()
    );
    let _ = writeln!(s, "first difference: line {}, {}", diff.line, diff.item());
    if let Some(note) = diff.memory_offset().and_then(|o| program.note_for(o)) {
        let _ = writeln!(s, "  which holds: {note}");
    }
    let show = |l: &Option<String>| l.clone().unwrap_or_else(|| "(output ended)".into());
    let _ = writeln!(s, "  qemu:  {}", show(&diff.expected));
    let _ = writeln!(s, "  rvlab: {}", show(&diff.actual));
    // The blocks show the lines around the first difference, or around the
    // first differing result for programs that store results in memory.
    let mut center = diff.line;
    if !program.notes.is_empty() && diff.memory_offset().is_none() {
        if let Some(m) = first_memory_difference(qemu, rvlab) {
            let note = m
                .memory_offset()
                .and_then(|o| program.note_for(o))
                .unwrap_or("?");
            let _ = writeln!(s, "first differing result: line {}, {note}", m.line);
            let _ = writeln!(s, "  qemu:  {}", show(&m.expected));
            let _ = writeln!(s, "  rvlab: {}", show(&m.actual));
            center = m.line;
        }
    }
    let _ = writeln!(s, "--- qemu (expected) ---\n{}", window(qemu, center, 15));
    let _ = writeln!(s, "--- rvlab (actual) ---\n{}", window(rvlab, center, 15));
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_outputs_have_no_difference() {
        assert_eq!(first_difference(b"a\nb\n", b"a\nb\n"), None);
    }

    #[test]
    fn names_the_register() {
        let d = first_difference(b"x9 0000\nx10 0001\n", b"x9 0000\nx10 0002\n").unwrap();
        assert_eq!(d.line, 2);
        assert_eq!(d.item(), "x10 (a0)");
        assert_eq!(d.expected.as_deref(), Some("x10 0001"));
        assert_eq!(d.actual.as_deref(), Some("x10 0002"));
    }

    #[test]
    fn truncated_output_is_a_difference() {
        let d = first_difference(b"x1 0\nx2 0\n", b"x1 0\n").unwrap();
        assert_eq!((d.line, d.actual), (2, None));
        let d = first_difference(b"x1 0\n", b"x1 0\nx2 0\n").unwrap();
        assert_eq!((d.line, d.expected), (2, None));
        // A missing final newline is a difference too.
        assert!(first_difference(b"end\n", b"end").is_some());
    }

    #[test]
    fn first_memory_difference_skips_registers() {
        let d = first_memory_difference(
            b"f3 1\nm+000000 0\nm+000008 2\n",
            b"f3 0\nm+000000 0\nm+000008 3\n",
        )
        .unwrap();
        assert_eq!((d.line, d.memory_offset()), (3, Some(8)));
    }

    #[test]
    fn memory_lines_map_to_offsets() {
        let d = first_difference(b"m+000010 00\n", b"m+000010 01\n").unwrap();
        assert_eq!(d.memory_offset(), Some(0x10));
    }

    proptest! {
        /// Changing any one byte of a dump is always found, on the right line.
        #[test]
        fn any_single_change_is_found(
            lines in prop::collection::vec("[a-z0-9+]{1,6} [0-9a-f]{16}", 1..50),
            pick in any::<prop::sample::Index>(),
            byte in any::<u8>(),
        ) {
            let text = lines.join("\n") + "\n";
            let mut changed = text.clone().into_bytes();
            let i = pick.index(changed.len());
            prop_assume!(changed[i] != byte);
            changed[i] = byte;
            let d = first_difference(text.as_bytes(), &changed);
            prop_assert!(d.is_some());
            let expected_line = text.as_bytes()[..i].iter().filter(|&&b| b == b'\n').count() + 1;
            prop_assert_eq!(d.unwrap().line, expected_line);
        }
    }
}
