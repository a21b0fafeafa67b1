/* mmfuzz SEED STEPS [MODE]: a long random (seeded, deterministic) sequence
 * of mmap(MAP_FIXED), mmap(MAP_FIXED_NOREPLACE), munmap, mprotect, mseal,
 * madvise(MADV_DONTNEED), stores and forks (the child stores, the parent
 * must not see it) over a window of 32 pages, printing
 * each call's result and, after each step, every page's state: "." for an
 * unreadable page, else "r" (read-only) or "w" (writable) and its marker
 * byte ("0" for a zero page). The test suite's reference model of the
 * region map (tests/src/mm_model.rs) predicts every line.
 *
 * MODE "all" (default) uses every call; "qemu" keeps to what qemu-riscv64
 * 7.2 implements as Linux does (no mseal, no MAP_FIXED_NOREPLACE, no
 * madvise, and mprotect only over ranges this program mapped without a
 * hole, because qemu hangs on mprotect across a hole), so the same binary
 * can be compared with qemu-riscv64 too.
 *
 * Readability is probed with write() from the page into a pipe (EFAULT if
 * unreadable), writability with clock_gettime() into the page (EFAULT if
 * unwritable); the marker lives at offset 2048, away from what
 * clock_gettime writes. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "errname.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif
#define PG 4096
#define PAGES 32
#define MARK 2048
#define BASE ((char *)0x3000000000UL)

static uint64_t state;
/* splitmix64: the model uses the same generator. */
static uint64_t next(void) {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static int pipefd[2];
static int mapped[PAGES]; /* only for MODE qemu: what this program mapped */

static const char *err(long r) {
    return r == 0 ? "ok" : errno_name();
}

static const char *prot_name(int prot) {
    return prot == PROT_NONE ? "none" : prot == PROT_READ ? "r" : "rw";
}

static void probe_all(void) {
    char line[2 * PAGES + 1];
    for (int i = 0; i < PAGES; i++) {
        char *p = BASE + i * PG;
        char c;
        if (write(pipefd[1], p + MARK, 1) != 1) {
            line[2 * i] = '.';
            line[2 * i + 1] = '.';
            continue;
        }
        read(pipefd[0], &c, 1);
        int w = syscall(SYS_clock_gettime, CLOCK_MONOTONIC, (struct timespec *)p) == 0;
        line[2 * i] = w ? 'w' : 'r';
        line[2 * i + 1] = c ? c : '0';
    }
    line[2 * PAGES] = 0;
    printf("  %s\n", line);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: mmfuzz SEED STEPS [all|qemu]\n");
        return 2;
    }
    state = strtoull(argv[1], 0, 10);
    int steps = atoi(argv[2]);
    int qemu = argc > 3 && strcmp(argv[3], "qemu") == 0;
    pipe(pipefd);
    static const int prots[3] = {PROT_NONE, PROT_READ, PROT_READ | PROT_WRITE};
    for (int step = 0; step < steps; step++) {
        int op = next() % 100;
        int start = next() % PAGES;
        int len = 1 + next() % 8;
        if (start + len > PAGES) len = PAGES - start;
        int prot = prots[next() % 3];
        char value = 'a' + next() % 26;
        char *addr = BASE + start * PG;
        size_t bytes = (size_t)len * PG;
        printf("%d ", step);
        if (op < 25) {
            void *r = mmap(addr, bytes, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
            printf("mmap-fixed %d+%d %s -> %s\n", start, len, prot_name(prot), r == addr ? "ok" : err(-1));
            if (r == addr)
                for (int i = start; i < start + len; i++) mapped[i] = 1;
        } else if (op < 35 && !qemu) {
            void *r = mmap(addr, bytes, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
            printf("mmap-noreplace %d+%d %s -> %s\n", start, len, prot_name(prot), r == addr ? "ok" : err(-1));
        } else if (op < 50) {
            long r = munmap(addr, bytes);
            printf("munmap %d+%d -> %s\n", start, len, err(r));
            if (r == 0)
                for (int i = start; i < start + len; i++) mapped[i] = 0;
        } else if (op < 72) {
            int whole = 1;
            for (int i = start; i < start + len; i++) whole &= mapped[i];
            if (qemu && !whole) {
                printf("mprotect %d+%d %s -> skipped\n", start, len, prot_name(prot));
            } else {
                printf("mprotect %d+%d %s -> %s\n", start, len, prot_name(prot), err(mprotect(addr, bytes, prot)));
            }
        } else if (op < 78 && !qemu) {
            printf("mseal %d+%d -> %s\n", start, len, err(syscall(462, addr, bytes, 0)));
        } else if (op < 86 && !qemu) {
            printf("dontneed %d+%d -> %s\n", start, len, err(madvise(addr, bytes, MADV_DONTNEED)));
        } else if (op >= 93) {
            /* fork: the child stores `value` to the first page of the range
             * (if writable) and probes; the parent's pages must not change
             * (copy-on-write). */
            fflush(stdout);
            pid_t pid = fork();
            if (pid == 0) {
                char *p = addr;
                int w = syscall(SYS_clock_gettime, CLOCK_MONOTONIC, (struct timespec *)p) == 0;
                if (w) p[MARK] = value;
                printf("fork, child stores %d %c -> %s\n", start, value, w ? "stored" : "not writable");
                probe_all();
                fflush(stdout);
                _exit(0);
            }
            waitpid(pid, 0, 0);
            printf("  parent:\n");
        } else {
            /* A store of `value` to the first page of the range, if the
             * kernel says it is writable. */
            char *p = addr;
            if (syscall(SYS_clock_gettime, CLOCK_MONOTONIC, (struct timespec *)p) == 0) {
                p[MARK] = value;
                printf("store %d %c -> stored\n", start, value);
            } else {
                printf("store %d %c -> not writable\n", start, value);
            }
        }
        probe_all();
    }
    return 0;
}
