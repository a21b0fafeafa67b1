/* Memory the kernel may back with 2 MiB megapages (4 MiB, aligned, advised
 * MADV_HUGEPAGE) must behave exactly like 4 KiB pages: fork shares it
 * copy-on-write, and mprotect, munmap and madvise(MADV_DONTNEED) of parts
 * of a megapage split it without losing any other page's contents. Prints
 * results only, the same with or without megapages (rvlab's thp= option)
 * and under qemu-riscv64. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PG 4096
#define HUGE (2 << 20)
#define PAGES (2 * HUGE / PG)
static int pipefd[2];
static char *p;

static unsigned char marker(int i) { return (unsigned char)(i * 7 + 1); }

static char probe(const char *q) {
    if (write(pipefd[1], q + 100, 1) != 1) return '-';
    char c;
    read(pipefd[0], &c, 1);
    return syscall(SYS_clock_gettime, CLOCK_MONOTONIC, (struct timespec *)q) == 0 ? 'w' : 'r';
}

static void show(const char *what, int from, int n) {
    printf("%-36s", what);
    for (int i = from; i < from + n; i++) putchar(probe(p + i * PG));
    putchar('\n');
}

/* Counts pages whose marker is wrong, skipping [skip, skip + n). */
static int damaged(int skip, int n) {
    int bad = 0;
    for (int i = 0; i < PAGES; i++) {
        if (i >= skip && i < skip + n) continue;
        if ((unsigned char)p[i * PG + 100] != marker(i)) bad++;
    }
    return bad;
}

int main(void) {
    pipe(pipefd);
    char *area = mmap(0, 3 * HUGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    p = (char *)(((uintptr_t)area + HUGE - 1) & ~(uintptr_t)(HUGE - 1));
    printf("madvise HUGEPAGE:                   %s\n", madvise(p, 2 * HUGE, MADV_HUGEPAGE) == 0 ? "ok" : "failed");
    for (int i = 0; i < PAGES; i++) p[i * PG + 100] = marker(i);
    printf("filled, damaged pages:              %d\n", damaged(0, 0));

    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        p[5 * PG + 100] = 'c';
        p[600 * PG + 100] = 'c';
        printf("child: its writes seen:             %s\n", p[5 * PG + 100] == 'c' && p[600 * PG + 100] == 'c' ? "yes" : "no");
        printf("child: other pages damaged:         %d\n", damaged(5, 1) - (p[600 * PG + 100] != (char)marker(600)));
        fflush(stdout);
        _exit(0);
    }
    waitpid(pid, 0, 0);
    printf("parent after child wrote: damaged:  %d\n", damaged(0, 0));
    p[7 * PG + 100] = marker(7);

    printf("mprotect page 3 read-only:          %s\n", mprotect(p + 3 * PG, PG, PROT_READ) == 0 ? "ok" : "failed");
    show("pages 0-7:", 0, 8);
    printf("damaged:                            %d\n", damaged(0, 0));
    printf("mprotect block 2 PROT_NONE:         %s\n", mprotect(p + HUGE, HUGE, PROT_NONE) == 0 ? "ok" : "failed");
    show("pages 510-513:", 510, 4);
    printf("mprotect block 2 back to rw:        %s\n", mprotect(p + HUGE, HUGE, PROT_READ | PROT_WRITE) == 0 ? "ok" : "failed");
    printf("damaged (PROT_NONE keeps contents): %d\n", damaged(0, 0));
    printf("munmap page 100:                    %s\n", munmap(p + 100 * PG, PG) == 0 ? "ok" : "failed");
    show("pages 99-101:", 99, 3);
    printf("damaged elsewhere:                  %d\n", damaged(100, 1));
    printf("DONTNEED pages 700-703:             %s\n", madvise(p + 700 * PG, 4 * PG, MADV_DONTNEED) == 0 ? "ok" : "failed");
    int zero = 0;
    for (int i = 700; i < 704; i++) zero += p[i * PG + 100] == 0;
    printf("zero pages after DONTNEED:          %d\n", zero);
    int bad = 0;
    for (int i = 0; i < PAGES; i++)
        if (i != 100 && (i < 700 || i >= 704) && (unsigned char)p[i * PG + 100] != marker(i)) bad++;
    printf("damaged elsewhere:                  %d\n", bad);
    printf("munmap all:                         %s\n", munmap(area, 3 * HUGE) == 0 ? "ok" : "failed");
    return 0;
}
