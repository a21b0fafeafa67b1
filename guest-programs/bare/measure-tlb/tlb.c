/*
 * measure-tlb: how many pages the data TLB maps, found from inside the
 * guest with nothing but rdcycle - the TLB measurement homework of OSTEP
 * (chapter 19, "Paging: Faster Translations").
 *
 * Translation only happens below M-mode, so the program first builds an
 * Sv39 page table of 4 KiB pages and drops to S-mode (sv39.c). Then, for
 * N = 1, 2, 4, ... 1024 pages, it touches one word per page, page after
 * page, over and over, and prints the cycles each touch took. While N pages
 * fit in the TLB every touch hits; once N exceeds it, an LRU TLB walked
 * cyclically misses on every touch and each one pays a page walk. The
 * last N before that jump is the TLB's size.
 *
 * Two details an experimenter has to get right on a real machine too:
 *  - The touches chase pointers (each page's word holds the address of the
 *    next page's word), so each waits for the one before and the loop does
 *    nothing else: no stack, no globals, so the TLB holds only the N pages.
 *  - The word sits 64 bytes further into each successive page. At exactly
 *    4096 bytes apart every word would fall into the same set of a
 *    physically indexed data cache, and cache conflict misses would show up
 *    long before TLB misses do; shifted, up to 64 words occupy 64 different
 *    lines.
 *
 * It prints the table and then, e.g., "tlb entries ~ 32".
 */
#include "bare.h"
#include "sv39.h"

#define MAX_PAGES_LOG2 10                  /* 1024 pages, 4 MiB */
#define MAX_PAGES      (1ul << MAX_PAGES_LOG2)
#define COUNTS         (MAX_PAGES_LOG2 + 1)
/* Touches timed for each N (at least one lap). */
#define TOUCHES        16384
#define UNROLL         8
/* Where each page's word sits: a line further on per page, mod a page. */
#define SHIFT_PER_PAGE 64
/* A jump in time per touch bigger than this ratio marks the knee. */
#define KNEE_RATIO_X100 150

static uint8_t pages[MAX_PAGES * PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

/* Cycles per touch, times 100, for N = 2^i pages. */
static uint64_t per_touch[COUNTS];

static inline uint64_t rdcycle(void)
{
    uint64_t c;
    __asm__ volatile("rdcycle %0" : "=r"(c));
    return c;
}

/* Follows the ring from `p` for `loads` loads (a multiple of UNROLL). */
static __attribute__((noinline)) void **chase(void **p, uint64_t loads)
{
    for (; loads != 0; loads -= UNROLL) {
        p = (void **)*p; p = (void **)*p; p = (void **)*p; p = (void **)*p;
        p = (void **)*p; p = (void **)*p; p = (void **)*p; p = (void **)*p;
    }
    return p;
}

static void **word_of_page(uint64_t i)
{
    return (void **)(pages + i * PAGE_SIZE + i * SHIFT_PER_PAGE % PAGE_SIZE);
}

static volatile uint64_t sink;

/* Cycles per touch (x100) over a ring of `n` pages. */
static uint64_t measure(uint64_t n)
{
    for (uint64_t i = 0; i < n; i++)
        *word_of_page(i) = word_of_page(i + 1 < n ? i + 1 : 0);
    uint64_t lap = (n + UNROLL - 1) / UNROLL * UNROLL;
    uint64_t touches = TOUCHES > lap ? TOUCHES : lap;
    void **p = chase(word_of_page(0), lap);  /* warm up */
    uint64_t start = rdcycle();
    p = chase(p, touches);
    uint64_t cycles = rdcycle() - start;
    sink = (uint64_t)p;
    return cycles * 100 / touches;
}

static unsigned digits(uint64_t v)
{
    unsigned n = 1;
    while (v >= 10) {
        v /= 10;
        n++;
    }
    return n;
}

static void put_udec_w(uint64_t v, unsigned width)
{
    for (unsigned used = digits(v); used < width; used++)
        bare_putchar(' ');
    bare_put_udec(v);
}

/* A value kept times 100, as "12.34", right-aligned in `width` columns. */
static void put_x100_w(uint64_t v, unsigned width)
{
    for (unsigned used = digits(v / 100) + 3; used < width; used++)
        bare_putchar(' ');
    bare_put_udec(v / 100);
    bare_putchar('.');
    bare_putchar((char)('0' + v / 10 % 10));
    bare_putchar((char)('0' + v % 10));
}

/* Runs in S-mode, translated. */
static __attribute__((noreturn)) void experiment(void)
{
    for (int i = 0; i < COUNTS; i++)
        per_touch[i] = measure(1ul << i);

    bare_puts("pages  cycles/touch (4 KiB pages, one word per page)\n");
    for (int i = 0; i < COUNTS; i++) {
        put_udec_w(1ul << i, 5);
        put_x100_w(per_touch[i], 14);
        bare_putchar('\n');
    }

    int knee = -1;
    for (int i = 1; i < COUNTS && knee < 0; i++)
        if (per_touch[i] * 100 > per_touch[0] * KNEE_RATIO_X100)
            knee = i;
    if (knee < 0) {
        bare_puts("no knee: the dTLB maps more than 4 MiB?\n");
        bare_exit(1);
    }
    bare_puts("tlb entries ~ ");
    bare_put_udec(1ul << (knee - 1));
    bare_putchar('\n');
    bare_exit(0);
}

int main(void)
{
    if (sv39_map_identity() != 0) {
        bare_puts("program too big for the page tables\n");
        return 1;
    }
    sv39_enter_supervisor(experiment);
}
