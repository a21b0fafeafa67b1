/*
 * sv39.c: the page table and the M-to-S switch of sv39.h.
 *
 * Sv39 in one paragraph: a virtual address is VPN[2] | VPN[1] | VPN[0] |
 * offset (9 + 9 + 9 + 12 bits). satp points at the root table; each level's
 * 512 eight-byte PTEs either point at the next table (V set, R/W/X clear)
 * or are a leaf (any of R/W/X set) mapping a 1 GiB, 2 MiB or 4 KiB page.
 * A PTE holds the physical page number at bit 10.
 */
#include "sv39.h"
#include "bare.h"

#define PTE_V (1ul << 0)
#define PTE_R (1ul << 1)
#define PTE_W (1ul << 2)
#define PTE_X (1ul << 3)
#define PTE_A (1ul << 6)
#define PTE_D (1ul << 7)
#define PTE_PPN_SHIFT 10

#define RAM_BASE 0x80000000ul
/* One level-0 table maps 2 MiB; this many map the program's RAM. */
#define L0_TABLES 8

#define SATP_MODE_SV39 (8ul << 60)
#define MSTATUS_MPP_MASK (3ul << 11)
#define MSTATUS_MPP_S (1ul << 11)

/* The end of the program's image: its stack is the last thing (link.ld). */
extern char __stack_top[];

static uint64_t root[512] __attribute__((aligned(PAGE_SIZE)));
static uint64_t level1[512] __attribute__((aligned(PAGE_SIZE)));
static uint64_t level0[L0_TABLES][512] __attribute__((aligned(PAGE_SIZE)));

static uint64_t pte(uint64_t paddr, uint64_t flags)
{
    return (paddr >> 12) << PTE_PPN_SHIFT | flags | PTE_V;
}

int sv39_map_identity(void)
{
    uint64_t pages = ((uint64_t)__stack_top - RAM_BASE + PAGE_SIZE - 1) / PAGE_SIZE;
    if (pages > L0_TABLES * 512ul)
        return -1;
    /* VPN[2] = 0: the devices, one gigapage, not executable. */
    root[0] = pte(0, PTE_R | PTE_W | PTE_A | PTE_D);
    /* VPN[2] = 2: 0x8000_0000.., through level-1 and level-0 tables. */
    root[RAM_BASE >> 30] = pte((uint64_t)level1, 0);
    for (uint64_t t = 0; t < L0_TABLES; t++)
        level1[t] = pte((uint64_t)level0[t], 0);
    for (uint64_t p = 0; p < pages; p++)
        level0[p / 512][p % 512] =
            pte(RAM_BASE + p * PAGE_SIZE, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D);
    return 0;
}

void sv39_enter_supervisor(void (*fn)(void))
{
    /* PMP entry 0: TOR up to 2^56, R/W/X (xv6's start.c does the same). */
    __asm__ volatile("csrw pmpaddr0, %0" : : "r"(0x3fffffffffffffull));
    __asm__ volatile("csrw pmpcfg0, %0" : : "r"(0xful));
    /* cycle, time, instret and the hpm counters readable below M-mode. */
    __asm__ volatile("csrw mcounteren, %0" : : "r"(~0ul));
    __asm__ volatile("csrw satp, %0" : : "r"(SATP_MODE_SV39 | (uint64_t)root >> 12));
    __asm__ volatile("sfence.vma zero, zero" : : : "memory");

    uint64_t mstatus;
    __asm__ volatile("csrr %0, mstatus" : "=r"(mstatus));
    mstatus = (mstatus & ~MSTATUS_MPP_MASK) | MSTATUS_MPP_S;
    __asm__ volatile("csrw mstatus, %0" : : "r"(mstatus));
    __asm__ volatile("csrw mepc, %0" : : "r"(fn));
    /* mret: privilege := MPP (S), pc := mepc. */
    __asm__ volatile("mret" : : : "memory");
    __builtin_unreachable();
}
