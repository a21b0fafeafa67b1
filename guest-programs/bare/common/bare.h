/*
 * The whole "operating system" of a bare-metal guest program on the QEMU
 * `virt` board: a UART to print on, a test finisher to exit through, and
 * the CLINT's software interrupts to wake the other harts.
 *
 *   0x0010_0000  SiFive test finisher: write 0x5555 = pass,
 *                (code << 16) | 0x3333 = fail with exit code `code`
 *   0x0200_0000  CLINT msip: one 32-bit word per hart, 1 = interrupt
 *   0x1000_0000  UART 16550: THR at +0, LSR at +5 (bit 5 = THR empty)
 */
#ifndef BARE_H
#define BARE_H

#define BARE_FINISHER_BASE 0x00100000UL
#define BARE_FINISHER_PASS 0x5555u
#define BARE_FINISHER_FAIL 0x3333u

#define BARE_UART_BASE     0x10000000UL
#define BARE_UART_THR      0    /* transmit holding register (write) */
#define BARE_UART_LSR      5    /* line status register */
#define BARE_UART_LSR_THRE (1u << 5)

#define BARE_CLINT_MSIP    0x02000000UL  /* 32-bit msip per hart */
#define BARE_MAX_HARTS     8            /* harts bare_start_hart can start */

/* crt0.S includes this file for the constants above. */
#ifndef __ASSEMBLER__

#include <stdint.h>
#include <stddef.h>

/* Write one byte to the UART, waiting until it can take it. */
static inline void bare_putchar(char c)
{
    volatile uint8_t *uart = (volatile uint8_t *)BARE_UART_BASE;
    while ((uart[BARE_UART_LSR] & BARE_UART_LSR_THRE) == 0)
        ;
    uart[BARE_UART_THR] = (uint8_t)c;
}

void bare_puts(const char *s);              /* no newline added */
void bare_put_udec(uint64_t v);
void bare_put_dec(int64_t v);
void bare_put_hex(uint64_t v);              /* 0x + 16 digits */
void bare_put_hex32(uint32_t v);            /* 0x + 8 digits */

/* Stop the machine: code 0 = pass, else fail with that exit code (1..65535). */
__attribute__((noreturn)) void bare_exit(int code);

/*
 * Wakes hart `hart` (1..BARE_MAX_HARTS-1), parked by crt0.S since reset, to
 * run fn(hart) on the stack that ends at `stack_top` (16-byte aligned, the
 * caller's to provide). If fn returns, the hart parks again and may be
 * started anew. Returns at once; the harts share memory, so fn reports
 * back through it. Ignored for a hart number out of range.
 */
void bare_start_hart(uint64_t hart, void (*fn)(uint64_t hart), void *stack_top);

#endif /* __ASSEMBLER__ */

#endif
