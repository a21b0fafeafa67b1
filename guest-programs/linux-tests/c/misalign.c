/* Misaligned loads and stores of every width: the kernel (or the
 * hardware) must make them work, as Linux does. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
int main(void) {
    static char buf[32] = "0123456789abcdefghijklmnopqrstu";
    volatile uint64_t *p = (volatile uint64_t *)(buf + 3);
    uint64_t v = *p;
    printf("misaligned load: %016llx\n", (unsigned long long)v);
    *p = 0x4142434445464748ULL;
    printf("after misaligned store: %.16s\n", buf);
    volatile uint32_t *q = (volatile uint32_t *)(buf + 1);
    printf("misaligned 32-bit: %08x\n", *q);
    volatile double *d = (volatile double *)(buf + 5);
    *d = 1.5; printf("misaligned double: %f\n", *d);
    return 0;
}
