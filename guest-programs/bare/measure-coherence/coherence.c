/*
 * measure-coherence: what it costs two harts to write the same cache line
 * (false sharing) versus lines of their own, measured from inside the guest
 * with rdcycle. Run it with two harts (`rvlab run --bare --harts 2`).
 *
 * Each hart increments its own 64-bit counter many times and times its
 * loop. The counters are either neighbours in one cache line ("shared":
 * logically private, physically shared) or 256 bytes apart ("padded", each
 * in a line of its own for any line size up to 256 bytes). With caches kept
 * coherent by invalidation, every store to a line the other hart holds
 * invalidates its copy, and its next access must fetch the line back: the
 * line ping-pongs between the harts and each increment pays a coherence
 * miss. Padded, each hart's line stays in its own cache, so increments run at
 * L1 speed, as they do for a hart alone ("alone", the baseline).
 *
 * Hart 0 drives the rounds; hart 1 is started by bare_start_hart (crt0.S
 * parks it until then) and waits for each round's go signal.
 *
 * It prints the table, then
 *     padded cycles/increment ~ 6.00
 *     shared cycles/increment ~ 80.00
 *     false sharing slowdown ~ 13.33x
 */
#include "bare.h"

#define INCREMENTS  200000
/* Apart by this much, two counters never share a line (lines <= 256 B). */
#define PAD         256
#define HART1_STACK 16384

enum { ALONE, PADDED, SHARED, CASES };
static const char *const case_name[CASES] = { "alone", "padded", "shared" };

static uint64_t counters[2 * PAD / sizeof(uint64_t)] __attribute__((aligned(PAD)));

/* Hart 0 -> hart 1: the round to run (QUIT: return) and the counter to use;
   hart 1 -> hart 0: the round done and its cycles. Each in a line of its
   own, away from the counters. */
#define QUIT (~0ul)
static volatile uint64_t go_round __attribute__((aligned(PAD)));
static volatile uint64_t *volatile hart1_counter __attribute__((aligned(PAD)));
static volatile uint64_t done_round __attribute__((aligned(PAD)));
static volatile uint64_t hart1_cycles __attribute__((aligned(PAD)));

static uint8_t hart1_stack[HART1_STACK] __attribute__((aligned(16)));

/* Cycles per increment (x100): [case][hart]. */
static uint64_t result[CASES][2];

static inline uint64_t rdcycle(void)
{
    uint64_t c;
    __asm__ volatile("rdcycle %0" : "=r"(c));
    return c;
}

/* Increments *counter n times; returns the cycles it took. */
static __attribute__((noinline)) uint64_t increment(volatile uint64_t *counter, uint64_t n)
{
    uint64_t start = rdcycle();
    for (uint64_t i = 0; i < n; i++)
        *counter += 1;
    return rdcycle() - start;
}

/* Hart 1: runs each round hart 0 announces, until QUIT. */
static void hart1_main(uint64_t hart)
{
    (void)hart;
    uint64_t seen = 0;
    for (;;) {
        uint64_t round;
        while ((round = go_round) == seen)
            ;
        if (round == QUIT)
            return;
        seen = round;
        hart1_cycles = increment(hart1_counter, INCREMENTS);
        done_round = round;
    }
}

/* One round: hart 0 increments counters[0], hart 1 (unless alone) the
   counter `other` words further on. */
static void run_case(int c, uint64_t other, uint64_t round)
{
    counters[0] = 0;
    counters[other] = 0;
    if (c != ALONE) {
        hart1_counter = &counters[other];
        go_round = round;
    }
    uint64_t cycles = increment(&counters[0], INCREMENTS);
    result[c][0] = cycles * 100 / INCREMENTS;
    if (c != ALONE) {
        while (done_round != round)
            ;
        result[c][1] = hart1_cycles * 100 / INCREMENTS;
    }
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

/* The two harts' mean, x100. */
static uint64_t mean(int c)
{
    return (result[c][0] + result[c][1]) / 2;
}

int main(void)
{
    bare_start_hart(1, hart1_main, hart1_stack + HART1_STACK);

    run_case(ALONE, PAD / sizeof(uint64_t), 0);
    run_case(PADDED, PAD / sizeof(uint64_t), 1);
    run_case(SHARED, 1, 2);
    go_round = QUIT;

    bare_puts("cycles per increment, ");
    bare_put_udec(INCREMENTS);
    bare_puts(" increments per hart\ncase    hart 0  hart 1\n");
    for (int c = 0; c < CASES; c++) {
        unsigned used = 0;
        for (; case_name[c][used]; used++)
            bare_putchar(case_name[c][used]);
        for (; used < 6; used++)
            bare_putchar(' ');
        put_x100_w(result[c][0], 8);
        if (c == ALONE)
            bare_puts("       -");
        else
            put_x100_w(result[c][1], 8);
        bare_putchar('\n');
    }

    uint64_t padded = mean(PADDED), shared = mean(SHARED);
    bare_puts("padded cycles/increment ~ ");
    put_x100_w(padded, 0);
    bare_puts("\nshared cycles/increment ~ ");
    put_x100_w(shared, 0);
    bare_puts("\nfalse sharing slowdown ~ ");
    put_x100_w(padded ? shared * 100 / padded : 0, 0);
    bare_puts("x\n");
    return 0;
}
