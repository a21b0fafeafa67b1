/*
 * measure-cache: rediscovers the data caches of the machine it runs on -
 * the L1D size, its line size and the L2 size - from inside the guest,
 * with nothing but rdcycle, the way lmbench's lat_mem_rd does: a memory
 * latency curve over working-set size and stride.
 *
 * For a working set of W bytes and a stride of S bytes, the words at
 * offsets 0, S, 2S, ... < W of a buffer are linked into a ring (each holds
 * the address of the next) and the program follows it. Every load's address
 * is the previous load's result, so loads cannot overlap and the time per
 * load is the load-to-use latency of wherever the word lives. The ring runs
 * in address order: this machine has no prefetcher to spot the pattern (on
 * one that has, shuffle the ring).
 *
 * Reading the table (LRU caches, a cyclic walk):
 *   - down a column, time per load steps up where W outgrows a level: at
 *     twice the capacity every line is evicted before it comes round again;
 *   - along a row whose W is bigger than the L1, S/line of the loads miss
 *     while S is below the line size, so time grows with S until S reaches
 *     the line size and then stays put.
 *
 * The program runs in M-mode without translation, so no TLB is involved.
 * It prints the table, then what it concludes:
 *     l1d size ~ 4096
 *     line size ~ 64
 *     l2 size ~ none
 */
#include "bare.h"

#define MIN_WS_LOG2    10                  /* 1 KiB */
#define MAX_WS_LOG2    23                  /* 8 MiB */
#define SIZES          (MAX_WS_LOG2 - MIN_WS_LOG2 + 1)
#define MIN_STRIDE_LOG2 3                  /* 8 bytes: one pointer */
#define MAX_STRIDE_LOG2 8                  /* 256 bytes */
#define STRIDES        (MAX_STRIDE_LOG2 - MIN_STRIDE_LOG2 + 1)
/* Loads timed per cell at least; big working sets get one whole lap. */
#define MIN_LOADS      8192
/* Unrolling of the chase loop (the loop's own cost is shared by these). */
#define UNROLL         8
/* A step in a column bigger than this ratio is a cache level's edge. */
#define KNEE_RATIO_X100 150
/* Along a row, a stride within this fraction of the biggest stride's time
   has stopped growing. */
#define FLAT_X100      90

static void *buffer[(1ul << MAX_WS_LOG2) / sizeof(void *)] __attribute__((aligned(4096)));

/* Cycles per load, times 100, for each working set and stride. */
static uint64_t table[SIZES][STRIDES];

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

/* Links the words at 0, stride, 2*stride, ... < ws into a ring. */
static void build_ring(uint64_t ws, uint64_t stride)
{
    uint8_t *base = (uint8_t *)buffer;
    for (uint64_t off = 0; off < ws; off += stride) {
        uint64_t next = off + stride < ws ? off + stride : 0;
        *(void **)(base + off) = base + next;
    }
}

/* Sink for the chase's final pointer, so the compiler keeps the loads. */
static volatile uint64_t sink;

/* Cycles per load (x100) walking a ring of `ws` bytes with `stride`. */
static uint64_t measure(uint64_t ws, uint64_t stride)
{
    build_ring(ws, stride);
    uint64_t lap = ws / stride;
    uint64_t loads = lap > MIN_LOADS ? lap : MIN_LOADS;
    loads = (loads + UNROLL - 1) / UNROLL * UNROLL;
    /* One lap first, so the caches hold what a steady state holds. */
    void **p = chase(buffer, (lap + UNROLL - 1) / UNROLL * UNROLL);
    uint64_t start = rdcycle();
    p = chase(p, loads);
    uint64_t cycles = rdcycle() - start;
    sink = (uint64_t)p;
    return cycles * 100 / loads;
}

/* ---- printing ------------------------------------------------------------ */

static unsigned digits(uint64_t v)
{
    unsigned n = 1;
    while (v >= 10) {
        v /= 10;
        n++;
    }
    return n;
}

static void pad(unsigned used, unsigned width)
{
    for (; used < width; used++)
        bare_putchar(' ');
}

/* `v` right-aligned in `width` columns. */
static void put_udec_w(uint64_t v, unsigned width)
{
    pad(digits(v), width);
    bare_put_udec(v);
}

/* A value kept times 100, as "12.34", right-aligned in `width` columns. */
static void put_x100_w(uint64_t v, unsigned width)
{
    pad(digits(v / 100) + 3, width);
    bare_put_udec(v / 100);
    bare_putchar('.');
    bare_putchar((char)('0' + v / 10 % 10));
    bare_putchar((char)('0' + v % 10));
}

/* A size as "512K" / "8M" / "64", right-aligned in `width` columns. */
static void put_size_w(uint64_t bytes, unsigned width)
{
    uint64_t v = bytes;
    char unit = 0;
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) {
        v = bytes >> 20;
        unit = 'M';
    } else if (bytes >= 1024 && bytes % 1024 == 0) {
        v = bytes >> 10;
        unit = 'K';
    }
    pad(digits(v) + (unit ? 1 : 0), width);
    bare_put_udec(v);
    if (unit)
        bare_putchar(unit);
}

static void print_table(void)
{
    bare_puts("cycles per load (pointer chase), working set x stride\n");
    bare_puts("    size");
    for (int s = 0; s < STRIDES; s++)
        put_udec_w(1ul << (s + MIN_STRIDE_LOG2), 8);
    bare_putchar('\n');
    for (int w = 0; w < SIZES; w++) {
        put_size_w(1ul << (w + MIN_WS_LOG2), 8);
        for (int s = 0; s < STRIDES; s++)
            put_x100_w(table[w][s], 8);
        bare_putchar('\n');
    }
}

/* ---- analysis ------------------------------------------------------------ */

/* In the biggest-stride column (every load a different line), the first
   size after `from` whose time exceeds KNEE_RATIO times the time at `from`;
   -1 if none. */
static int knee_after(int from)
{
    uint64_t base = table[from][STRIDES - 1];
    for (int w = from + 1; w < SIZES; w++)
        if (table[w][STRIDES - 1] * 100 > base * KNEE_RATIO_X100)
            return w;
    return -1;
}

/* In row `w`, the smallest stride whose time is within FLAT of the biggest
   stride's: where time per load stopped growing. */
static uint64_t flat_stride(int w)
{
    uint64_t top = table[w][STRIDES - 1];
    for (int s = 0; s < STRIDES; s++)
        if (table[w][s] * 100 >= top * FLAT_X100)
            return 1ul << (s + MIN_STRIDE_LOG2);
    return 1ul << MAX_STRIDE_LOG2;
}

int main(void)
{
    for (int w = 0; w < SIZES; w++)
        for (int s = 0; s < STRIDES; s++)
            table[w][s] = measure(1ul << (w + MIN_WS_LOG2), 1ul << (s + MIN_STRIDE_LOG2));
    print_table();

    /* The L1 holds the size just below the first step; the L2 the size just
       below the next step after that. */
    int l1_knee = knee_after(0);
    if (l1_knee < 0) {
        bare_puts("no step in the latency curve: l1d bigger than 8 MiB?\n");
        return 1;
    }
    uint64_t l1_size = 1ul << (l1_knee - 1 + MIN_WS_LOG2);
    bare_puts("l1d size ~ ");
    bare_put_udec(l1_size);
    bare_putchar('\n');

    /* Line size: a row that misses the L1 on every new line (4x the L1,
       past the LRU step) but, if there is a second level, hits in it. */
    int l2_knee = knee_after(l1_knee);
    int row = l1_knee + 1 < SIZES ? l1_knee + 1 : l1_knee;
    if (l2_knee > 0 && row >= l2_knee)
        row = l1_knee;
    bare_puts("line size ~ ");
    bare_put_udec(flat_stride(row));
    bare_putchar('\n');

    bare_puts("l2 size ~ ");
    if (l2_knee < 0)
        bare_puts("none");
    else
        bare_put_udec(1ul << (l2_knee - 1 + MIN_WS_LOG2));
    bare_putchar('\n');
    return 0;
}
