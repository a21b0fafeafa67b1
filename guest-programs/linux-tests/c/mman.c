/* mmap, munmap and mprotect as mmap(2) and mprotect(2) describe them:
 * argument errors, page granularity, splitting a mapping, PROT_NONE keeping
 * the contents, MAP_FIXED and MAP_FIXED_NOREPLACE, private mappings of a
 * file, stores to read-only pages (SIGSEGV with the faulting address) and
 * copy-on-write after fork. Prints results only (no addresses), so the
 * output is the same on rvlab and under qemu-riscv64. (What qemu-user 7.2
 * gets wrong or lacks, mseal included, is in mmlinux.c.)
 *
 * Readability and writability are probed through the kernel: write() from
 * a page into a pipe fails with EFAULT if the page is unreadable, and
 * clock_gettime() into it fails with EFAULT if it is unwritable. */
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
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "errname.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

#define PG 4096
static int pipefd[2];

static const char *err(long r) {
    return r != -1 ? "ok" : errno_name();
}

/* "-" unreadable, "r" readable only, "w" readable and writable. */
static char probe(const char *p) {
    if (write(pipefd[1], p, 1) != 1) return '-';
    char c;
    read(pipefd[0], &c, 1);
    struct timespec *ts = (struct timespec *)p;
    return syscall(SYS_clock_gettime, CLOCK_MONOTONIC, ts) == 0 ? 'w' : 'r';
}

static void show(const char *what, const char *base, int pages) {
    printf("%-28s", what);
    for (int i = 0; i < pages; i++) putchar(probe(base + i * PG));
    putchar('\n');
}

static sigjmp_buf jump;
static volatile uintptr_t fault_addr;
static void on_segv(int sig, siginfo_t *si, void *ctx) {
    (void)sig, (void)ctx;
    fault_addr = (uintptr_t)si->si_addr;
    siglongjmp(jump, 1);
}

/* Stores `v` at p; says whether it faulted and where. */
static void try_store(const char *what, char *p, char v) {
    fault_addr = 0;
    if (sigsetjmp(jump, 1) == 0) {
        *(volatile char *)p = v;
        printf("%-28sstored\n", what);
    } else {
        printf("%-28sSIGSEGV at page offset %ld\n", what, (long)(fault_addr - (uintptr_t)p));
    }
}

int main(void) {
    pipe(pipefd);
    struct sigaction sa = {0};
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, 0);

    /* Argument errors (mmap(2) ERRORS). */
    printf("len 0:                      %s\n", err((long)mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == -1 ? -1 : 0));
    printf("no PRIVATE/SHARED:          %s\n", err((long)mmap(0, PG, PROT_READ, MAP_ANONYMOUS, -1, 0) == -1 ? -1 : 0));
    printf("offset unaligned:           %s\n", err((long)mmap(0, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 100) == -1 ? -1 : 0));
    printf("MAP_FIXED unaligned:        %s\n", err((long)mmap((void *)0x40000100, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == -1 ? -1 : 0));
    printf("bad fd:                     %s\n", err((long)mmap(0, PG, PROT_READ, MAP_PRIVATE, 99, 0) == -1 ? -1 : 0));
    printf("pipe fd:                    %s\n", err((long)mmap(0, PG, PROT_READ, MAP_PRIVATE, pipefd[0], 0) == -1 ? -1 : 0));

    /* Eight anonymous pages: zero, page granularity. */
    char *a = mmap(0, 8 * PG - 100, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("anon zero-filled:           %s\n", a[0] == 0 && a[8 * PG - 1] == 0 ? "yes" : "no");
    for (int i = 0; i < 8; i++) a[i * PG + 2048] = 'a' + i;
    show("8 pages rw:", a, 8);

    /* mprotect errors (mprotect(2) ERRORS). */
    printf("mprotect unaligned:         %s\n", err(mprotect(a + 1, PG, PROT_READ)));
    printf("mprotect bad prot:          %s\n", err(mprotect(a, PG, 0x40)));

    /* Split: pages 2..3 read-only, page 5 none. */
    printf("mprotect 2-3 r:             %s\n", err(mprotect(a + 2 * PG, 2 * PG - 1, PROT_READ)));
    printf("mprotect 5 none:            %s\n", err(mprotect(a + 5 * PG, PG, PROT_NONE)));
    show("after split:", a, 8);
    try_store("store to read-only page:", a + 2 * PG + 8, 'x');
    try_store("store to PROT_NONE page:", a + 5 * PG + 16, 'x');
    printf("mprotect 5 rw:              %s\n", err(mprotect(a + 5 * PG, PG, PROT_READ | PROT_WRITE)));
    printf("PROT_NONE kept contents:    %c\n", a[5 * PG + 2048]);
    printf("mprotect 2-3 rw:            %s\n", err(mprotect(a + 2 * PG, 2 * PG, PROT_READ | PROT_WRITE)));
    try_store("store after PROT_WRITE:", a + 2 * PG + 8, 'x');
    printf("read-only kept contents:    %c%c\n", a[2 * PG + 2048], a[3 * PG + 2048]);

    /* munmap: a hole in the middle, errors. */
    printf("munmap len 0:               %s\n", err(munmap(a, 0)));
    printf("munmap unaligned:           %s\n", err(munmap(a + 1, PG)));
    printf("munmap 4:                   %s\n", err(munmap(a + 4 * PG, PG)));
    show("after munmap 4:", a, 8);
    printf("munmap 4 again:             %s\n", err(munmap(a + 4 * PG, PG)));
    /* (mprotect across a hole changes the part before it on Linux, but
     * qemu-user 7.2 hangs on it: that case is in the model-based test.) */
    printf("mprotect from hole:         %s\n", err(mprotect(a + 4 * PG, 2 * PG, PROT_READ)));

    /* MAP_FIXED_NOREPLACE and MAP_FIXED. */
    /* (MAP_FIXED_NOREPLACE over a mapping is EEXIST on Linux; qemu-user
     * 7.2 maps elsewhere: that case is in mmlinux.c.) */
    void *r = mmap(a + 4 * PG, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    printf("NOREPLACE into hole:        %s\n", r == a + 4 * PG ? "at the address" : "elsewhere");
    r = mmap(a + 6 * PG, 2 * PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("MAP_FIXED over 6-7:         %s\n", r == a + 6 * PG ? "at the address" : "elsewhere");
    printf("replaced page is zero:      %s\n", a[6 * PG + 2048] == 0 ? "yes" : "no");
    show("after MAP_FIXED:", a, 8);
    printf("munmap all:                 %s\n", err(munmap(a, 8 * PG)));
    show("after munmap all:", a, 8);

    /* A private mapping of a file: its bytes, read-only; writable after
     * mprotect, without changing the file. */
    int fd = open("/etc/motd", O_RDONLY);
    char file[64] = {0};
    ssize_t n = read(fd, file, sizeof file - 1);
    off_t size = lseek(fd, 0, SEEK_END);
    char *m = mmap(0, PG, PROT_READ, MAP_PRIVATE, fd, 0);
    printf("file mapping matches read:  %s\n", m != MAP_FAILED && memcmp(m, file, n) == 0 ? "yes" : "no");
    printf("bytes after end of file:    %s\n", size < PG && m[size] == 0 && m[PG - 1] == 0 ? "zero" : "not zero");
    show("file mapping:", m, 1);
    try_store("store to file mapping:", m, 'X');
    printf("mprotect file rw:           %s\n", err(mprotect(m, PG, PROT_READ | PROT_WRITE)));
    try_store("store after mprotect:", m, 'X');
    char again[64] = {0};
    pread(fd, again, sizeof again - 1, 0);
    printf("file unchanged:             %s\n", memcmp(again, file, n) == 0 ? "yes" : "no");
    printf("mapping changed:            %c\n", m[0]);
    r = mmap(0, PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    printf("shared rw of read-only fd:  %s\n", r == MAP_FAILED ? err(-1) : "mapped");
    r = mmap(0, PG, PROT_READ, MAP_SHARED, fd, 0);
    printf("shared r of read-only fd:   %s\n", r == MAP_FAILED ? err(-1) : "mapped");
    printf("shared: mprotect rw:        %s\n", err(mprotect(r, PG, PROT_READ | PROT_WRITE)));

    /* Copy-on-write after fork: each side sees only its own writes. */
    char *c = mmap(0, 4 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    for (int i = 0; i < 4; i++) c[i * PG] = 'p';
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        c[0] = 'c';
        c[PG] = 'c';
        printf("child sees:                 %c%c%c%c\n", c[0], c[PG], c[2 * PG], c[3 * PG]);
        fflush(stdout);
        _exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    c[2 * PG] = 'P';
    printf("parent sees:                %c%c%c%c\n", c[0], c[PG], c[2 * PG], c[3 * PG]);
    return 0;
}
