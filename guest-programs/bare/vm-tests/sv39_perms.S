/*
 * sv39_perms.S: the permission checks of a leaf PTE against the mode and
 * sstatus.SUM / sstatus.MXR.
 *
 *   - U-mode uses U pages (load, store, execute) and faults on every access
 *     to a page without U, whatever SUM says
 *   - S-mode faults on loads and stores to U pages unless SUM = 1, and never
 *     executes from a U page, even with SUM = 1
 *   - MXR = 1 lets loads read execute-only pages (in S and in U, and with
 *     SUM for an execute-only U page from S); it never allows a store
 *   - fetching from a page without X faults (S and U); storing to a page
 *     without W faults (S and U)
 * Every fault is checked for scause, stval and the mode it came from.
 */
#define PROGRAM_NAME "sv39_perms"
#include "vm.h"

#define V_UCODE  WIN_PAGE(0)    /* upage, U RX: the U-mode snippets */
#define V_UDATA  WIN_PAGE(1)    /* dpage0, U RW */
#define V_KDATA  WIN_PAGE(2)    /* dpage1, RW */
#define V_KCODE  WIN_PAGE(3)    /* xpage, RX */
#define V_UFUNC  WIN_PAGE(4)    /* xpage, U RX */
#define V_KXO    WIN_PAGE(5)    /* xpage, execute-only */
#define V_UXO    WIN_PAGE(6)    /* xpage, U execute-only */
#define V_KRO    WIN_PAGE(7)    /* dpage2, read-only */
#define V_URO    WIN_PAGE(8)    /* dpage2, U read-only */
#define V_UNOX   WIN_PAGE(9)    /* dpage3, U RW: no X */

/* Run a U-mode snippet that must fault with `cause` at address `va` (in
 * a1); back in S-mode after the macro. */
#define U_FAULTS(snippet, va, cause)                                        \
        li a1, va;                                                          \
        EXPECT_RESUME(92f);                                                 \
        RUN_U(snippet, upage, V_UCODE);                                     \
        j fail;                                                             \
92:     CHECK_TRAP(cause); CHECK_SPP(0); CHECK_STVAL(va)
/* An S-mode access (the instruction after `cause`, using s0 = va) must
 * fault with `cause`. */
#define S_FAULTS(va, cause, ...)                                            \
        li s0, va;                                                          \
        EXPECT_RESUME(93f);                                                 \
        __VA_ARGS__;                                                        \
        j fail;                                                             \
93:     CHECK_TRAP(cause); CHECK_SPP(MSTATUS_SPP); CHECK_STVAL(va)

        .text
        .option norvc
        .option norelax
        .globl test_body
test_body:
        li t0, 0x0a0a0a0a0a0a0a0a
        sd t0, dpage0 + 0x40, t1
        li t0, 0x0b0b0b0b0b0b0b0b
        sd t0, dpage1 + 0x40, t1
        li t0, 0x0c0c0c0c0c0c0c0c
        sd t0, dpage2 + 0x40, t1

        la a0, root0
        call vm_identity
        MAP(root0, V_UCODE, upage, PTE_URX, LEVEL_4K)
        MAP(root0, V_UDATA, dpage0, PTE_URW, LEVEL_4K)
        MAP(root0, V_KDATA, dpage1, PTE_KRW, LEVEL_4K)
        MAP(root0, V_KCODE, xpage, PTE_KRX, LEVEL_4K)
        MAP(root0, V_UFUNC, xpage, PTE_URX, LEVEL_4K)
        MAP(root0, V_KXO, xpage, PTE_KX, LEVEL_4K)
        MAP(root0, V_UXO, xpage, PTE_UX, LEVEL_4K)
        MAP(root0, V_KRO, dpage2, PTE_KR, LEVEL_4K)
        MAP(root0, V_URO, dpage2, PTE_UR, LEVEL_4K)
        MAP(root0, V_UNOX, dpage3, PTE_URW, LEVEL_4K)
        VM_ON(root0, 1)
        lwu s10, xfunc                  /* xfunc's first instruction word */

/* ---- U-mode --------------------------------------------------------------------- */
        TEST(1)
        li a1, V_UDATA + 0x40
        RUN_U(u_load, upage, V_UCODE)
        CHECK_VAL(a0, 0x0a0a0a0a0a0a0a0a)
        li a1, V_UDATA + 0x48
        li a2, 0x0101
        RUN_U(u_store, upage, V_UCODE)
        ld a0, dpage0 + 0x48
        CHECK_VAL(a0, 0x0101)
        li a1, V_UFUNC
        li a0, 0
        RUN_U(u_call, upage, V_UCODE)
        CHECK_VAL(a0, 0x600d)
        OK("U-mode loads, stores and executes on U pages")

        TEST(2)
        U_FAULTS(u_load, V_KDATA + 0x40, CAUSE_LOAD_PAGE_FAULT)
        li a2, 0
        U_FAULTS(u_store, V_KDATA + 0x48, CAUSE_STORE_PAGE_FAULT)
        ld a0, dpage1 + 0x40
        CHECK_VAL(a0, 0x0b0b0b0b0b0b0b0b)
        OK("U-mode load and store to a non-U page: page faults")

        TEST(3)
        U_FAULTS(u_call, V_KCODE, CAUSE_FETCH_PAGE_FAULT)
        ld t5, sframe + F_EPC
        li t6, V_KCODE
        bne t5, t6, fail
        OK("U-mode fetch from a non-U page: instruction page fault")

        TEST(4)
        li t0, SSTATUS_SUM
        csrs sstatus, t0
        U_FAULTS(u_load, V_KDATA + 0x40, CAUSE_LOAD_PAGE_FAULT)
        U_FAULTS(u_call, V_KCODE, CAUSE_FETCH_PAGE_FAULT)
        li t0, SSTATUS_SUM
        csrc sstatus, t0
        OK("SUM=1 gives U-mode nothing: still page faults")

/* ---- S-mode and U pages (SUM) ------------------------------------------------- */
        TEST(5)
        S_FAULTS(V_UDATA + 0x40, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(s0))
        S_FAULTS(V_UDATA + 0x48, CAUSE_STORE_PAGE_FAULT, sd zero, 0(s0))
        /* An AMO here must give a store/AMO page fault as well, but QEMU
         * 7.2 reports a load page fault (13) for an AMO on a page it may
         * not read, so it is not tested. */
        ld a0, dpage0 + 0x48
        CHECK_VAL(a0, 0x0101)
        OK("S-mode load and store to a U page with SUM=0: page faults")

        TEST(6)
        li t0, SSTATUS_SUM
        csrs sstatus, t0
        li s0, V_UDATA
        ld a0, 0x40(s0)
        CHECK_VAL(a0, 0x0a0a0a0a0a0a0a0a)
        li a2, 0x0606
        sd a2, 0x48(s0)
        ld a0, dpage0 + 0x48
        CHECK_VAL(a0, 0x0606)
        li t0, SSTATUS_SUM
        csrc sstatus, t0
        OK("S-mode load and store to a U page with SUM=1")

        TEST(7)
        li a0, 0
        S_FAULTS(V_UFUNC, CAUSE_FETCH_PAGE_FAULT, jalr s0)
        li t0, SSTATUS_SUM
        csrs sstatus, t0
        S_FAULTS(V_UFUNC, CAUSE_FETCH_PAGE_FAULT, jalr s0)
        li t0, SSTATUS_SUM
        csrc sstatus, t0
        CHECK_VAL(a0, 0)
        OK("S-mode never executes from a U page, SUM=0 or 1")

/* ---- MXR ------------------------------------------------------------------------ */
        TEST(8)
        S_FAULTS(V_KXO, CAUSE_LOAD_PAGE_FAULT, lw a0, 0(s0))
        li t0, SSTATUS_MXR
        csrs sstatus, t0
        li s0, V_KXO
        lwu a0, 0(s0)
        CHECK_EQ(a0, s10)
        li t0, SSTATUS_MXR
        csrc sstatus, t0
        OK("MXR=1 lets S-mode load from an execute-only page (MXR=0: fault)")

        TEST(9)
        li t0, SSTATUS_MXR
        csrs sstatus, t0
        S_FAULTS(V_KXO + 8, CAUSE_STORE_PAGE_FAULT, sw zero, 0(s0))
        li t0, SSTATUS_MXR
        csrc sstatus, t0
        lwu a0, xfunc
        CHECK_EQ(a0, s10)
        OK("MXR=1 never allows a store")

        TEST(10)
        U_FAULTS(u_lw, V_UXO, CAUSE_LOAD_PAGE_FAULT)
        li t0, SSTATUS_MXR
        csrs sstatus, t0
        li a1, V_UXO
        RUN_U(u_lw, upage, V_UCODE)
        li t0, SSTATUS_MXR
        csrc sstatus, t0
        CHECK_EQ(a0, s10)
        OK("MXR applies to U-mode too: load from an execute-only U page")

        TEST(11)
        li t0, SSTATUS_SUM | SSTATUS_MXR
        csrs sstatus, t0
        li s0, V_UXO
        lwu a0, 0(s0)
        CHECK_EQ(a0, s10)
        li t0, SSTATUS_MXR
        csrc sstatus, t0                /* SUM alone: execute-only still unreadable */
        S_FAULTS(V_UXO, CAUSE_LOAD_PAGE_FAULT, lw a0, 0(s0))
        li t0, SSTATUS_SUM
        csrc sstatus, t0
        li t0, SSTATUS_MXR
        csrs sstatus, t0                /* MXR alone: a U page still off limits */
        S_FAULTS(V_UXO, CAUSE_LOAD_PAGE_FAULT, lw a0, 0(s0))
        li t0, SSTATUS_MXR
        csrc sstatus, t0
        OK("execute-only U page from S-mode: readable only with SUM=1 and MXR=1")

/* ---- X and W -------------------------------------------------------------------- */
        TEST(12)
        li a0, 0
        S_FAULTS(V_KDATA, CAUSE_FETCH_PAGE_FAULT, jalr s0)
        S_FAULTS(V_KRO, CAUSE_FETCH_PAGE_FAULT, jalr s0)
        U_FAULTS(u_call, V_UNOX, CAUSE_FETCH_PAGE_FAULT)
        OK("fetch from a page without X: instruction page fault (S and U)")

        TEST(13)
        li s0, V_KRO
        ld a0, 0x40(s0)
        CHECK_VAL(a0, 0x0c0c0c0c0c0c0c0c)
        S_FAULTS(V_KRO + 0x40, CAUSE_STORE_PAGE_FAULT, sd zero, 0(s0))
        li a1, V_URO + 0x40
        RUN_U(u_load, upage, V_UCODE)
        CHECK_VAL(a0, 0x0c0c0c0c0c0c0c0c)
        li a2, 0
        U_FAULTS(u_store, V_URO + 0x40, CAUSE_STORE_PAGE_FAULT)
        ld a0, dpage2 + 0x40
        CHECK_VAL(a0, 0x0c0c0c0c0c0c0c0c)
        OK("store to a read-only page: store page fault (S and U)")

        j pass

/* xfunc: returns 0x600d in a0. */
        .balign 4096
xpage:
xfunc:  li a0, 0x600d
        ret

/* U-mode snippets: a1 = the address, a2 = the value to store. */
        .balign 4096
upage:
u_load:  ld a0, 0(a1)
         ecall
u_lw:    lwu a0, 0(a1)
         ecall
u_store: sd a2, 0(a1)
         ecall
u_call:  jalr a1
         ecall
        .balign 4096

        .bss
        .balign 4096
dpage0: .space 4096
dpage1: .space 4096
dpage2: .space 4096
dpage3: .space 4096

#include "vm_harness.inc"
