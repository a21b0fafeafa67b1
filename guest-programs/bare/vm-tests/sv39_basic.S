/*
 * sv39_basic.S: Sv39 translation from S-mode.
 *
 *   - satp takes mode 8 (Sv39) and the root PPN
 *   - the identity map (two 1 GiB leaves) keeps the program running when
 *     translation comes on
 *   - 4 KiB leaves: a page mapped elsewhere, the page offset carried over,
 *     two virtual pages on one physical page seeing each other's stores,
 *     code run from a remapped page
 *   - 2 MiB and 1 GiB leaves, and a 1 GiB leaf in the upper (sign-extended)
 *     half of the address space
 *   - misaligned superpages (PPN bits below the leaf's level nonzero) give a
 *     page fault of the access's type, stval = the address
 *   - addresses whose bits 63:39 are not all equal to bit 38 give a page
 *     fault (load, store and fetch), stval = the address, even where the
 *     low 39 bits would translate
 *   - a satp write with a reserved MODE has no effect at all
 */
#define PROGRAM_NAME "sv39_basic"
#include "vm.h"

/* reg = the address of `label` seen through a mapping of RAM_BASE at `va`. */
#define VIA(reg, label, va)  la reg, label; li t6, (va) - RAM_BASE; add reg, reg, t6

#define VA_1G      0xc0000000              /* root[3]: RAM, 1 GiB leaf */
#define VA_HIGH    0xffffffffc0000000      /* root[511]: RAM, 1 GiB leaf */
#define VA_BAD1G_A 0x100000000             /* root[4]: PPN[1] != 0 */
#define VA_BAD1G_B 0x140000000             /* root[5]: PPN[0] != 0 */
#define NONCANON_LO 0x0000008000000000     /* bit 39 set, bit 38 clear */
#define NONCANON_HI 0xffffff8000000000     /* bits 63:39 set, bit 38 clear */

        .text
        .option norvc
        .globl test_body
test_body:
        /* Markers, written before translation is on. */
        li t0, 0x1111111111111111
        sd t0, page0, t1
        li t0, 0x2222222222222222
        sd t0, page1, t1
        li t0, 0x2222222222220ff8
        sd t0, page1 + 0xff8, t1
        li t0, 0x3333333333333333
        sd t0, page2, t1

        la a0, root0
        call vm_identity
        MAP(root0, WIN_PAGE(0), page0, PTE_KRW, LEVEL_4K)
        MAP(root0, WIN_PAGE(1), page0, PTE_KRW, LEVEL_4K)
        MAP(root0, WIN_PAGE(2), page1, PTE_KRW, LEVEL_4K)
        MAP(root0, WIN_PAGE(3), xpage, PTE_KX, LEVEL_4K)
        MAP_PA(root0, WIN_2M(1), RAM_BASE, PTE_KRW, LEVEL_2M)
        MAP_PA(root0, WIN_2M(2), RAM_BASE + PAGE_4K, PTE_KRWX, LEVEL_2M)
        MAP_PA(root0, VA_1G, RAM_BASE, PTE_KRW, LEVEL_1G)
        MAP_PA(root0, VA_HIGH, RAM_BASE, PTE_KRW, LEVEL_1G)
        MAP_PA(root0, VA_BAD1G_A, RAM_BASE + PAGE_2M, PTE_KRW, LEVEL_1G)
        MAP_PA(root0, VA_BAD1G_B, RAM_BASE + PAGE_4K, PTE_KRW, LEVEL_1G)

/* ---- turning it on ------------------------------------------------------------ */
        TEST(1)
        VM_ON(root0, 1)
        csrr a0, satp
        srli a1, a0, 60
        CHECK_VAL(a1, 8)
        slli a1, a0, 20                 /* PPN: bits 43:0 */
        srli a1, a1, 20
        la a2, root0
        srli a2, a2, 12
        CHECK_EQ(a1, a2)
        OK("satp holds Sv39 and the root PPN")

        TEST(2)
        ld a0, page0                    /* identity: the data written before */
        CHECK_VAL(a0, 0x1111111111111111)
        la a1, scratch
        li a2, 0x5a5a5a5a
        sd a2, 0(a1)
        ld a0, 0(a1)
        CHECK_EQ(a0, a2)
        OK("identity map: code, data and stack keep working")

/* ---- 4 KiB pages -------------------------------------------------------------- */
        TEST(3)
        li s0, WIN_PAGE(2)
        ld a0, 0(s0)
        CHECK_VAL(a0, 0x2222222222222222)
        li t0, 0xff8
        add t0, s0, t0
        ld a0, 0(t0)
        CHECK_VAL(a0, 0x2222222222220ff8)
        OK("4KiB page remapped, offset kept")

        TEST(4)
        li s0, WIN_PAGE(0)
        li s1, WIN_PAGE(1)
        ld a0, 0(s1)
        CHECK_VAL(a0, 0x1111111111111111)
        li a2, 0x0123456789abcdef
        sd a2, 8(s0)                    /* write through one alias ... */
        ld a0, 8(s1)                    /* ... read through the other */
        CHECK_EQ(a0, a2)
        ld a0, page0 + 8                /* ... and through the identity map */
        CHECK_EQ(a0, a2)
        li a2, 0x7e
        sb a2, 0x7ff(s1)
        lbu a0, 0x7ff(s0)
        CHECK_EQ(a0, a2)
        OK("two virtual pages on one physical page see each other's stores")

        TEST(5)
        li t0, WIN_PAGE(3)              /* xfunc through its alias */
        jalr t0
        CHECK_VAL(a0, 0x600d)
        OK("code runs from a remapped page")

/* ---- superpages --------------------------------------------------------------- */
        TEST(6)
        VIA(s0, page2, WIN_2M(1))
        ld a0, 0(s0)
        CHECK_VAL(a0, 0x3333333333333333)
        li a2, 0x2020202020202020
        sd a2, 16(s0)
        ld a0, page2 + 16
        CHECK_EQ(a0, a2)
        OK("superpage 2MiB")

        TEST(7)
        VIA(s0, page2, VA_1G)
        ld a0, 0(s0)
        CHECK_VAL(a0, 0x3333333333333333)
        li a2, 0x4040404040404040
        sd a2, 24(s0)
        ld a0, page2 + 24
        CHECK_EQ(a0, a2)
        OK("superpage 1GiB")

        TEST(8)
        VIA(s0, page2, VA_HIGH)
        ld a0, 0(s0)
        CHECK_VAL(a0, 0x3333333333333333)
        li a2, 0x6060606060606060
        sd a2, 32(s0)
        ld a0, page2 + 32
        CHECK_EQ(a0, a2)
        OK("superpage 1GiB in the upper half (sign-extended address)")

/* ---- misaligned superpages ----------------------------------------------------- */
        TEST(9)
        VIA(s0, page2, WIN_2M(2))
        EXPECT_RESUME(1f)
9:      ld a0, 0(s0)
        j fail
1:      CHECK_TRAP(CAUSE_LOAD_PAGE_FAULT)
        CHECK_SEPC(9b)
        CHECK_STVAL_REG(s0)
        EXPECT_RESUME(1f)
9:      sd zero, 0(s0)
        j fail
1:      CHECK_TRAP(CAUSE_STORE_PAGE_FAULT)
        CHECK_SEPC(9b)
        CHECK_STVAL_REG(s0)
        OK("misaligned 2MiB superpage: load and store page faults")

        TEST(10)
        VIA(s0, page2, VA_BAD1G_A)
        EXPECT_RESUME(1f)
        ld a0, 0(s0)
        j fail
1:      CHECK_TRAP(CAUSE_LOAD_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        VIA(s0, page2, VA_BAD1G_B)
        EXPECT_RESUME(1f)
        lw a0, 4(s0)
        j fail
1:      CHECK_TRAP(CAUSE_LOAD_PAGE_FAULT)
        addi s0, s0, 4
        CHECK_STVAL_REG(s0)
        OK("misaligned 1GiB superpage (PPN[1] or PPN[0] nonzero): page fault")

        TEST(11)
        VIA(s0, xpage, WIN_2M(2))       /* a fetch from a misaligned 2 MiB leaf */
        EXPECT_RESUME(1f)
        jalr s0
        j fail
1:      CHECK_TRAP(CAUSE_FETCH_PAGE_FAULT)
        CHECK_SEPC_REG(s0)
        CHECK_STVAL_REG(s0)
        OK("misaligned superpage: instruction page fault")

/* ---- non-canonical addresses -------------------------------------------------- */
        /* Each address's low 39 bits point into the identity map (page1),
         * so only the canonical check can make these fault. */
        TEST(12)
        la s0, page1
        li t0, NONCANON_LO
        or s0, s0, t0
        EXPECT_RESUME(1f)
9:      ld a0, 0(s0)
        j fail
1:      CHECK_TRAP(CAUSE_LOAD_PAGE_FAULT)
        CHECK_SEPC(9b)
        CHECK_STVAL_REG(s0)
        OK("non-canonical load (bit 39 set): load page fault, stval = address")

        TEST(13)
        la s0, page1
        li t0, NONCANON_HI
        or s0, s0, t0
        EXPECT_RESUME(1f)
        sd zero, 0(s0)
        j fail
1:      CHECK_TRAP(CAUSE_STORE_PAGE_FAULT)
        CHECK_STVAL_REG(s0)
        ld a0, page1
        CHECK_VAL(a0, 0x2222222222222222)
        /* An AMO here must give a store/AMO page fault too, but QEMU 7.2
         * reports a load page fault (13) for it, so it is not tested. */
        OK("non-canonical store (bit 38 clear, 63:39 set): store page fault")

        TEST(14)
        la s0, xfunc
        li t0, NONCANON_LO
        or s0, s0, t0
        EXPECT_RESUME(1f)
        jalr s0
        j fail
1:      CHECK_TRAP(CAUSE_FETCH_PAGE_FAULT)
        CHECK_SEPC_REG(s0)
        CHECK_STVAL_REG(s0)
        OK("non-canonical fetch: instruction page fault, stval = address")

/* ---- satp ------------------------------------------------------------------------ */
        TEST(15)
        csrr s0, satp
        li t0, 5 << 60                  /* modes 1-7 are reserved */
        la t1, root1
        srli t1, t1, 12
        or t0, t0, t1
        csrw satp, t0                   /* the whole write has no effect */
        csrr a0, satp
        CHECK_EQ(a0, s0)
        li t0, VA_1G                    /* and translation goes on as before */
        ld a0, 0(t0)
        OK("satp write with a reserved MODE is ignored")

        j pass

/* A page of code that test 5 runs through another virtual address. */
        .balign 4096
xpage:
xfunc:  li a0, 0x600d
        ret
        .balign 4096

        .bss
        .balign 4096
page0:   .space 4096
page1:   .space 4096
page2:   .space 4096
scratch: .space 64

#include "vm_harness.inc"
