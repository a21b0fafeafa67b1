/*
 * mprv.S: M-mode loads and stores under mstatus.MPRV.
 *
 * The tests run in M-mode with satp set to an Sv39 table.  With MPRV = 1,
 * M-mode loads and stores are translated and checked as if the hart were in
 * the mode held in MPP; instruction fetches are not affected.
 *   - MPRV = 0: no translation, satp or not; MPRV = 1 with MPP = M: none
 *     either
 *   - MPRV = 1, MPP = S: loads and stores go through the page table and
 *     fault as S-mode would (unmapped, read-only, U page without SUM,
 *     execute-only without MXR); SUM and MXR apply
 *   - MPRV = 1, MPP = U: U pages only
 *   - the page faults are taken in M-mode (a trap from M is never
 *     delegated, though medeleg delegates page faults), mtval = the address,
 *     and mstatus.MPRV is still 1 when the handler starts
 *   - fetches stay physical under MPRV = 1: code at an address the page
 *     table does not map still runs
 *
 * The program's own 2 MiB are identity mapped.  Test addresses lie at
 * 0x8100_0000, in RAM: untranslated they reach that RAM, translated they
 * reach the program's pages.
 */
#define PROGRAM_NAME "mprv"
#define M_BODY
#include "vm.h"

#define VA_P     0x81000000     /* -> pb, RW; physically: marker RAM */
#define VA_F     0x81001000     /* unmapped; physically: a copy of xfunc */
#define VA_RO    0x81002000     /* -> pb, read-only */
#define VA_U     0x81003000     /* -> pc, U RW */
#define VA_XO    0x81004000     /* -> pc, execute-only */
#define VA_NONE  0x81005000     /* unmapped */

#define PHYS_MARK 0x4d4d4d4d4d4d4d4d
#define VAL_B     0xbbbbbbbbbbbbbbbb
#define VAL_C     0xcccccccccccccccc

/* Turn MPRV on with MPP = mpp (also clear SUM and MXR unless given). */
#define MPRV_ON(mpp)                                                        \
        li t0, MSTATUS_MPP | MSTATUS_SUM | MSTATUS_MXR; csrc mstatus, t0;   \
        li t0, (mpp) | MSTATUS_MPRV; csrs mstatus, t0
#define MPRV_ON_WITH(mpp, bits)                                             \
        MPRV_ON(mpp); li t0, bits; csrs mstatus, t0
#define MPRV_OFF                                                            \
        li t0, MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR; csrc mstatus, t0

/* Under MPRV with MPP = mpp, the instruction after `cause` (using s0 = va)
 * must trap to M with `cause` and mtval = va. */
#define M_FAULTS(mpp, va, cause, ...)                                       \
        li s0, va;                                                          \
        MEXPECT_RESUME(93f);                                                \
        MPRV_ON(mpp);                                                       \
94:     __VA_ARGS__;                                                        \
        MPRV_OFF;                                                           \
        j fail;                                                             \
93:     MPRV_OFF; CHECK_MTRAP(cause); CHECK_MTVAL(va); CHECK_MEPC(94b)

        .text
        .option norvc
        .option norelax
        .globl test_body
test_body:
        li t0, VAL_B
        sd t0, pb, t1
        li t0, VAL_C
        sd t0, pc, t1
        li t0, VA_P                     /* physical RAM at the test address */
        li t1, PHYS_MARK
        sd t1, 0(t0)
        li t0, VA_F                     /* a copy of xfunc, physically */
        ld t1, xfunc                    /* lui, addiw, ret: 12 bytes */
        sd t1, 0(t0)
        ld t1, xfunc + 8
        sd t1, 8(t0)
        fence.i

        MAP_PA(root0, RAM_BASE, RAM_BASE, PTE_KRWX, LEVEL_2M)
        MAP(root0, VA_P, pb, PTE_KRW, LEVEL_4K)
        MAP(root0, VA_RO, pb, PTE_KR, LEVEL_4K)
        MAP(root0, VA_U, pc, PTE_URW, LEVEL_4K)
        MAP(root0, VA_XO, pc, PTE_KX, LEVEL_4K)
        VM_ON(root0, 1)
        lwu s10, xfunc

/* ---- no translation ---------------------------------------------------------------- */
        TEST(1)
        li s0, VA_P
        ld a0, 0(s0)
        CHECK_VAL(a0, PHYS_MARK)
        OK("MPRV=0: M-mode loads are physical with satp set")

        TEST(2)
        li s0, VA_P
        MPRV_ON(MSTATUS_MPP_M)
        ld a0, 0(s0)
        MPRV_OFF
        CHECK_VAL(a0, PHYS_MARK)
        OK("MPRV=1 with MPP=M: still physical")

/* ---- MPP = S ----------------------------------------------------------------------- */
        TEST(3)
        li s0, VA_P
        li s1, 0x0303
        MPRV_ON(MSTATUS_MPP_S)
        ld a0, 0(s0)
        sd s1, 8(s0)
        MPRV_OFF
        CHECK_VAL(a0, VAL_B)
        ld a1, pb + 8
        CHECK_EQ(a1, s1)
        ld a1, 8(s0)                    /* physical RAM untouched */
        CHECK_VAL(a1, 0)
        OK("MPRV=1 with MPP=S: loads and stores translated")

        TEST(4)
        M_FAULTS(MSTATUS_MPP_S, VA_NONE + 0x18, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(s0))
        ld t0, mframe + F_STATUS        /* at the trap: MPRV = 1, MPP = M */
        CHECK_MASKED(t0, MSTATUS_MPRV | MSTATUS_MPP, MSTATUS_MPRV | MSTATUS_MPP_M)
        ld t0, sframe + F_COUNT         /* nothing went to S */
        CHECK_VAL(t0, 0)
        OK("MPRV=1, MPP=S, unmapped: load page fault taken in M, not delegated")

        TEST(5)
        M_FAULTS(MSTATUS_MPP_S, VA_RO + 0x20, CAUSE_STORE_PAGE_FAULT, sd zero, 0(s0))
        li s0, VA_RO + 0x20
        MPRV_ON(MSTATUS_MPP_S)
        ld a0, -0x20(s0)
        MPRV_OFF
        CHECK_VAL(a0, VAL_B)
        OK("MPRV=1, MPP=S, read-only page: loads work, stores fault")

        TEST(6)
        M_FAULTS(MSTATUS_MPP_S, VA_U, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(s0))
        M_FAULTS(MSTATUS_MPP_S, VA_U + 8, CAUSE_STORE_PAGE_FAULT, sd zero, 0(s0))
        li s0, VA_U
        MPRV_ON_WITH(MSTATUS_MPP_S, MSTATUS_SUM)
        ld a0, 0(s0)
        MPRV_OFF
        CHECK_VAL(a0, VAL_C)
        OK("MPRV=1, MPP=S, U page: faults unless SUM=1")

        TEST(7)
        M_FAULTS(MSTATUS_MPP_S, VA_XO, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(s0))
        li s0, VA_XO
        MPRV_ON_WITH(MSTATUS_MPP_S, MSTATUS_MXR)
        ld a0, 0(s0)
        MPRV_OFF
        CHECK_VAL(a0, VAL_C)
        OK("MPRV=1, MPP=S, execute-only page: readable only with MXR=1")

/* ---- MPP = U ----------------------------------------------------------------------- */
        TEST(8)
        li s0, VA_U
        li s1, 0x0808
        MPRV_ON(MSTATUS_MPP_U)
        ld a0, 0(s0)
        sd s1, 8(s0)
        MPRV_OFF
        CHECK_VAL(a0, VAL_C)
        ld a1, pc + 8
        CHECK_EQ(a1, s1)
        M_FAULTS(MSTATUS_MPP_U, VA_P, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(s0))
        OK("MPRV=1 with MPP=U: U pages only")

/* ---- fetches ----------------------------------------------------------------------- */
        TEST(9)
        li s0, VA_F
        li a0, 0
        MPRV_ON(MSTATUS_MPP_S)
        jalr s0                         /* VA_F is unmapped; runs physically */
        MPRV_OFF
        CHECK_VAL(a0, 0x600d)
        OK("MPRV=1 does not translate instruction fetches")

/*
 * Privileged spec 1.12 also has an mret to S- or U-mode clear MPRV.  QEMU
 * 7.2 leaves it set (fixed in QEMU after 7.2), so that is not tested.
 */

        j pass

/* xfunc: returns 0x600d in a0. */
        .balign 8
xfunc:  li a0, 0x600d
        ret

        .bss
        .balign 4096
pb:     .space 4096
pc:     .space 4096

#include "vm_harness.inc"
