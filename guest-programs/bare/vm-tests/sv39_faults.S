/*
 * sv39_faults.S: every kind of page fault, with scause, sepc and stval, and
 * the return from one: where the handler fixes the PTE (sets V, W, R, or
 * clears a reserved bit), executes sfence.vma and retries, the access must
 * then succeed.
 *
 *   - instruction page fault (12): fetch from a page without X, from a page
 *     with V = 0 (fixed and retried), from an unmapped gigabyte, from a page
 *     with the reserved W=1 R=0 encoding; an instruction that straddles into
 *     an invalid page (sepc = its start, stval = the invalid page)
 *   - load page fault (13): V = 0 (fixed), unmapped gigabyte, W=1 R=0, a
 *     reserved bit (54) in a leaf and in a non-leaf PTE, a level-0 PTE that
 *     is a pointer (V=1, R=W=X=0); lr on a V=0 page
 *   - store/AMO page fault (15): read-only page (fixed by setting W), AMO
 *     and sc on a read-only page, V = 0 (fixed), W=1 R=0 (fixed by setting
 *     R), reserved bit 54 (fixed by clearing it)
 *   - faults are precise: the faulting load leaves its rd alone, the
 *     faulting store and AMO leave memory alone
 *   - a page fault from U-mode goes to S (SPP = U), and the retry returns
 *     to U
 */
#define PROGRAM_NAME "sv39_faults"
#include "vm.h"

#define NOT_V     (~PTE_V)
#define UNMAPPED  0x100000000           /* root[4]: never mapped */

        .text
        .option norvc
        .option norelax
        .globl test_body
test_body:
        li t0, 0x0d0d0d0d0d0d0d0d
        sd t0, dpage0 + 0x10, t1
        li t0, 0x1111111111111111
        sd t0, dpage1 + 0x18, t1
        li t0, 0x2222222222222222
        sd t0, dpage2 + 0x20, t1
        li t0, 0x3333333333333333
        sd t0, dpage3 + 0x28, t1
        li t0, 0x4444444444444444
        sd t0, dpage4 + 0x30, t1

        la a0, root0
        call vm_identity
        MAP(root0, WIN_PAGE(0), xpage, PTE_KRW, LEVEL_4K)
        MAP(root0, WIN_PAGE(1), xpage, PTE_KRX & NOT_V, LEVEL_4K)
        mv s11, a0
        sd a0, pte1, t0
        MAP(root0, WIN_PAGE(2), dpage0, PTE_KRW & NOT_V, LEVEL_4K)
        sd a0, pte2, t0
        MAP(root0, WIN_PAGE(3), dpage1, PTE_KR, LEVEL_4K)
        sd a0, pte3, t0
        MAP(root0, WIN_PAGE(4), dpage1, PTE_KR, LEVEL_4K)
        MAP(root0, WIN_PAGE(5), dpage2, PTE_KRW & NOT_V, LEVEL_4K)
        sd a0, pte5, t0
        MAP(root0, WIN_PAGE(6), dpage2, PTE_V | PTE_W | PTE_A | PTE_D, LEVEL_4K)
        sd a0, pte6, t0
        MAP(root0, WIN_PAGE(7), dpage3, PTE_KRW | PTE_RSVD54, LEVEL_4K)
        sd a0, pte7, t0
        MAP(root0, WIN_PAGE(8), dpage3, PTE_V, LEVEL_4K)
        MAP(root0, WIN_PAGE(9), xpage, PTE_V | PTE_W | PTE_X | PTE_A | PTE_D, LEVEL_4K)
        MAP(root0, WIN_PAGE(10), upage, PTE_URX, LEVEL_4K)
        MAP(root0, WIN_PAGE(11), dpage4, PTE_URW & NOT_V, LEVEL_4K)
        sd a0, pte11, t0
        MAP(root0, WIN_PAGE(12), xcross, PTE_KRX, LEVEL_4K)
        MAP(root0, WIN_PAGE(13), xcross + PAGE_4K, PTE_KRX & NOT_V, LEVEL_4K)
        sd a0, pte13, t0
        MAP(root0, WIN_PAGE(14), dpage0, PTE_KRW & NOT_V, LEVEL_4K)
        /* WIN_2M(1) goes through its own level-0 table, whose pointer PTE
         * gets a reserved bit (test 13). */
        MAP(root0, WIN_2M(1), dpage3, PTE_KRW, LEVEL_4K)
        PTE_AT(root0, WIN_2M(1), LEVEL_2M)
        ld t0, 0(a0)
        li t1, PTE_RSVD54
        or t0, t0, t1
        sd t0, 0(a0)
        VM_ON(root0, 1)

/* ---- instruction page faults ------------------------------------------------- */
        TEST(1)
        li s0, WIN_PAGE(0)              /* xpage without X */
        EXPECT_RESUME(1f)
        jalr s0
        j fail
1:      CHECK_TRAP(CAUSE_FETCH_PAGE_FAULT)
        CHECK_SEPC_REG(s0)
        CHECK_STVAL_REG(s0)
        OK("instruction page fault: no X, sepc = stval = fetch address")

        TEST(2)
        li s0, WIN_PAGE(1)              /* xpage with V = 0; the fix sets V */
        ld s1, pte1
        li a0, 0
        EXPECT_FIX(s1, -1, PTE_V)
        jalr s0
        CHECK_TRAP(CAUSE_FETCH_PAGE_FAULT)
        CHECK_VAL(a0, 0x600d)           /* xfunc ran after the retry */
        CHECK_SEPC_REG(s0)
        CHECK_STVAL_REG(s0)
        OK("instruction page fault on V=0, fixed, retried: code runs")

        TEST(3)
        li s0, UNMAPPED + 0x124
        EXPECT_RESUME(1f)
        jalr s0
        j fail
1:      CHECK_TRAP(CAUSE_FETCH_PAGE_FAULT)
        CHECK_SEPC_REG(s0)
        CHECK_STVAL_REG(s0)
        OK("instruction page fault: unmapped gigabyte (invalid root PTE)")

        TEST(4)
        li s0, WIN_PAGE(9)              /* W=1 R=0 X=1 is reserved too */
        EXPECT_RESUME(1f)
        jalr s0
        j fail
1:      CHECK_TRAP(CAUSE_FETCH_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        OK("instruction page fault: W=1 R=0 (reserved) even with X")

        /* A 4-byte instruction at page offset 0xffe whose second half lies in
         * a V=0 page: sepc = the instruction, stval = the page it runs into.
         * Fixed and retried, it runs and execution goes on in that page. */
        TEST(5)
        VA_OF(s0, xcross_insn, xcross, WIN_PAGE(12))
        li s1, WIN_PAGE(13)
        ld s2, pte13
        li a0, 0
        EXPECT_FIX(s2, -1, PTE_V)
        VA_OF(t0, xcross_entry, xcross, WIN_PAGE(12))
        jalr t0
        CHECK_TRAP(CAUSE_FETCH_PAGE_FAULT)
        CHECK_VAL(a0, 0x55)
        CHECK_SEPC_REG(s0)
        CHECK_STVAL_REG(s1)
        OK("instruction straddling into a V=0 page: stval = that page, retried")

/* ---- load page faults -------------------------------------------------------- */
        TEST(6)
        li s0, WIN_PAGE(2) + 0x10       /* dpage0 with V = 0; the fix sets V */
        ld s1, pte2
        li a0, 0
        EXPECT_FIX(s1, -1, PTE_V)
9:      ld a0, 0(s0)
        CHECK_TRAP(CAUSE_LOAD_PAGE_FAULT)
        CHECK_VAL(a0, 0x0d0d0d0d0d0d0d0d)
        CHECK_SEPC(9b)
        CHECK_STVAL_REG(s0)
        OK("load page fault on V=0, fixed, retried: load returns the data")

        TEST(7)
        li s0, UNMAPPED + 0x38
        li a0, 0x5ca1ab1e
        EXPECT_RESUME(1f)
        ld a0, 0(s0)
        j fail
1:      CHECK_TRAP(CAUSE_LOAD_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        CHECK_VAL(a0, 0x5ca1ab1e)       /* precise: rd not written */
        mv a1, s0                       /* rd = rs1 */
        EXPECT_RESUME(1f)
        lw a1, 4(a1)
        j fail
1:      CHECK_TRAP(CAUSE_LOAD_PAGE_FAULT)
        CHECK_EQ(a1, s0)
        addi s0, s0, 4
        CHECK_STVAL_REG(s0)
        OK("load page fault: unmapped gigabyte; rd left alone")

        TEST(8)
        li s0, WIN_PAGE(6) + 0x20       /* W=1 R=0: reserved */
        EXPECT_RESUME(1f)
        ld a0, 0(s0)
        j fail
1:      CHECK_TRAP(CAUSE_LOAD_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        OK("load page fault: W=1 R=0 (reserved encoding)")

        TEST(9)
        li s0, WIN_PAGE(7) + 0x28       /* leaf with bit 54 set */
        EXPECT_RESUME(1f)
        ld a0, 0(s0)
        j fail
1:      CHECK_TRAP(CAUSE_LOAD_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        OK("load page fault: reserved PTE bit 54 in a leaf")

        TEST(10)
        li s0, WIN_PAGE(8) + 0x28       /* level 0, V=1 R=W=X=0 */
        EXPECT_RESUME(1f)
        ld a0, 0(s0)
        j fail
1:      CHECK_TRAP(CAUSE_LOAD_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        OK("load page fault: a pointer PTE at level 0")

        TEST(11)
        li s0, WIN_PAGE(14) + 0x10      /* dpage0 again, V = 0 */
        EXPECT_RESUME(1f)
        lr.d a0, (s0)
        j fail
1:      CHECK_TRAP(CAUSE_LOAD_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        OK("lr on a V=0 page: load page fault")

/* ---- store/AMO page faults --------------------------------------------------- */
        TEST(12)
        li s0, WIN_PAGE(3) + 0x18       /* dpage1 read-only; the fix sets W */
        ld s1, pte3
        li s2, 0x1212121212121212
        EXPECT_FIX(s1, -1, PTE_W | PTE_D)
9:      sd s2, 0(s0)
        CHECK_TRAP(CAUSE_STORE_PAGE_FAULT)
        CHECK_SEPC(9b)
        CHECK_STVAL_REG(s0)
        ld a0, dpage1 + 0x18
        CHECK_EQ(a0, s2)
        OK("store page fault on a read-only page, W set, retried: store lands")

        TEST(13)
        li s0, WIN_2M(1) + 0x28         /* reserved bit in the pointer above */
        EXPECT_RESUME(1f)
        ld a0, 0(s0)
        j fail
1:      CHECK_TRAP(CAUSE_LOAD_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        EXPECT_RESUME(1f)
        sd zero, 0(s0)
        j fail
1:      CHECK_TRAP(CAUSE_STORE_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        OK("reserved PTE bit 54 in a non-leaf PTE: load and store page faults")

        TEST(14)
        li s0, WIN_PAGE(4) + 0x18       /* dpage1, read-only */
        li a0, 0x77
        EXPECT_RESUME(1f)
9:      amoswap.d a0, zero, (s0)
        j fail
1:      CHECK_TRAP(CAUSE_STORE_PAGE_FAULT)
        CHECK_SEPC(9b)
        CHECK_STVAL_REG(s0)
        CHECK_VAL(a0, 0x77)             /* precise: rd not written */
        ld a0, dpage1 + 0x18
        CHECK_EQ(a0, s2)                /* nor memory */
        EXPECT_RESUME(1f)
        amoadd.w a0, zero, (s0)
        j fail
1:      CHECK_TRAP(CAUSE_STORE_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        OK("AMO on a read-only page: store/AMO page fault, nothing written")

        TEST(15)
        li s0, WIN_PAGE(4) + 0x18
        lr.d a0, (s0)                   /* readable: a reservation */
        CHECK_EQ(a0, s2)
        EXPECT_RESUME(1f)
        sc.d a1, zero, (s0)
        j fail
1:      CHECK_TRAP(CAUSE_STORE_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        ld a0, dpage1 + 0x18
        CHECK_EQ(a0, s2)
        OK("sc on a read-only page: store/AMO page fault")

        TEST(16)
        li s0, WIN_PAGE(5) + 0x20       /* dpage2 with V = 0; the fix sets V */
        ld s1, pte5
        li s2, 0x1616161616161616
        EXPECT_FIX(s1, -1, PTE_V)
        sd s2, 0(s0)
        CHECK_TRAP(CAUSE_STORE_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        ld a0, dpage2 + 0x20
        CHECK_EQ(a0, s2)
        OK("store page fault on V=0, fixed, retried: store lands")

        TEST(17)
        li s0, WIN_PAGE(6) + 0x20       /* W=1 R=0; the fix sets R */
        ld s1, pte6
        li s2, 0x1717171717171717
        EXPECT_FIX(s1, -1, PTE_R)
        sd s2, 0(s0)
        CHECK_TRAP(CAUSE_STORE_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        ld a0, 0(s0)
        CHECK_EQ(a0, s2)
        ld a0, dpage2 + 0x20
        CHECK_EQ(a0, s2)
        OK("store page fault on W=1 R=0, R set, retried: store lands")

        TEST(18)
        li s0, WIN_PAGE(7) + 0x28       /* bit 54; the fix clears it */
        ld s1, pte7
        li s2, 0x1818181818181818
        EXPECT_FIX(s1, ~PTE_RSVD54, 0)
        sd s2, 0(s0)
        CHECK_TRAP(CAUSE_STORE_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        ld a0, dpage3 + 0x28
        CHECK_EQ(a0, s2)
        OK("store page fault on reserved bit 54, cleared, retried: store lands")

/* ---- from U-mode -------------------------------------------------------------- */
        TEST(19)
        li a1, WIN_PAGE(11) + 0x30      /* dpage4, a U page with V = 0 */
        ld s1, pte11
        li a0, 0
        EXPECT_FIX(s1, -1, PTE_V)
        RUN_U(u_load, upage, WIN_PAGE(10))
        CHECK_TRAP(CAUSE_LOAD_PAGE_FAULT)
        CHECK_SPP(0)
        CHECK_STVAL(WIN_PAGE(11) + 0x30)
        CHECK_SEPC_REG(s3)              /* u_load left its pc in s3 */
        CHECK_VAL(a0, 0x4444444444444444)
        OK("load page fault from U goes to S; the retry returns to U")

        j pass

/* ---- code that runs through other mappings ---------------------------------- */

/* xfunc: returns 0x600d in a0. */
        .balign 4096
xpage:
xfunc:  li a0, 0x600d
        ret

/* Two pages; the instruction at xcross_insn straddles them. */
        .balign 4096
xcross:
        .option push
        .option rvc
        .fill 0xffa, 1, 0
xcross_entry:
        c.li a0, 0
        c.nop
xcross_insn:
        .option norvc
        addi a0, a0, 0x55               /* offset 0xffe: 2 bytes on each page */
        ret
        .option pop

/* U-mode code: load a0 from (a1), then back to S; s3 = the load's pc. */
        .balign 4096
upage:
u_load:
        auipc s3, 0
        addi s3, s3, 8
        ld a0, 0(a1)
        ecall
        .balign 4096

        .data
pte1:   .dword 0
pte2:   .dword 0
pte3:   .dword 0
pte5:   .dword 0
pte6:   .dword 0
pte7:   .dword 0
pte11:  .dword 0
pte13:  .dword 0

        .bss
        .balign 4096
dpage0: .space 4096
dpage1: .space 4096
dpage2: .space 4096
dpage3: .space 4096
dpage4: .space 4096

#include "vm_harness.inc"
