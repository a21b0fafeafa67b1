//! rstd [WORD...] [--exit N]: a Rust std program for the differential suite:
//! Vec and sorting, HashMap and BTreeMap, String building and formatting
//! (widths, precisions, floats, {:?}, {:#x}), std::env::args and vars,
//! Box<dyn Trait>, iterators, and std::process::exit with the status given
//! after --exit (0 otherwise). HashMap's order is random by design (its seed
//! comes from getrandom), so anything printed from one is sorted first.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::env;
use std::fmt::Write as _;
use std::process;

trait Shape {
    fn name(&self) -> String;
    fn area(&self) -> f64;
}

struct Circle(f64);
struct Rect(f64, f64);

impl Shape for Circle {
    fn name(&self) -> String {
        format!("circle r={}", self.0)
    }
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.0 * self.0
    }
}

impl Shape for Rect {
    fn name(&self) -> String {
        format!("rect {}x{}", self.0, self.1)
    }
    fn area(&self) -> f64 {
        self.0 * self.1
    }
}

/// A fixed pseudo-random sequence (an LCG), the same on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }
}

fn arguments() -> (Vec<String>, i32) {
    let args: Vec<String> = env::args().collect();
    println!("{} arguments", args.len());
    for (i, a) in args.iter().enumerate() {
        println!("  args[{i}] = {a:?}");
    }
    let mut vars: Vec<(String, String)> = env::vars().collect();
    vars.sort();
    println!("{} environment variables: {:?}", vars.len(), vars);
    let code = match args.iter().position(|a| a == "--exit") {
        Some(i) => args.get(i + 1).and_then(|n| n.parse().ok()).unwrap_or(1),
        None => 0,
    };
    (args, code)
}

fn collections(words: &[String]) {
    let mut rng = Lcg(42);
    let mut v: Vec<u32> = (0..20_000).map(|_| rng.next() % 100_000).collect();
    v.sort_unstable();
    v.dedup();
    let sum: u64 = v.iter().map(|&x| x as u64).sum();
    println!(
        "vec: {} distinct, first {:?}, last {:?}, sum {sum}",
        v.len(),
        &v[..3],
        &v[v.len() - 3..]
    );

    let text = "the quick brown fox jumps over the lazy dog the fox";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text
        .split_whitespace()
        .chain(words.iter().map(String::as_str))
    {
        *counts.entry(w).or_default() += 1;
    }
    let mut by_count: Vec<(&str, usize)> = counts.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("word counts: {by_count:?}");

    let mut squares: HashMap<u64, u64> = (0..5000u64).map(|i| (i, i * i)).collect();
    squares.retain(|k, _| k % 7 == 0);
    let total: u64 = squares.values().sum();
    println!(
        "hashmap: {} entries kept, sum of squares {total}",
        squares.len()
    );

    let letters: HashSet<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let mut letters: Vec<char> = letters.into_iter().collect();
    letters.sort();
    println!(
        "{} distinct letters: {}",
        letters.len(),
        letters.iter().collect::<String>()
    );

    let mut tree = BTreeMap::new();
    for (i, w) in text.split(' ').enumerate() {
        tree.entry(w.len()).or_insert_with(Vec::new).push(i);
    }
    println!("btree by length: {tree:?}");
}

fn formatting() {
    let pi = std::f64::consts::PI;
    println!(
        "[{:8.3}] [{:<8.2}] [{:^9.1}] [{:+.4e}] [{:e}] [{}]",
        pi,
        pi,
        pi,
        pi,
        1234.5f64,
        0.1 + 0.2
    );
    println!(
        "[{:5}] [{:<5}] [{:^5}] [{:05}] [{:#x}] [{:#010b}] [{:o}]",
        42, 42, 42, -42, 255, 5, 64
    );
    println!(
        "[{}] [{}] [{}] [{:?}] [{:?}]",
        f64::MAX,
        f64::MIN_POSITIVE,
        1e21,
        1.0f64,
        f32::EPSILON
    );
    println!(
        "[{}] [{}] [{}] [{:.0}] [{:.0}]",
        f64::NAN,
        f64::INFINITY,
        -0.0f64,
        0.5,
        1.5
    );
    println!(
        "[{:>10}] [{:-<10}] [{:?}] [{:?}]",
        "right", "left", "quote\"d\n", 'λ'
    );
    println!("[{}] [{}] [{}]", u128::MAX, i64::MIN, usize::MAX);
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1.5)), Box::new(Rect(2.0, 3.5))];
    for s in &shapes {
        println!("{:<14} area {:>10.4}", s.name(), s.area());
    }
    let mut s = String::new();
    for i in 0..10 {
        let _ = write!(s, "{i}{}", if i % 3 == 2 { ';' } else { ',' });
    }
    println!(
        "built {s:?} ({} bytes), upper {:?}",
        s.len(),
        "mixed Case ß".to_uppercase()
    );
    let parsed: Result<Vec<i32>, _> = "1 -2 30".split(' ').map(str::parse::<i32>).collect();
    let bad = "12x".parse::<i32>();
    println!("parsed {parsed:?}, bad {bad:?}");
}

fn main() {
    let (args, code) = arguments();
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .cloned()
        .collect();
    collections(&words);
    formatting();
    println!("exiting with {code}");
    process::exit(code);
}
