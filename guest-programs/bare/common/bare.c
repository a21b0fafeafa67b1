/*
 * Printing helpers and exit for bare-metal guest programs (see bare.h).
 * No libc here: every program links this file and common/crt0.S only.
 */
#include "bare.h"

void bare_puts(const char *s)
{
    while (*s)
        bare_putchar(*s++);
}

void bare_put_udec(uint64_t v)
{
    char buf[20];   /* 2^64 - 1 has 20 decimal digits */
    int n = 0;
    do {
        buf[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    while (n > 0)
        bare_putchar(buf[--n]);
}

void bare_put_dec(int64_t v)
{
    if (v < 0) {
        bare_putchar('-');
        /* Negate in unsigned arithmetic so INT64_MIN does not overflow. */
        bare_put_udec(-(uint64_t)v);
    } else {
        bare_put_udec((uint64_t)v);
    }
}

static void put_hex_digits(uint64_t v, int digits)
{
    bare_puts("0x");
    for (int i = digits - 1; i >= 0; i--)
        bare_putchar("0123456789abcdef"[(v >> (4 * i)) & 0xf]);
}

void bare_put_hex(uint64_t v)
{
    put_hex_digits(v, 16);
}

void bare_put_hex32(uint32_t v)
{
    put_hex_digits(v, 8);
}

void bare_exit(int code)
{
    volatile uint32_t *finisher = (volatile uint32_t *)BARE_FINISHER_BASE;
    uint32_t fail_code = (uint32_t)code & 0xffff;
    if (code == 0)
        *finisher = BARE_FINISHER_PASS;
    else
        /* Only 16 bits reach the host: a failure must not read as code 0. */
        *finisher = ((fail_code ? fail_code : 1) << 16) | BARE_FINISHER_FAIL;
    /* The finisher stops the machine; should it not, stay here. */
    for (;;)
        __asm__ volatile("wfi");
}

/* Work for the parked harts, read by crt0.S's `park`: fn, then stack top. */
struct bare_hart_start {
    void (*fn)(uint64_t hart);
    void *stack_top;
};
volatile struct bare_hart_start bare_hart_starts[BARE_MAX_HARTS];

void bare_start_hart(uint64_t hart, void (*fn)(uint64_t hart), void *stack_top)
{
    if (hart == 0 || hart >= BARE_MAX_HARTS)
        return;
    bare_hart_starts[hart].stack_top = stack_top;
    /* The stack before fn: a hart that sees fn must see its stack. */
    __asm__ volatile("fence" ::: "memory");
    bare_hart_starts[hart].fn = fn;
    __asm__ volatile("fence" ::: "memory");
    ((volatile uint32_t *)BARE_CLINT_MSIP)[hart] = 1;
}

/* Called by crt0.S for any trap: print what happened and fail. */
void bare_trap(uint64_t mcause, uint64_t mepc, uint64_t mtval)
{
    bare_puts("\nbare: unexpected trap mcause=");
    bare_put_hex(mcause);
    bare_puts(" mepc=");
    bare_put_hex(mepc);
    bare_puts(" mtval=");
    bare_put_hex(mtval);
    bare_putchar('\n');
    bare_exit(0x7f);
}
