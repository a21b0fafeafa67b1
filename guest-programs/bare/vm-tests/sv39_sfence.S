/*
 * sv39_sfence.S: stale translations, sfence.vma and ASIDs.
 *
 * A PTE changed without sfence.vma may be seen old or new (the spec allows
 * either, so the checks accept both and print neither); after sfence.vma
 * the new one must be used.  Checked:
 *   - all four forms: sfence.vma x0, x0 / va, x0 / x0, asid / va, asid
 *     for a remapped page; a removed W is enforced after sfence.vma va
 *   - a W added without sfence.vma may fault spuriously; the handler's
 *     sfence.vma and retry then succeed
 *   - a global mapping stays usable across an ASID-specific sfence.vma,
 *     reads the same in both address spaces, and a change to it is seen
 *     after sfence.vma x0, x0
 *   - switching satp between two address spaces (ASIDs 1 and 2) with
 *     different mappings of the same address needs no sfence.vma: each
 *     sees its own page, loads and stores
 * If the hart keeps fewer ASID bits than needed to tell 1 and 2 apart (the
 * spec allows ASIDLEN = 0), the switch test fences after each satp write;
 * the output is the same.
 */
#define PROGRAM_NAME "sv39_sfence"
#include "vm.h"

#define VA_X     WIN_PAGE(0)    /* remapped between pa, pb, pc (root0) */
#define VA_G     WIN_PAGE(1)    /* global, in both roots */
#define VA_S     WIN_PAGE(2)    /* pa in root0, pb in root1 */
#define VA_W     WIN_PAGE(3)    /* pd, W taken away and given back */

#define VAL_A    0xaaaaaaaaaaaaaaaa
#define VAL_B    0xbbbbbbbbbbbbbbbb
#define VAL_C    0xcccccccccccccccc

/* Point the PTE at address `ptereg` to page `label`, keeping its flags. */
#define REPOINT(ptereg, label)                                              \
        ld t5, 0(ptereg); andi t5, t5, 0x3ff;                               \
        la t6, label; srli t6, t6, 12; slli t6, t6, PTE_PPN_SHIFT;          \
        or t5, t5, t6; sd t5, 0(ptereg)
/* Load from `va` into a0; fail unless it is `old` or `new`. */
#define OLD_OR_NEW(va, old, new)                                            \
        li t5, va; ld a0, 0(t5);                                            \
        li t6, old; beq a0, t6, 96f;                                        \
        li t6, new; bne a0, t6, fail;                                       \
96:
/* satp = Sv39 | asid (register) | root, with no sfence.vma. */
#define SATP_SWITCH(root, asidreg)                                          \
        la t5, root; srli t5, t5, 12;                                       \
        slli t6, asidreg, SATP_ASID_SHIFT; or t5, t5, t6;                   \
        li t6, SATP_MODE_SV39; or t5, t5, t6;                               \
        csrw satp, t5

        .text
        .option norvc
        .option norelax
        .globl test_body
test_body:
        li t0, VAL_A
        sd t0, pa, t1
        li t0, VAL_B
        sd t0, pb, t1
        li t0, VAL_C
        sd t0, pc, t1

        la a0, root0
        call vm_identity
        MAP(root0, VA_X, pa, PTE_KRW, LEVEL_4K)
        mv s1, a0                       /* s1: the PTE of VA_X */
        MAP(root0, VA_G, pa, PTE_KRW | PTE_G, LEVEL_4K)
        mv s2, a0                       /* s2, s3: VA_G in root0, root1 */
        MAP(root0, VA_S, pa, PTE_KRW, LEVEL_4K)
        MAP(root0, VA_W, pd, PTE_KRW, LEVEL_4K)
        mv s4, a0                       /* s4: the PTE of VA_W */
        la a0, root1
        call vm_identity
        MAP(root1, VA_G, pa, PTE_KRW | PTE_G, LEVEL_4K)
        mv s3, a0
        MAP(root1, VA_S, pb, PTE_KRW, LEVEL_4K)

        /* The ASIDs as the hart keeps them: s7 for 1, s8 for 2.  (The fence
         * first orders the table writes before the walks.) */
        sfence.vma
        li t0, 1
        SATP_SWITCH(root0, t0)
        csrr s7, satp
        li t0, 2
        SATP_SWITCH(root0, t0)
        csrr s8, satp
        srli s7, s7, SATP_ASID_SHIFT
        li t0, SATP_ASID_MASK
        and s7, s7, t0
        srli s8, s8, SATP_ASID_SHIFT
        and s8, s8, t0
        SATP_SWITCH(root0, s7)
        sfence.vma

/* ---- the four forms -------------------------------------------------------------- */
        TEST(1)
        li t0, VA_X
        ld a0, 0(t0)
        CHECK_VAL(a0, VAL_A)
        REPOINT(s1, pb)
        OLD_OR_NEW(VA_X, VAL_A, VAL_B)
        sfence.vma x0, x0
        li t0, VA_X
        ld a0, 0(t0)
        CHECK_VAL(a0, VAL_B)
        OK("remapped page without sfence.vma: old or new; after sfence.vma x0, x0: new")

        TEST(2)
        REPOINT(s1, pc)
        OLD_OR_NEW(VA_X, VAL_B, VAL_C)
        li t0, VA_X
        sfence.vma t0, x0
        ld a0, 0(t0)
        CHECK_VAL(a0, VAL_C)
        OK("sfence.vma va, x0: new mapping used")

        TEST(3)
        REPOINT(s1, pa)
        OLD_OR_NEW(VA_X, VAL_C, VAL_A)
        sfence.vma x0, s7
        li t0, VA_X
        ld a0, 0(t0)
        CHECK_VAL(a0, VAL_A)
        OK("sfence.vma x0, asid: new mapping used")

        TEST(4)
        REPOINT(s1, pb)
        OLD_OR_NEW(VA_X, VAL_A, VAL_B)
        li t0, VA_X + 0x10              /* any address in the page */
        sfence.vma t0, s7
        li t0, VA_X
        ld a0, 0(t0)
        CHECK_VAL(a0, VAL_B)
        OK("sfence.vma va, asid: new mapping used")

/* ---- permissions ------------------------------------------------------------------ */
        TEST(5)
        li s0, VA_W
        sd zero, 0(s0)                  /* writable, and now cached as such */
        li t0, ~PTE_W
        ld t1, 0(s4)
        and t1, t1, t0
        sd t1, 0(s4)
        EXPECT_RESUME(1f)               /* the store may or may not fault */
        sd zero, 8(s0)
1:      DISARM
        sfence.vma s0, x0
        EXPECT_RESUME(1f)
        sd zero, 16(s0)
        j fail
1:      CHECK_TRAP(CAUSE_STORE_PAGE_FAULT)
        CHECK_STVAL(VA_W + 16)
        OK("W removed: after sfence.vma va, x0 the store faults")

        TEST(6)
        ld t1, 0(s4)
        ori t1, t1, PTE_W
        sd t1, 0(s4)
        li s5, 0x0606
        EXPECT_FIX(s4, -1, 0)           /* a spurious fault: fence, retry */
        sd s5, 24(s0)
        DISARM
        ld a0, pd + 24
        CHECK_EQ(a0, s5)
        sd zero, 32(s0)
        OK("W added without sfence.vma: the store lands (at worst after a fault and a fenced retry)")

/* ---- global mappings --------------------------------------------------------------- */
        TEST(7)
        li t0, VA_G
        ld a0, 0(t0)
        CHECK_VAL(a0, VAL_A)
        sfence.vma x0, s7               /* global entries need not go */
        li t0, VA_G
        ld a0, 0(t0)
        CHECK_VAL(a0, VAL_A)
        sfence.vma t0, s7
        ld a0, 0(t0)
        CHECK_VAL(a0, VAL_A)
        OK("global mapping usable after sfence.vma x0, asid and va, asid")

        TEST(8)
        SATP_SWITCH(root1, s8)
        li t0, VA_G
        ld a0, 0(t0)
        CHECK_VAL(a0, VAL_A)
        SATP_SWITCH(root0, s7)
        OK("global mapping: the same page in both address spaces")

        TEST(9)
        REPOINT(s2, pc)                 /* in every address space */
        REPOINT(s3, pc)
        sfence.vma x0, s7               /* old or new: global entries may stay */
        OLD_OR_NEW(VA_G, VAL_A, VAL_C)
        sfence.vma x0, x0
        li t0, VA_G
        ld a0, 0(t0)
        CHECK_VAL(a0, VAL_C)
        OK("global mapping changed: old or new after sfence.vma x0, asid; new after x0, x0")

/* ---- two address spaces ------------------------------------------------------------ */
        TEST(10)
        li s6, 0                        /* fence after each switch? */
        bne s7, s8, 1f
        li s6, 1
1:      li s0, VA_S
        ld a0, 0(s0)                    /* ASID 1: pa */
        CHECK_VAL(a0, VAL_A)
        li s9, 3                        /* three round trips */
2:      SATP_SWITCH(root1, s8)
        beqz s6, 3f
        sfence.vma
3:      ld a0, 0(s0)                    /* ASID 2: pb */
        CHECK_VAL(a0, VAL_B)
        SATP_SWITCH(root0, s7)
        beqz s6, 4f
        sfence.vma
4:      ld a0, 0(s0)
        CHECK_VAL(a0, VAL_A)
        addi s9, s9, -1
        bnez s9, 2b
        OK("satp switch between ASIDs: each address space sees its own page")

        TEST(11)
        SATP_SWITCH(root1, s8)
        beqz s6, 1f
        sfence.vma
1:      li s5, 0x1111
        sd s5, 8(s0)                    /* into pb */
        SATP_SWITCH(root0, s7)
        beqz s6, 2f
        sfence.vma
2:      li s5, 0x2222
        sd s5, 16(s0)                   /* into pa */
        ld a0, pb + 8
        CHECK_VAL(a0, 0x1111)
        ld a0, pb + 16
        CHECK_VAL(a0, 0)
        ld a0, pa + 16
        CHECK_VAL(a0, 0x2222)
        ld a0, pa + 8
        CHECK_VAL(a0, 0)
        OK("satp switch between ASIDs: stores land in each space's own page")

        j pass

        .bss
        .balign 4096
pa:     .space 4096
pb:     .space 4096
pc:     .space 4096
pd:     .space 4096

#include "vm_harness.inc"
