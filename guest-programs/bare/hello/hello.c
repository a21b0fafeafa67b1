/*
 * hello: the smallest useful bare-metal program. Prints a greeting and a few
 * computed lines (integer and double-precision arithmetic, so the FPU set up
 * by crt0.S is exercised), then exits with pass.
 */
#include "bare.h"

/* Newton's method for sqrt(x), in double precision. */
static double newton_sqrt(double x)
{
    double guess = x > 1.0 ? x / 2.0 : 1.0;
    for (int i = 0; i < 30; i++)
        guess = 0.5 * (guess + x / guess);
    return guess;
}

int main(void)
{
    bare_puts("Hello from rvlab bare metal (C)!\n");

    /* volatile keeps gcc from folding the whole computation at build time. */
    volatile uint64_t limit = 10;
    bare_puts("n   n^2  fib(n)\n");
    uint64_t a = 0, b = 1;
    for (uint64_t n = 1; n <= limit; n++) {
        uint64_t next = a + b;
        a = b;
        b = next;
        bare_put_udec(n);
        bare_puts(n < 10 ? "   " : "  ");
        bare_put_udec(n * n);
        bare_puts(n * n < 10 ? "    " : n * n < 100 ? "   " : "  ");
        bare_put_udec(a);
        bare_putchar('\n');
    }

    volatile double two = 2.0;
    double root = newton_sqrt(two);
    bare_puts("sqrt(2) * 1e9 = ");
    bare_put_udec((uint64_t)(root * 1e9));
    bare_putchar('\n');
    return 0;
}
