/*
 * sv39_ad.S: the accessed (A) and dirty (D) bits.
 *
 * The spec (privileged 1.12, Sv39 translation step 7) allows two schemes:
 * an access to a page with A = 0, or a store to one with D = 0, either
 * raises a page fault of the access's type, or the hardware sets the bit(s)
 * in the PTE itself.  QEMU 7.2 sets them.  Each check here accepts both and
 * verifies that what happened is consistent:
 *   - no trap came: the PTE now has A (and D after a store) set;
 *   - one trap came: it has the access's cause and stval, the PTE lacked A
 *     (or D) then; the handler sets A/D, executes sfence.vma, and the retried
 *     access succeeds.
 * Either way the access had its effect, and a load or fetch never sets D.
 * What is the same under both schemes is checked without that leeway:
 *   - a load from a page with A = 1, D = 0 neither traps nor sets D
 *   - a store that faults for lack of permission does not set D (D updates
 *     must be exact; A may be set speculatively, so it is not checked)
 *   - the walk never writes A/D/U into non-leaf PTEs
 * Lines printed say only what both schemes share.
 */
#define PROGRAM_NAME "sv39_ad"
#include "vm.h"

#define NO_A      (~(PTE_A | PTE_D))
#define NO_D      (~PTE_D)

/*
 * After an access to address `vareg` made with EXPECT_FIX(ptereg, -1,
 * need) and `cntreg` = the S trap count before it: no trap and `need` set
 * in the PTE, or one trap with `cause` and stval = `vareg`, and `need` not
 * all set before the fix.  Then the PTE
 * must have no bit of `forbid`.
 */
#define AD_OUTCOME(ptereg, cntreg, vareg, cause, need, forbid)              \
        GET_SCOUNT(t5); bne t5, cntreg, 94f;                                \
        DISARM;                                                             \
        ld t5, 0(ptereg); li t6, need; and t5, t5, t6; bne t5, t6, fail;    \
        j 95f;                                                              \
94:     CHECK_TRAP(cause); CHECK_STVAL_REG(vareg);                          \
        addi cntreg, cntreg, 1; GET_SCOUNT(t5); bne t5, cntreg, fail;       \
        ld t5, sframe + F_OLDPTE; li t6, need; and t5, t5, t6;              \
        beq t5, t6, fail;                                                   \
        ld t5, 0(ptereg); li t6, need; and t5, t5, t6; bne t5, t6, fail;    \
95:     ld t5, 0(ptereg); li t6, forbid; and t5, t5, t6; bnez t5, fail

        .text
        .option norvc
        .option norelax
        .globl test_body
test_body:
        li t0, 0x0a0a0a0a0a0a0a0a
        sd t0, dpage0 + 0x50, t1

        la a0, root0
        call vm_identity
        MAP(root0, WIN_PAGE(0), dpage0, PTE_KRW & NO_A, LEVEL_4K)
        sd a0, pte0, t0
        MAP(root0, WIN_PAGE(1), dpage1, PTE_KRW & NO_A, LEVEL_4K)
        sd a0, pte1, t0
        MAP(root0, WIN_PAGE(2), dpage2, PTE_KRW & NO_D, LEVEL_4K)
        sd a0, pte2, t0
        MAP(root0, WIN_PAGE(3), dpage2, PTE_KRW & NO_D, LEVEL_4K)
        sd a0, pte3, t0
        MAP(root0, WIN_PAGE(4), xpage, PTE_KRX & NO_A, LEVEL_4K)
        sd a0, pte4, t0
        MAP(root0, WIN_PAGE(6), dpage3, PTE_KR, LEVEL_4K)
        sd a0, pte6, t0
        MAP(root0, WIN_PAGE(7), upage, PTE_URX, LEVEL_4K)
        MAP(root0, WIN_PAGE(8), dpage4, PTE_URW & NO_D, LEVEL_4K)
        sd a0, pte8, t0
        MAP_PA(root0, WIN_2M(1), RAM_BASE, PTE_KRW & NO_A, LEVEL_2M)
        sd a0, pte2m, t0
        VM_ON(root0, 1)

/* ---- A ---------------------------------------------------------------------------- */
        TEST(1)
        ld s1, pte0
        li s0, WIN_PAGE(0) + 0x50
        li a0, 0
        EXPECT_FIX(s1, -1, PTE_A)
        GET_SCOUNT(s5)
        ld a0, 0(s0)
        AD_OUTCOME(s1, s5, s0, CAUSE_LOAD_PAGE_FAULT, PTE_A, PTE_D)
        CHECK_VAL(a0, 0x0a0a0a0a0a0a0a0a)
        ld a0, 0(s0)                    /* now without any trap */
        CHECK_VAL(a0, 0x0a0a0a0a0a0a0a0a)
        ld t0, 0(s1)
        CHECK_MASKED(t0, PTE_D, 0)
        OK("load from a page with A=0: A ends up set, D stays clear")

        TEST(2)
        ld s1, pte4
        li s0, WIN_PAGE(4)              /* xfunc with A = 0 */
        li a0, 0
        EXPECT_FIX(s1, -1, PTE_A)
        GET_SCOUNT(s5)
        jalr s0
        AD_OUTCOME(s1, s5, s0, CAUSE_FETCH_PAGE_FAULT, PTE_A, PTE_D)
        CHECK_VAL(a0, 0x600d)
        OK("fetch from a page with A=0: A ends up set, D stays clear")

/* ---- D ---------------------------------------------------------------------------- */
        TEST(3)
        ld s1, pte1
        li s0, WIN_PAGE(1) + 0x58       /* A = 0, D = 0 */
        li s2, 0x0303030303030303
        EXPECT_FIX(s1, -1, PTE_A | PTE_D)
        GET_SCOUNT(s5)
        sd s2, 0(s0)
        AD_OUTCOME(s1, s5, s0, CAUSE_STORE_PAGE_FAULT, PTE_A | PTE_D, 0)
        ld a0, dpage1 + 0x58
        CHECK_EQ(a0, s2)
        OK("store to a page with A=0 D=0: both end up set, store lands")

        TEST(4)
        ld s1, pte2
        li s0, WIN_PAGE(2) + 0x60       /* A = 1, D = 0 */
        ld a0, 0(s0)                    /* a load: no trap, D stays clear */
        ld t0, 0(s1)
        CHECK_MASKED(t0, PTE_A | PTE_D, PTE_A)
        OK("load from a page with A=1 D=0: no fault, D stays clear")

        TEST(5)
        li s2, 0x0505050505050505
        EXPECT_FIX(s1, -1, PTE_D)
        GET_SCOUNT(s5)
        sd s2, 0(s0)
        AD_OUTCOME(s1, s5, s0, CAUSE_STORE_PAGE_FAULT, PTE_D, 0)
        ld a0, dpage2 + 0x60
        CHECK_EQ(a0, s2)
        sd zero, 0(s0)                  /* D set: no trap any more */
        OK("store to a page with A=1 D=0: D ends up set, store lands")

        TEST(6)
        ld s1, pte3
        li s0, WIN_PAGE(3) + 0x68       /* dpage2 again, A = 1, D = 0 */
        li a0, 7
        sd a0, dpage2 + 0x68, t0
        li a1, 5
        EXPECT_FIX(s1, -1, PTE_D)
        GET_SCOUNT(s5)
        amoadd.d a0, a1, (s0)
        AD_OUTCOME(s1, s5, s0, CAUSE_STORE_PAGE_FAULT, PTE_D, 0)
        CHECK_VAL(a0, 7)
        ld a0, dpage2 + 0x68
        CHECK_VAL(a0, 12)
        OK("AMO to a page with A=1 D=0: D ends up set, AMO done once")

        TEST(7)
        ld s1, pte2m
        li s0, WIN_2M(1)                /* RAM_BASE, 2 MiB leaf, A = D = 0 */
        la t0, dpage4 + 0x70
        li t1, RAM_BASE
        sub t0, t0, t1
        add s0, s0, t0
        li s2, 0x0707070707070707
        EXPECT_FIX(s1, -1, PTE_A | PTE_D)
        GET_SCOUNT(s5)
        sd s2, 0(s0)
        AD_OUTCOME(s1, s5, s0, CAUSE_STORE_PAGE_FAULT, PTE_A | PTE_D, 0)
        ld a0, dpage4 + 0x70
        CHECK_EQ(a0, s2)
        OK("store through a 2MiB leaf with A=0 D=0: both end up set")

        TEST(8)
        ld s1, pte8
        li a1, WIN_PAGE(8) + 0x78       /* a U page, D = 0, stored from U */
        li a2, 0x0808080808080808
        EXPECT_FIX(s1, -1, PTE_D)
        GET_SCOUNT(s5)
        RUN_U(u_store, upage, WIN_PAGE(7))
        AD_OUTCOME(s1, s5, a1, CAUSE_STORE_PAGE_FAULT, PTE_D, 0)
        ld a0, dpage4 + 0x78
        CHECK_VAL(a0, 0x0808080808080808)
        OK("store from U-mode to a page with D=0: D ends up set, store lands")

/* ---- what both schemes share exactly -------------------------------------------- */
        TEST(9)
        ld s1, pte6
        li s0, WIN_PAGE(6) + 0x80       /* read-only, A = 1, D = 0 */
        EXPECT_RESUME(1f)
        sd zero, 0(s0)
        j fail
1:      CHECK_TRAP(CAUSE_STORE_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        ld t0, 0(s1)
        CHECK_MASKED(t0, PTE_D | PTE_W, 0)
        EXPECT_RESUME(1f)
        amoor.d zero, zero, (s0)
        j fail
1:      CHECK_TRAP(CAUSE_STORE_PAGE_FAULT)
        ld t0, 0(s1)
        CHECK_MASKED(t0, PTE_D | PTE_W, 0)
        OK("store or AMO to a read-only page: page fault, D not set")

        TEST(10)
        /* Every access above walked through root0[1] and the level-1
         * table entry for WIN; neither may have gained A, D or U. */
        PTE_AT(root0, WIN, LEVEL_1G)
        ld t0, 0(a0)
        CHECK_MASKED(t0, PTE_A | PTE_D | PTE_U | PTE_R | PTE_W | PTE_X | PTE_V, PTE_V)
        PTE_AT(root0, WIN, LEVEL_2M)
        ld t0, 0(a0)
        CHECK_MASKED(t0, PTE_A | PTE_D | PTE_U | PTE_R | PTE_W | PTE_X | PTE_V, PTE_V)
        OK("non-leaf PTEs: no A, D or U written by the walk")

        j pass

/* xfunc: returns 0x600d in a0. */
        .balign 4096
xpage:
xfunc:  li a0, 0x600d
        ret

/* U-mode: store a2 at (a1). */
        .balign 4096
upage:
u_store: sd a2, 0(a1)
         ecall
        .balign 4096

        .data
pte0:   .dword 0
pte1:   .dword 0
pte2:   .dword 0
pte3:   .dword 0
pte4:   .dword 0
pte6:   .dword 0
pte8:   .dword 0
pte2m:  .dword 0

        .bss
        .balign 4096
dpage0: .space 4096
dpage1: .space 4096
dpage2: .space 4096
dpage3: .space 4096
dpage4: .space 4096

#include "vm_harness.inc"
