/* Memory-management behaviour checked against the Linux man pages only,
 * because qemu-riscv64 (7.2) lacks it or gets it wrong: mseal(2) (Linux
 * 6.10), MAP_FIXED_NOREPLACE over a mapping (EEXIST), mprotect with length
 * 0 (success) and across a hole (the part before the hole changes, then
 * ENOMEM), MAP_FIXED below vm.mmap_min_addr (EPERM),
 * madvise(MADV_DONTNEED), and stack growth down to the guard gap.
 * The expected output is in the end-to-end test (tests/tests/e2e/mm.rs).
 *
 * Probes as in mman.c: "-" unreadable, "r" read-only, "w" writable. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "errname.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif
#define SYS_mseal_ 462
#define PG 4096
static int pipefd[2];

static const char *err(long r) {
    return r != -1 ? "ok" : errno_name();
}

static long mseal(void *addr, size_t len, unsigned long flags) {
    return syscall(SYS_mseal_, addr, len, flags);
}

static char probe(const char *p) {
    if (write(pipefd[1], p, 1) != 1) return '-';
    char c;
    read(pipefd[0], &c, 1);
    return syscall(SYS_clock_gettime, CLOCK_MONOTONIC, (struct timespec *)p) == 0 ? 'w' : 'r';
}

static void show(const char *what, const char *base, int pages) {
    printf("%-32s", what);
    for (int i = 0; i < pages; i++) putchar(probe(base + i * PG));
    putchar('\n');
}

static char *anon(void *at, int pages, int prot) {
    int fixed = at ? MAP_FIXED_NOREPLACE : 0;
    return mmap(at, pages * PG, prot, MAP_PRIVATE | MAP_ANONYMOUS | fixed, -1, 0);
}

static sigjmp_buf jump;
static void on_segv(int sig) {
    (void)sig;
    siglongjmp(jump, 1);
}

static void touch(const char *what, volatile char *p) {
    if (sigsetjmp(jump, 1) == 0) {
        *p = 1;
        printf("%-32sok\n", what);
    } else {
        printf("%-32sSIGSEGV\n", what);
    }
}

int main(void) {
    pipe(pipefd);
    printf("mm behaviour by the man pages\n");

    /* mprotect(2): len 0 succeeds; across a hole, ENOMEM after changing
     * the part before the hole. */
    char *a = anon(0, 4, PROT_READ | PROT_WRITE);
    printf("%-32s%s\n", "mprotect len 0:", err(mprotect(a, 0, PROT_NONE)));
    munmap(a + 2 * PG, PG);
    printf("%-32s%s\n", "mprotect across hole:", err(mprotect(a, 4 * PG, PROT_READ)));
    show("after it:", a, 4);
    printf("%-32s%s\n", "mprotect from hole:", err(mprotect(a + 2 * PG, 2 * PG, PROT_READ)));
    show("after it:", a, 4);
    /* mmap(2): MAP_FIXED_NOREPLACE over a mapping. */
    char *r = mmap(a, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    printf("%-32s%s\n", "NOREPLACE over mapping:", r == MAP_FAILED ? err(-1) : "mapped");
    munmap(a, 4 * PG);
    /* mmap(2): fixed mappings below vm.mmap_min_addr (64 KiB) are refused. */
    r = mmap((void *)0x1000, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("%-32s%s\n", "MAP_FIXED at 0x1000:", r == MAP_FAILED ? err(-1) : "mapped");

    /* mseal(2). */
    char *s = anon(0, 5, PROT_READ | PROT_WRITE);
    munmap(s + 4 * PG, PG);
    for (int i = 0; i < 4; i++) s[i * PG + 2048] = 'a' + i;
    printf("%-32s%s\n", "mseal flags 1:", err(mseal(s, PG, 1)));
    printf("%-32s%s\n", "mseal unaligned:", err(mseal(s + 1, PG, 0)));
    printf("%-32s%s\n", "mseal len 0:", err(mseal(s, 0, 0)));
    printf("%-32s%s\n", "mseal past the end:", err(mseal(s, 5 * PG, 0)));
    printf("%-32s%s\n", "mseal pages 1-2 (len 2p-1):", err(mseal(s + PG, 2 * PG - 1, 0)));
    printf("%-32s%s\n", "mseal again:", err(mseal(s + PG, PG, 0)));
    printf("%-32s%s\n", "mprotect sealed:", err(mprotect(s + 2 * PG, PG, PROT_READ)));
    printf("%-32s%s\n", "mprotect 0-1:", err(mprotect(s, 2 * PG, PROT_READ)));
    printf("%-32s%s\n", "mprotect 0:", err(mprotect(s, PG, PROT_READ)));
    printf("%-32s%s\n", "munmap all 4:", err(munmap(s, 4 * PG)));
    printf("%-32s%s\n", "munmap 3:", err(munmap(s + 3 * PG, PG)));
    r = mmap(s + PG, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("%-32s%s\n", "MAP_FIXED over sealed:", r == MAP_FAILED ? err(-1) : "mapped");
    show("after it:", s, 4);
    printf("%-32s%c%c\n", "sealed contents:", s[PG + 2048], s[2 * PG + 2048]);
    printf("%-32s%s\n", "DONTNEED sealed writable:", err(madvise(s + PG, PG, MADV_DONTNEED)));
    printf("%-32s%d\n", "page after DONTNEED:", s[PG + 2048]);
    char *ro = anon(0, 1, PROT_READ);
    printf("%-32s%s\n", "mseal read-only page:", err(mseal(ro, PG, 0)));
    printf("%-32s%s\n", "DONTNEED sealed read-only:", err(madvise(ro, PG, MADV_DONTNEED)));

    /* brk cannot shrink across a sealed part of the heap. */
    uintptr_t cur = (uintptr_t)syscall(SYS_brk, 0);
    uintptr_t base = (cur + PG - 1) & ~(uintptr_t)(PG - 1);
    syscall(SYS_brk, base + 3 * PG);
    printf("%-32s%s\n", "mseal heap page 1:", err(mseal((void *)(base + PG), PG, 0)));
    uintptr_t got = (uintptr_t)syscall(SYS_brk, base);
    printf("%-32s%s\n", "brk shrink across it:", got == base ? "moved" : "refused");
    got = (uintptr_t)syscall(SYS_brk, base + 2 * PG);
    printf("%-32s%s\n", "brk shrink above it:", got == base + 2 * PG ? "moved" : "refused");

    /* madvise(2). */
    char *d = anon(0, 2, PROT_READ | PROT_WRITE);
    d[0] = 'x';
    d[PG] = 'y';
    printf("%-32s%s\n", "DONTNEED:", err(madvise(d, PG, MADV_DONTNEED)));
    printf("%-32s%d %c\n", "after DONTNEED:", d[0], d[PG]);
    int fd = open("/etc/motd", O_RDONLY);
    char *f = mmap(0, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    char first = f[0];
    f[0] = '#';
    madvise(f, PG, MADV_DONTNEED);
    printf("%-32s%s\n", "file page back after DONTNEED:", f[0] == first ? "yes" : "no");
    munmap(d + PG, PG);
    printf("%-32s%s\n", "madvise over hole:", err(madvise(d, 2 * PG, MADV_NORMAL)));
    printf("%-32s%s\n", "madvise bad advice:", err(madvise(d, PG, 999)));

    /* Stack growth: any page down to RLIMIT_STACK below the stack's top,
     * but never closer than the guard gap (1 MiB) to a mapping below. */
    static char altstack[16384];
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack};
    sigaltstack(&ss, 0);
    struct sigaction sa = {0};
    sa.sa_handler = on_segv;
    sa.sa_flags = SA_ONSTACK;
    sigaction(SIGSEGV, &sa, 0);
    volatile char here;
    uintptr_t sp = (uintptr_t)&here & ~(uintptr_t)(PG - 1);
    touch("stack 512 KiB down:", (char *)(sp - (512 << 10)));
    char *below = mmap((void *)(sp - (3 << 20)), PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    printf("%-32s%s\n", "mapping 3 MiB below:", below == MAP_FAILED ? err(-1) : "ok");
    touch("stack 1.5 MiB down:", (char *)(sp - (1536 << 10)));
    touch("stack 2.5 MiB down (in gap):", (char *)(sp - (2560 << 10)));
    touch("stack 9 MiB down (rlimit):", (char *)(sp - (9 << 20)));
    return 0;
}
