//! Integer instruction classes: RV64I (ALU, immediates, shifts, W forms,
//! lui/auipc, loads/stores, branches, jumps, fences), M, and A (AMOs, LR/SC).

use super::{fp, values, Class, Ctx, BASE, SCRATCH_LEN};

pub(crate) static CLASSES: &[Class] = &[
    Class {
        name: "alu",
        variants: &[
            "add", "sub", "sll", "slt", "sltu", "xor", "srl", "sra", "or", "and", "addw", "subw",
            "sllw", "srlw", "sraw",
        ],
        emit: emit_alu,
        weights: [10, 3, 2],
    },
    Class {
        name: "imm",
        variants: &["addi", "slti", "sltiu", "xori", "ori", "andi", "addiw"],
        emit: emit_imm,
        weights: [8, 2, 1],
    },
    Class {
        name: "shift-imm",
        variants: &["slli", "srli", "srai", "slliw", "srliw", "sraiw"],
        emit: emit_shift_imm,
        weights: [4, 1, 0],
    },
    Class {
        name: "upper",
        variants: &["lui", "auipc", "li"],
        emit: emit_upper,
        weights: [3, 1, 1],
    },
    Class {
        name: "mul",
        variants: &[
            "mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu", "mulw", "divw",
            "divuw", "remw", "remuw",
        ],
        emit: emit_alu,
        weights: [6, 0, 0],
    },
    Class {
        name: "mem",
        variants: &[
            "lb", "lh", "lw", "ld", "lbu", "lhu", "lwu", "sb", "sh", "sw", "sd",
        ],
        emit: emit_mem,
        weights: [8, 2, 8],
    },
    Class {
        name: "amo",
        variants: &[
            "amoswap.w",
            "amoadd.w",
            "amoxor.w",
            "amoand.w",
            "amoor.w",
            "amomin.w",
            "amomax.w",
            "amominu.w",
            "amomaxu.w",
            "amoswap.d",
            "amoadd.d",
            "amoxor.d",
            "amoand.d",
            "amoor.d",
            "amomin.d",
            "amomax.d",
            "amominu.d",
            "amomaxu.d",
        ],
        emit: emit_amo,
        weights: [4, 0, 16],
    },
    Class {
        name: "lrsc",
        variants: &["lr/sc.w", "lr/sc.d", "sc.w-alone", "sc.d-alone"],
        emit: emit_lrsc,
        weights: [2, 0, 6],
    },
    Class {
        name: "branch",
        variants: &["beq", "bne", "blt", "bge", "bltu", "bgeu"],
        emit: emit_branch,
        weights: [6, 3, 2],
    },
    Class {
        name: "jump",
        variants: &["jal", "jalr"],
        emit: emit_jump,
        weights: [2, 1, 0],
    },
    Class {
        name: "fence",
        variants: &["fence", "fence rw,rw", "fence r,w", "fence.i"],
        emit: emit_fence,
        weights: [1, 0, 1],
    },
];

/// A 12-bit signed immediate, often at an edge.
fn imm12(ctx: &mut Ctx) -> i64 {
    if ctx.rng.chance(1, 3) {
        *ctx.rng.pick(&[-2048, 2047, 0, -1, 1, 31, 32, 63])
    } else {
        ctx.rng.range_i64(-2048, 2047)
    }
}

/// Register-register ops (RV64I and M share the shape).
fn emit_alu(ctx: &mut Ctx, m: &str) {
    let (rd, rs1) = (ctx.xd(), ctx.xs());
    // rs1 == rs2 sometimes: x - x, x / x, mulh of a square...
    let rs2 = if ctx.rng.chance(1, 8) { rs1 } else { ctx.xs() };
    ctx.op(format!("{m} x{rd}, x{rs1}, x{rs2}"));
}

fn emit_imm(ctx: &mut Ctx, m: &str) {
    let (rd, rs1, imm) = (ctx.xd(), ctx.xs(), imm12(ctx));
    ctx.op(format!("{m} x{rd}, x{rs1}, {imm}"));
}

fn emit_shift_imm(ctx: &mut Ctx, m: &str) {
    let max = if m.ends_with('w') { 31 } else { 63 };
    let shamt = match ctx.rng.below(4) {
        0 => 0,
        1 => max,
        _ => ctx.rng.range_i64(0, max),
    };
    let (rd, rs1) = (ctx.xd(), ctx.xs());
    ctx.op(format!("{m} x{rd}, x{rs1}, {shamt}"));
}

fn emit_upper(ctx: &mut Ctx, m: &str) {
    let rd = ctx.xd();
    match m {
        "li" => {
            let v = values::int_value(&mut ctx.rng);
            ctx.op(format!("li x{rd}, {v:#x}"));
        }
        _ => {
            let imm = match ctx.rng.below(3) {
                0 => *ctx.rng.pick(&[0, 0x80000, 0xfffff, 0x7ffff, 1]),
                _ => ctx.rng.below(1 << 20) as i64,
            };
            ctx.op(format!("{m} x{rd}, {imm:#x}"));
        }
    }
}

/// Access size in bytes of a load, store or AMO mnemonic.
pub(crate) fn access_size(m: &str) -> usize {
    let m = m.trim_start_matches("c.").trim_end_matches("sp");
    match m.trim_end_matches('u') {
        "lb" | "sb" => 1,
        "lh" | "sh" => 2,
        "lw" | "sw" | "flw" | "fsw" => 4,
        "ld" | "sd" | "fld" | "fsd" => 8,
        _ if m.ends_with(".w") => 4,
        _ if m.ends_with(".d") => 8,
        _ => panic!("no access size for {m}"),
    }
}

/// A naturally aligned offset of a `size`-byte access inside the scratch area.
pub(crate) fn scratch_offset(ctx: &mut Ctx, size: usize) -> usize {
    ctx.rng.below((SCRATCH_LEN / size) as u64) as usize * size
}

/// `(base register, displacement)` addressing scratch offset `off`: usually
/// the scratch pointer itself; sometimes a temporary set to a shifted copy of
/// it, so that negative and large displacements get used too.
pub(crate) fn address(ctx: &mut Ctx, off: usize) -> (usize, i64) {
    if ctx.rng.chance(3, 4) {
        return (BASE, off as i64);
    }
    let off = off as i64;
    let shift = ctx
        .rng
        .range_i64((off - 2047).max(-2048), (off + 2048).min(2047));
    let tmp = ctx.xd_nonzero();
    ctx.op(format!("addi x{tmp}, x{BASE}, {shift}"));
    (tmp, off - shift)
}

/// Integer and FP loads and stores (FP ones come here from `fp`).
pub(crate) fn emit_mem(ctx: &mut Ctx, m: &str) {
    let size = access_size(m);
    let off = scratch_offset(ctx, size);
    let (base, disp) = address(ctx, off);
    let is_store = m.starts_with('s') || m.starts_with("fs");
    let reg = match (m.starts_with('f'), is_store) {
        (true, _) => format!(
            "f{}",
            fp::freg(ctx, Some(if size == 4 { 's' } else { 'd' }))
        ),
        (false, true) => format!("x{}", ctx.xs()),
        (false, false) => format!("x{}", ctx.xd()),
    };
    ctx.op(format!("{m} {reg}, {disp}(x{base})"));
}

const ORDERINGS: &[&str] = &["", ".aq", ".rl", ".aqrl"];

/// An aligned scratch address in a fresh temporary (never the scratch pointer).
fn amo_address(ctx: &mut Ctx, size: usize) -> usize {
    let off = scratch_offset(ctx, size);
    let tmp = ctx.xd_nonzero();
    ctx.op(format!("addi x{tmp}, x{BASE}, {off}"));
    tmp
}

fn emit_amo(ctx: &mut Ctx, m: &str) {
    let addr = amo_address(ctx, access_size(m));
    let ord = *ctx.rng.pick(ORDERINGS);
    let (rd, rs2) = (ctx.xd(), ctx.xs());
    ctx.op(format!("{m}{ord} x{rd}, x{rs2}, (x{addr})"));
}

/// An LR/SC pair on one address with register-only ops between (no memory
/// access, so the SC must succeed), or a lone SC, which must fail because the
/// last SC consumed the reservation.
fn emit_lrsc(ctx: &mut Ctx, m: &str) {
    let width = if m.contains(".w") { "w" } else { "d" };
    let addr = amo_address(ctx, if width == "w" { 4 } else { 8 });
    if !m.ends_with("alone") {
        let rd = loop {
            let r = ctx.xd();
            if r != addr {
                break r;
            }
        };
        let ord = *ctx.rng.pick(ORDERINGS);
        ctx.op(format!("lr.{width}{ord} x{rd}, (x{addr})"));
        for _ in 0..ctx.rng.below(3) {
            let dst = loop {
                let r = ctx.xd();
                if r != addr {
                    break r;
                }
            };
            let (a, b) = (ctx.xs(), ctx.xs());
            let op = *ctx.rng.pick(&["add", "xor", "sub", "mul", "sltu"]);
            ctx.op(format!("{op} x{dst}, x{a}, x{b}"));
        }
    }
    let ord = *ctx.rng.pick(ORDERINGS);
    let (rd, rs2) = (ctx.xd(), ctx.xs());
    ctx.op(format!("sc.{width}{ord} x{rd}, x{rs2}, (x{addr})"));
}

fn emit_branch(ctx: &mut Ctx, m: &str) {
    let rs1 = ctx.xs();
    let rs2 = if ctx.rng.chance(1, 4) { rs1 } else { ctx.xs() };
    let label = ctx.forward_label();
    ctx.op(format!("{m} x{rs1}, x{rs2}, {label}"));
}

fn emit_jump(ctx: &mut Ctx, m: &str) {
    let label = ctx.forward_label();
    let rd = ctx.xd();
    if m == "jal" {
        ctx.op(format!("jal x{rd}, {label}"));
    } else {
        // tmp = label - disp; jalr rd, disp(tmp). rd may equal tmp: the target
        // must come from the old value.
        let tmp = ctx.xd_nonzero();
        let disp = ctx.rng.range_i64(-64, 64);
        ctx.op(format!("lla x{tmp}, {label} - ({disp})"));
        ctx.op(format!("jalr x{rd}, {disp}(x{tmp})"));
    }
}

fn emit_fence(ctx: &mut Ctx, m: &str) {
    ctx.op(m);
}
