/*
 * pmp.S: physical memory protection.
 *
 * The harness leaves entry 15 (the lowest priority) as an RWX region over
 * everything; the tests put entries 0-7 in front of it, over `area`, three
 * 4 KiB pages of data.  Checked:
 *   - address matching: TOR (entry 0's lower bound is 0), NA4, NAPOT (8
 *     bytes and larger), and the boundaries of each
 *   - R, W and X each on their own: a denied load, store or fetch from S or
 *     U raises an access fault (5, 7, 1) with mtval = the address
 *   - an access is decided by the lowest-numbered entry that matches any of
 *     its bytes, and fails if that entry does not hold all of them
 *   - with no entry matching, S and U are denied and M is allowed
 *   - an unlocked entry does not apply to M-mode, except through MPRV
 *     (which affects loads and stores, not instruction fetch)
 *   - odd pmpcfg registers do not exist on RV64
 *   - last, since only a reset undoes it: a locked entry applies to M-mode
 *     too, ignores writes to its pmpcfg byte and pmpaddr (and a locked TOR
 *     entry protects the pmpaddr below it), and still loses to a
 *     lower-numbered unlocked entry
 * Assumes a PMP granularity of 4 bytes (QEMU 7.2 and rvlab), which NA4
 * needs.
 */
#include "priv.h"

/* ---- setting entries 0-7 -------------------------------------------------- */
/* pmpcfg byte i := cfg (other entries unchanged) */
#define SET_CFG(i, cfg)                                                     \
        li t0, 0xff << (8 * (i)); csrc pmpcfg0, t0;                         \
        li t0, (cfg) << (8 * (i)); csrs pmpcfg0, t0;                        \
        sfence.vma
/* t0 = (area + off) >> 2 */
#define AREA_ADDR(off)   la t0, area + (off); srli t0, t0, 2
/* entry i: the lower bound of a TOR entry i + 1 (and itself off) */
#define ENTRY_BOUND(i, off)                                                 \
        AREA_ADDR(off); csrw pmpaddr ## i, t0; SET_CFG(i, PMP_OFF)
#define ENTRY_TOR(i, perm, off)                                             \
        AREA_ADDR(off); csrw pmpaddr ## i, t0; SET_CFG(i, PMP_TOR | (perm))
#define ENTRY_NA4(i, perm, off)                                             \
        AREA_ADDR(off); csrw pmpaddr ## i, t0; SET_CFG(i, PMP_NA4 | (perm))
/* size: a power of two, 8 .. 16 KiB, and off a multiple of it */
#define ENTRY_NAPOT(i, perm, off, size)                                     \
        AREA_ADDR(off); ori t0, t0, (size) / 8 - 1;                         \
        csrw pmpaddr ## i, t0; SET_CFG(i, PMP_NAPOT | (perm))
/* entries 0-7 off, entry 15 back to "all RWX" */
#define PMP_CLEAR                                                           \
        csrw pmpcfg0, zero;                                                 \
        li t0, (PMP_NAPOT | PMP_R | PMP_W | PMP_X) << 56; csrw pmpcfg2, t0; \
        sfence.vma

/* reg = area + off */
#define AREA(reg, off)   la reg, area + (off)
/* The recorded trap's mtval (mepc) is area + off. */
#define CHECK_MTVAL_AREA(off)  GET_MTVAL(a0); la t6, area + (off); bne a0, t6, fail
#define CHECK_MEPC_AREA(off)   GET_MEPC(a0); la t6, area + (off); bne a0, t6, fail

/* A tiny routine at area + off: a0 = 0x42; ret.  (Written from M-mode
 * before the entries that would stop it are set.) */
#define PUT_ROUTINE(off)                                                    \
        AREA(t1, off);                                                      \
        li t0, 0x04200513; sw t0, 0(t1);        /* addi a0, zero, 0x42 */   \
        li t0, 0x00008067; sw t0, 4(t1);        /* jalr zero, 0(ra) */      \
        fence.i
#define CALL_AREA(off)   li a0, 0; AREA(t1, off); jalr ra, 0(t1)

        .text
        .option norvc
test_body:
        PMP_CLEAR
        PUT_ROUTINE(0x100)
        PUT_ROUTINE(0x800)

/* ---- CSRs ------------------------------------------------------------------------- */
        TEST_BEGIN(1)                   /* pmpaddr and pmpcfg read back */
        AREA_ADDR(0x300)
        ori t0, t0, 0x1f
        mv a1, t0
        csrw pmpaddr3, t0
        csrr a0, pmpaddr3
        bne a0, a1, fail
        li t0, (PMP_NAPOT | PMP_R | PMP_X) << 24
        csrw pmpcfg0, t0
        csrr a0, pmpcfg0
        bne a0, t0, fail
        PMP_CLEAR
        TEST_TRAP_M(2, CAUSE_ILLEGAL_INSN, csrr a0, pmpcfg1)
        TEST_TRAP_M(3, CAUSE_ILLEGAL_INSN, csrw pmpcfg3, zero)

/* ---- TOR ---------------------------------------------------------------------------- */
        /* entry 1: TOR [area, area + 4K), read-only */
        ENTRY_BOUND(0, 0)
        ENTRY_TOR(1, PMP_R, 0x1000)
        AREA(a1, 0)
        li t0, 0x77
        sd t0, 8(a1)                    /* M: not restricted */
        TEST_OK_U(4, ld a2, 8(a1))
        CHECK_VAL(a2, 0x77)
        TEST_TRAP_U(5, CAUSE_STORE_ACCESS, sd a2, 8(a1))
        CHECK_MTVAL_AREA(8)
        CHECK_MPP(MSTATUS_MPP_U)
        TEST_TRAP_S(6, CAUSE_STORE_ACCESS, AREA(a3, 0xffc); sw a2, 0(a3))   /* last word */
        CHECK_MTVAL_AREA(0xffc)
        CHECK_MPP(MSTATUS_MPP_S)
        TEST_OK_S(7, AREA(a3, 0x1000); sd a2, 0(a3); sd a2, -16(a1))  /* just outside */
        TEST_TRAP_U(8, CAUSE_FETCH_ACCESS, CALL_AREA(0x100))
        CHECK_MTVAL_AREA(0x100)
        CHECK_MEPC_AREA(0x100)
        TEST_TRAP_S(9, CAUSE_LOAD_ACCESS, AREA(a3, 0x1000); lw a2, -2(a3))  /* straddles the top */
        CHECK_MTVAL_AREA(0xffe)
        PMP_CLEAR
        /* entry 0 TOR starts at address 0: [0, area) read + execute */
        TEST_BEGIN(10)
        ENTRY_TOR(0, PMP_R | PMP_X, 0)
        TEST_OK_S(11, la a1, below; ld a2, 0(a1))
        TEST_TRAP_S(12, CAUSE_STORE_ACCESS, la a1, below; sd a2, 0(a1))
        CHECK_MTVAL_ADDR(below)
        TEST_OK_U(13, AREA(a1, 0); sd a2, 0(a1))      /* area itself: entry 15 */
        PMP_CLEAR

/* ---- NA4 -------------------------------------------------------------------------- */
        /* entry 1: NA4 at area + 0x200, RW; entry 2: NA4 R on the next
         * word; entry 3: NAPOT 4 KiB R over the whole page */
        ENTRY_NA4(1, PMP_R | PMP_W, 0x200)
        ENTRY_NA4(2, PMP_R, 0x204)
        ENTRY_NAPOT(3, PMP_R, 0, 0x1000)
        AREA(a1, 0x200)
        TEST_OK_S(14, li a2, 0x1234; sw a2, 0(a1); lw a3, 0(a1))
        CHECK_VAL(a3, 0x1234)
        TEST_TRAP_S(15, CAUSE_STORE_ACCESS, sw a2, 4(a1))
        CHECK_MTVAL_AREA(0x204)
        TEST_TRAP_S(16, CAUSE_STORE_ACCESS, sw a2, -4(a1))
        CHECK_MTVAL_AREA(0x1fc)
        /* 8 bytes over the NA4 word: entry 1 matches only half: denied,
         * although entry 1 alone would allow each byte it has */
        TEST_TRAP_U(17, CAUSE_STORE_ACCESS, sd a2, 0(a1))
        CHECK_MTVAL_AREA(0x200)
        TEST_TRAP_U(18, CAUSE_LOAD_ACCESS, ld a2, 0(a1))
        CHECK_MTVAL_AREA(0x200)
        TEST_OK_U(19, lh a2, 2(a1); sb a2, 3(a1))
        PMP_CLEAR

/* ---- NAPOT ----------------------------------------------------------------------- */
        /* entry 1: 256 bytes at area + 0x300 RW; entry 2: 8 bytes at
         * area + 0x500 RW; entry 3: the page, R */
        ENTRY_NAPOT(1, PMP_R | PMP_W, 0x300, 256)
        ENTRY_NAPOT(2, PMP_R | PMP_W, 0x500, 8)
        ENTRY_NAPOT(3, PMP_R, 0, 0x1000)
        AREA(a1, 0)
        TEST_OK_S(20, sd a2, 0x300(a1); sd a2, 0x3f8(a1); sd a2, 0x500(a1))
        TEST_TRAP_S(21, CAUSE_STORE_ACCESS, sd a2, 0x400(a1))
        CHECK_MTVAL_AREA(0x400)
        TEST_TRAP_S(22, CAUSE_STORE_ACCESS, sb a2, 0x2ff(a1))
        CHECK_MTVAL_AREA(0x2ff)
        TEST_TRAP_U(23, CAUSE_STORE_ACCESS, sw a2, 0x508(a1))
        CHECK_MTVAL_AREA(0x508)
        TEST_TRAP_U(24, CAUSE_STORE_ACCESS, sw a2, 0x4fc(a1))
        CHECK_MTVAL_AREA(0x4fc)
        PMP_CLEAR

/* ---- R, W, X on their own ---------------------------------------------------------- */
        ENTRY_NAPOT(0, PMP_X, 0, 0x1000)  /* execute only */
        TEST_OK_S(25, CALL_AREA(0x100))
        CHECK_VAL(a0, 0x42)
        TEST_TRAP_S(26, CAUSE_LOAD_ACCESS, AREA(a1, 0x100); lw a2, 0(a1))
        CHECK_MTVAL_AREA(0x100)
        TEST_TRAP_U(27, CAUSE_STORE_ACCESS, AREA(a1, 0x108); sw a2, 0(a1))
        CHECK_MTVAL_AREA(0x108)
        ENTRY_NAPOT(0, PMP_R | PMP_W, 0, 0x1000)  /* read + write, no execute */
        TEST_OK_U(28, AREA(a1, 0x180); sd a1, 0(a1); ld a2, 0(a1))
        TEST_TRAP_S(29, CAUSE_FETCH_ACCESS, CALL_AREA(0x100))
        CHECK_MTVAL_AREA(0x100)
        CHECK_MEPC_AREA(0x100)
        ENTRY_NAPOT(0, PMP_R | PMP_X, 0, 0x1000)  /* read + execute */
        TEST_OK_U(30, CALL_AREA(0x100); AREA(a1, 0x100); lw a2, 0(a1))
        TEST_TRAP_U(31, CAUSE_STORE_ACCESS, AREA(a1, 0x104); sh a2, 2(a1))
        CHECK_MTVAL_AREA(0x106)
        ENTRY_NAPOT(0, 0, 0, 0x1000)      /* nothing */
        TEST_TRAP_S(32, CAUSE_LOAD_ACCESS, AREA(a1, 0x10); lbu a2, 0(a1))
        CHECK_MTVAL_AREA(0x10)
        PMP_CLEAR

/* ---- priority ---------------------------------------------------------------------- */
        /* entry 1 denies 256 bytes, entry 2 allows the page: entry 1 wins */
        ENTRY_NAPOT(1, 0, 0x600, 256)
        ENTRY_NAPOT(2, PMP_R | PMP_W, 0, 0x1000)
        TEST_TRAP_S(33, CAUSE_LOAD_ACCESS, AREA(a1, 0x680); ld a2, 0(a1))
        CHECK_MTVAL_AREA(0x680)
        TEST_OK_S(34, AREA(a1, 0x700); ld a2, 0(a1))
        /* the other way round: entry 1 allows the page, entry 2 denies */
        ENTRY_NAPOT(1, PMP_R | PMP_W, 0, 0x1000)
        ENTRY_NAPOT(2, 0, 0x600, 256)
        TEST_OK_S(35, AREA(a1, 0x680); ld a2, 0(a1); sd a2, 0(a1))
        /* an access straddling two entries: decided by the lower one,
         * which holds only part of it: denied */
        ENTRY_NAPOT(1, PMP_R | PMP_W, 0x600, 256)
        ENTRY_NAPOT(2, PMP_R | PMP_W, 0x700, 256)
        TEST_TRAP_S(36, CAUSE_LOAD_ACCESS, AREA(a1, 0x6fc); ld a2, 0(a1))
        CHECK_MTVAL_AREA(0x6fc)
        PMP_CLEAR

/* ---- no entry matches ----------------------------------------------------------------- */
        /* entry 15 off; entry 0: TOR [0, area) RWX covers the code: the area
         * is matched by nothing */
        TEST_BEGIN(37)
        ENTRY_TOR(0, PMP_R | PMP_W | PMP_X, 0)
        li t0, 0xff << 56
        csrc pmpcfg2, t0
        sfence.vma
        TEST_TRAP_S(38, CAUSE_LOAD_ACCESS, AREA(a1, 0x20); ld a2, 0(a1))
        CHECK_MTVAL_AREA(0x20)
        TEST_TRAP_U(39, CAUSE_STORE_ACCESS, AREA(a1, 0x28); sd a2, 0(a1))
        CHECK_MTVAL_AREA(0x28)
        TEST_TRAP_S(40, CAUSE_FETCH_ACCESS, CALL_AREA(0x100))
        CHECK_MTVAL_AREA(0x100)
        TEST_BEGIN(41)                  /* M-mode: allowed */
        AREA(a1, 0x20)
        ld a2, 0(a1)
        sd a2, 0(a1)
        CALL_AREA(0x100)
        CHECK_VAL(a0, 0x42)
        PMP_CLEAR

/* ---- code at a 2-byte-aligned address in the area ------------------------------------ */
        /* c.nop, then a 32-bit addi at area + 0x902, then ret.  (The same
         * with the addi's second half in a non-executable entry should
         * fault with mepc = area + 0x902 and mtval = area + 0x904, but QEMU
         * 7.2 runs it, so that is not tested; see the README.) */
        TEST_BEGIN(42)
        AREA(t1, 0x900)
        li t0, 0x05130001               /* c.nop; low half of addi a0, zero, 0x42 */
        sw t0, 0(t1)
        li t0, 0x80670420               /* its high half; low half of ret */
        sw t0, 4(t1)
        li t0, 0x0000                   /* high half of ret */
        sh t0, 8(t1)
        fence.i
        ENTRY_NAPOT(0, PMP_R | PMP_X, 0x800, 0x800)
        TEST_OK_S(43, CALL_AREA(0x900))
        CHECK_VAL(a0, 0x42)
        PMP_CLEAR

/* ---- MPRV: M-mode loads and stores with the permissions of MPP ----------------------- */
        ENTRY_NAPOT(0, PMP_R, 0, 0x1000)
        TEST_BEGIN(44)
        AREA(a1, 0x40)
        sd a1, 0(a1)                    /* M: fine */
        li t0, MSTATUS_MPP
        csrc mstatus, t0
        li t0, MSTATUS_MPP_S | MSTATUS_MPRV
        csrs mstatus, t0
        ld a2, 0(a1)                    /* as S: reading is allowed */
        TRAP_ARM_RESUME(1f)
mprv_st:
        sd a2, 0(a1)                    /* as S: writing is not */
        j fail
1:      li t0, MSTATUS_MPRV
        csrc mstatus, t0
        TRAP_CHECK(CAUSE_STORE_ACCESS)
        CHECK_MEPC(mprv_st)
        CHECK_MTVAL_AREA(0x40)
        CHECK_MPP(MSTATUS_MPP_M)
        PMP_CLEAR

/* ---- MPRV does not apply to instruction fetch ---------------------------------------- */
        /* [0, area) readable and writable but not executable for S; M-mode
         * code with MPRV = 1, MPP = S still runs, and its loads act as S */
        TEST_BEGIN(45)
        ENTRY_TOR(0, PMP_R | PMP_W, 0)
        li t0, MSTATUS_MPP
        csrc mstatus, t0
        li t0, MSTATUS_MPP_S | MSTATUS_MPRV
        csrs mstatus, t0
        la a1, below
        ld a2, 0(a1)
        nop
        li t0, MSTATUS_MPRV
        csrc mstatus, t0
        PMP_CLEAR

/* ---- locked entries (for good) --------------------------------------------------------- */
        /* entry 5: NAPOT 256 bytes at area + 0x800, R, locked: M may read
         * but not write or execute */
        TEST_BEGIN(46)
        ENTRY_NAPOT(5, PMP_R | PMP_L, 0x800, 256)
        AREA(a1, 0x800)
        ld a2, 0(a1)
        TEST_TRAP_M(47, CAUSE_STORE_ACCESS, sd a2, 8(a1))
        CHECK_MTVAL_AREA(0x808)
        TEST_BEGIN(48)
        TRAP_ARM_RESUME(1f)
        CALL_AREA(0x800)
        j fail
1:      TRAP_CHECK(CAUSE_FETCH_ACCESS)
        CHECK_MTVAL_AREA(0x800)
        CHECK_MPP(MSTATUS_MPP_M)
        TEST_BEGIN(49)                  /* M outside it: fine */
        sd a2, 0x100(a1)
        TEST_OK_S(50, AREA(a1, 0x800); ld a2, 0xf8(a1))   /* S: R as well */
        TEST_TRAP_S(51, CAUSE_STORE_ACCESS, AREA(a1, 0x800); sd a2, 0xf8(a1))
        CHECK_MTVAL_AREA(0x8f8)
        /* writes to a locked entry are ignored; its neighbours in the same
         * pmpcfg register still change */
        TEST_BEGIN(52)
        csrr s1, pmpaddr5
        csrr s2, pmpcfg0
        li t0, 0xff << 40
        and t1, s2, t0
        li t2, (PMP_NAPOT | PMP_R | PMP_L) << 40
        bne t1, t2, fail                /* reads back, lock bit and all */
        csrw pmpaddr5, zero
        csrr a0, pmpaddr5
        bne a0, s1, fail
        TEST_BEGIN(53)
        li t0, (PMP_NAPOT | PMP_R | PMP_W) << 32   /* entry 4 set, entry 5 "off" */
        csrw pmpcfg0, t0
        csrr a0, pmpcfg0
        li t0, ((PMP_NAPOT | PMP_R | PMP_L) << 40) | ((PMP_NAPOT | PMP_R | PMP_W) << 32)
        bne a0, t0, fail
        TEST_TRAP_M(54, CAUSE_STORE_ACCESS, sd a2, 0(a1))  /* still in force */
        /* a lower-numbered unlocked entry over the same bytes wins, and
         * does not apply to M: the store goes through */
        TEST_BEGIN(55)
        ENTRY_NAPOT(4, 0, 0x800, 256)
        AREA(a1, 0x800)
        sd a2, 0(a1)
        TEST_TRAP_S(56, CAUSE_LOAD_ACCESS, AREA(a1, 0x800); ld a2, 0(a1))  /* for S: entry 4 */
        SET_CFG(4, PMP_OFF)
        /* a locked TOR entry: its lower bound, pmpaddr6, is locked too */
        TEST_BEGIN(57)
        ENTRY_BOUND(6, 0xa00)
        ENTRY_TOR(7, PMP_R | PMP_L, 0xb00)
        csrr s1, pmpaddr6
        addi t0, s1, 0x10
        csrw pmpaddr6, t0
        csrr a0, pmpaddr6
        bne a0, s1, fail
        AREA(a1, 0xa00)
        TEST_TRAP_M(58, CAUSE_STORE_ACCESS, sw a2, 0(a1))
        CHECK_MTVAL_AREA(0xa00)
        TEST_BEGIN(59)
        sw a2, -4(a1)                   /* just below the TOR range */
        sw a2, 0x100(a1)                /* just above */
        TEST_BEGIN(60)                  /* entry 6 itself is not locked */
        SET_CFG(6, PMP_NA4 | PMP_R | PMP_W)
        csrr a0, pmpcfg0
        srli a0, a0, 48
        andi a0, a0, 0xff
        CHECK_VAL(a0, PMP_NA4 | PMP_R | PMP_W)

        j pass

        .data
        .balign 8
below:  .dword 0
        .balign 4096
area:   .space 0x3000

#include "harness.inc"
