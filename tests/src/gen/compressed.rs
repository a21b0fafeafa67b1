//! The C extension for RV64: every compressed instruction except c.ebreak
//! (which traps), written with its `c.` mnemonic so the assembler cannot
//! choose another encoding. Operands respect each form's constraints
//! (x8..x15 for 3-bit register fields, non-zero immediates where zero is
//! reserved or a hint).

use super::{int, Class, Ctx, BASE};

pub(crate) static CLASSES: &[Class] = &[
    Class {
        name: "rvc",
        variants: &[
            "c.addi4spn",
            "c.fld",
            "c.lw",
            "c.ld",
            "c.fsd",
            "c.sw",
            "c.sd",
            "c.nop",
            "c.addi",
            "c.addiw",
            "c.li",
            "c.addi16sp",
            "c.lui",
            "c.srli",
            "c.srai",
            "c.andi",
            "c.sub",
            "c.xor",
            "c.or",
            "c.and",
            "c.subw",
            "c.addw",
            "c.slli",
            "c.mv",
            "c.add",
        ],
        emit: emit_rvc,
        weights: [8, 30, 0],
    },
    Class {
        name: "rvc-sp",
        variants: &["c.fldsp", "c.lwsp", "c.ldsp", "c.fsdsp", "c.swsp", "c.sdsp"],
        emit: emit_rvc_sp,
        weights: [2, 6, 0],
    },
    Class {
        name: "rvc-jump",
        variants: &["c.j", "c.beqz", "c.bnez", "c.jr", "c.jalr"],
        emit: emit_rvc_jump,
        weights: [3, 8, 0],
    },
];

/// A destination in the 3-bit register field (x8..x15), not the scratch pointer.
fn crd(ctx: &mut Ctx) -> usize {
    9 + ctx.rng.below(7) as usize
}

/// A source in the 3-bit register field (x8..x15).
fn crs(ctx: &mut Ctx) -> usize {
    8 + ctx.rng.below(8) as usize
}

fn cf(ctx: &mut Ctx) -> usize {
    8 + ctx.rng.below(8) as usize
}

/// A non-zero 6-bit signed immediate.
fn nzimm6(ctx: &mut Ctx) -> i64 {
    loop {
        let v = ctx.rng.range_i64(-32, 31);
        if v != 0 {
            return v;
        }
    }
}

fn emit_rvc(ctx: &mut Ctx, m: &str) {
    let text = match m {
        "c.addi4spn" => format!(
            "c.addi4spn x{}, x2, {}",
            crd(ctx),
            4 * ctx.rng.range_i64(1, 255)
        ),
        "c.fld" | "c.lw" | "c.ld" | "c.fsd" | "c.sw" | "c.sd" => {
            let size = int::access_size(m);
            // The 5-bit scaled offset reaches 31 * size; stay inside the scratch area.
            let off = ctx.rng.below(32) as usize * size % super::SCRATCH_LEN;
            let reg = match m {
                "c.fld" | "c.fsd" => format!("f{}", cf(ctx)),
                "c.lw" | "c.ld" => format!("x{}", crd(ctx)),
                _ => format!("x{}", crs(ctx)),
            };
            format!("{m} {reg}, {off}(x{BASE})")
        }
        "c.nop" => "c.nop".to_string(),
        "c.addi" => format!("c.addi x{}, {}", ctx.xd_nonzero(), nzimm6(ctx)),
        "c.addiw" | "c.li" => format!("{m} x{}, {}", ctx.xd_nonzero(), ctx.rng.range_i64(-32, 31)),
        "c.addi16sp" => {
            let imm = loop {
                let v = 16 * ctx.rng.range_i64(-32, 31);
                if v != 0 {
                    break v;
                }
            };
            format!("c.addi16sp x2, {imm}")
        }
        "c.lui" => {
            let rd = loop {
                let r = ctx.xd_nonzero();
                if r != 2 {
                    break r;
                }
            };
            // nzimm[17:12]: 1..=31 positive, 0xfffe0..=0xfffff negative.
            let imm = if ctx.rng.chance(1, 2) {
                ctx.rng.range_i64(1, 31)
            } else {
                ctx.rng.range_i64(0xfffe0, 0xfffff)
            };
            format!("c.lui x{rd}, {imm:#x}")
        }
        "c.srli" | "c.srai" => format!("{m} x{}, {}", crd(ctx), ctx.rng.range_i64(1, 63)),
        "c.andi" => format!("c.andi x{}, {}", crd(ctx), ctx.rng.range_i64(-32, 31)),
        "c.sub" | "c.xor" | "c.or" | "c.and" | "c.subw" | "c.addw" => {
            format!("{m} x{}, x{}", crd(ctx), crs(ctx))
        }
        "c.slli" => format!("c.slli x{}, {}", ctx.xd_nonzero(), ctx.rng.range_i64(1, 63)),
        "c.mv" | "c.add" => {
            let rd = ctx.xd_nonzero();
            let rs = 1 + ctx.rng.below(31);
            format!("{m} x{rd}, x{rs}")
        }
        _ => panic!("unknown compressed variant {m}"),
    };
    ctx.cop(text);
}

/// Stack-pointer-relative loads and stores: sp is pointed at the scratch
/// area first (`c.mv sp, s0`), since its initial value is random.
fn emit_rvc_sp(ctx: &mut Ctx, m: &str) {
    let size = int::access_size(m);
    let off = ctx.rng.below((super::SCRATCH_LEN / size) as u64) as usize * size;
    let reg = match m {
        "c.fldsp" | "c.fsdsp" => format!("f{}", ctx.f()),
        "c.lwsp" | "c.ldsp" => format!("x{}", ctx.xd_nonzero()),
        _ => format!("x{}", ctx.xs()),
    };
    ctx.cop(format!("c.mv x2, x{BASE}"));
    ctx.cop(format!("{m} {reg}, {off}(x2)"));
}

fn emit_rvc_jump(ctx: &mut Ctx, m: &str) {
    let label = ctx.forward_label();
    match m {
        "c.j" => ctx.cop(format!("c.j {label}")),
        "c.beqz" | "c.bnez" => {
            let rs = crs(ctx);
            ctx.cop(format!("{m} x{rs}, {label}"));
        }
        _ => {
            let tmp = ctx.xd_nonzero();
            ctx.op(format!("lla x{tmp}, {label}"));
            ctx.cop(format!("{m} x{tmp}"));
        }
    }
}
