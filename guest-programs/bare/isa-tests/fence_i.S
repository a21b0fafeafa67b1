/*
 * fence_i.S: Zifencei.  Self-modifying and generated code must run as
 * written once a fence.i separates the stores from the fetch.
 *
 * The new instructions are copied from templates (never executed in place),
 * so no encodings are typed in by hand.  Each site runs before it is
 * patched, so an emulator that caches decoded instructions has something
 * stale to throw away:
 *   - a 32-bit instruction in .text patched and called again;
 *   - an instruction patched just ahead of the pc in the same straight line;
 *   - 16-bit instructions patched with sh, and a 32-bit one at a
 *     2-byte-aligned address patched one halfword at a time;
 *   - a routine copied into a data buffer, run, rewritten, run again.
 * Without fence.i the outcome is unspecified, so that is not tested.
 */
#include "macros.h"

/* Copy the 32-bit instruction at `src` over the one at `dst` (4-aligned). */
#define PATCH_WORD(dst, src)  la a4, src; lwu a5, 0(a4); la a4, dst; sw a5, 0(a4)
/* Copy a 16-bit instruction. */
#define PATCH_HALF(dst, src)  la a4, src; lhu a5, 0(a4); la a4, dst; sh a5, 0(a4)

        .option norvc
TEST_PROGRAM_BEGIN

/* ---- a called function patched between calls ----------------------------- */
        TEST_BEGIN(1)
        PATCH_WORD(site_fn, tmpl_li_a0_1)       /* known start if re-run */
        fence.i
        li s1, 3
1:      li a0, 0
        jal ra, site_fn
        CHECK_VAL(a0, 1)
        addi s1, s1, -1
        bnez s1, 1b
        PATCH_WORD(site_fn, tmpl_li_a0_2)
        fence.i
        li a0, 0
        jal ra, site_fn
        CHECK_VAL(a0, 2)
        TEST_BEGIN(2)
        jal ra, site_fn                         /* still the new code */
        CHECK_VAL(a0, 2)
        PATCH_WORD(site_fn, tmpl_li_a0_1)       /* and back */
        fence.i
        jal ra, site_fn
        CHECK_VAL(a0, 1)

/* ---- patching the instruction just ahead, on the second time round -------- */
        TEST_BEGIN(3)
        PATCH_WORD(site_ahead, tmpl_li_a0_3)
        fence.i
        li s1, 0
1:      beqz s1, 2f
        PATCH_WORD(site_ahead, tmpl_li_a0_7)    /* second pass: patch, then run it */
        fence.i
2:
site_ahead:
        li a0, 3                                /* replaced by the patch */
        bnez s1, 3f
        CHECK_VAL(a0, 3)
        li s1, 1
        j 1b
3:      CHECK_VAL(a0, 7)

/* ---- compressed code: 16-bit patches and a split 32-bit patch ------------- */
        TEST_BEGIN(4)
        PATCH_HALF(site_c16, tmpl_c_li_a0_1)
        fence.i
        jal ra, site_c_fn
        CHECK_VAL(a0, 1)
        PATCH_HALF(site_c16, tmpl_c_li_a0_9)
        fence.i
        jal ra, site_c_fn
        CHECK_VAL(a0, 9)

        TEST_BEGIN(5)
        PATCH_HALF(site_c32, tmpl_addi_a1_100)
        PATCH_HALF(site_c32 + 2, tmpl_addi_a1_100 + 2)
        fence.i
        jal ra, site_c_fn
        CHECK_VAL(a1, 100)
        PATCH_HALF(site_c32, tmpl_addi_a1_200)
        PATCH_HALF(site_c32 + 2, tmpl_addi_a1_200 + 2)
        fence.i
        jal ra, site_c_fn
        CHECK_VAL(a1, 200)

/* ---- generated code in a data buffer -------------------------------------- */
        /* copy routine_sum (position independent) into the buffer and run it */
        TEST_BEGIN(6)
        la a1, routine_sum
        la a2, routine_sum_end
        la a3, code_buf
1:      lwu a4, 0(a1)
        sw a4, 0(a3)
        addi a1, a1, 4
        addi a3, a3, 4
        bltu a1, a2, 1b
        fence.i
        la a3, code_buf
        li a0, 10
        jalr ra, 0(a3)
        CHECK_VAL(a0, 55)                       /* 1 + 2 + ... + 10 */
        li a0, 100
        jalr ra, 0(a3)
        CHECK_VAL(a0, 5050)

        /* overwrite the buffer with a different routine, run again */
        TEST_BEGIN(7)
        la a3, code_buf
        PATCH_WORD(code_buf, tmpl_addi_a0_a0_5)
        PATCH_WORD(code_buf + 4, tmpl_ret)
        fence.i
        li a0, 10
        jalr ra, 0(a3)
        CHECK_VAL(a0, 15)
        PATCH_WORD(code_buf, tmpl_addi_a0_a0_m7)
        fence.i
        li a0, 10
        jalr ra, 0(a3)
        CHECK_VAL(a0, 3)
        li a0, 10
        jalr ra, 0(a3)
        CHECK_VAL(a0, 3)

TEST_PROGRAM_END

/* ---- code that gets patched, and the templates ----------------------------- */
        .text
        .balign 4
site_fn:
        li a0, 1                /* patched */
        ret

        /* a function in compressed code */
        .option push
        .option rvc
        .balign 4
site_c_fn:
        c.li a1, 0
        c.nop
site_c16:
        c.li a0, 1              /* patched (16-bit) */
        .option norvc
site_c32:
        addi a1, a1, 1          /* patched (32-bit at 2 mod 4) */
        jalr x0, 0(ra)
        .option rvc
        c.nop                   /* back to a 4-byte boundary */
        .option pop

/* sum 1..a0 into a0, with a backward branch: position independent */
        .balign 4
routine_sum:
        li t0, 0
1:      add t0, t0, a0
        addi a0, a0, -1
        bnez a0, 1b
        mv a0, t0
        ret
routine_sum_end:

/* templates: copied, never executed here */
        .balign 4
tmpl_li_a0_1:           addi a0, x0, 1
tmpl_li_a0_2:           addi a0, x0, 2
tmpl_li_a0_3:           addi a0, x0, 3
tmpl_li_a0_7:           addi a0, x0, 7
tmpl_addi_a1_100:       addi a1, a1, 100
tmpl_addi_a1_200:       addi a1, a1, 200
tmpl_addi_a0_a0_5:      addi a0, a0, 5
tmpl_addi_a0_a0_m7:     addi a0, a0, -7
tmpl_ret:               jalr x0, 0(ra)
        .option push
        .option rvc
tmpl_c_li_a0_1:         c.li a0, 1
tmpl_c_li_a0_9:         c.li a0, 9
        .option pop

        .data
        .balign 64
code_buf:
        .fill 16, 4, 0
