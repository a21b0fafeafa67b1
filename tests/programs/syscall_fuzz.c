/* Syscall fuzzing from user space: children make thousands of syscalls
 * with random numbers and arguments (pointers into their own memory, into
 * the kernel, or nowhere). A child may die of a signal; the kernel must
 * not, and the parent must see every child end. Built and run by
 * tests/tests/e2e/os.rs. */
#include <stdio.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static uint64_t state = 0x9e3779b97f4a7c15ull;

static uint64_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static char buffer[4096];

static long arg(void) {
    switch (next() % 6) {
    case 0: return 0;
    case 1: return (long)(next() % 64);
    case 2: return (long)buffer + (long)(next() % sizeof buffer);
    case 3: return (long)0xffffffc000000000ull + (long)(next() % 0x100000); /* kernel */
    case 4: return -1;
    default: return (long)next();
    }
}

/* Calls that would end the child or its siblings on purpose, replace it,
 * or wait for ever (reads from the console, which has no input here: with
 * madvise(MADV_DONTNEED) really discarding pages, random iovecs can be
 * valid). */
static int skipped(long nr) {
    return nr == SYS_exit || nr == SYS_exit_group || nr == SYS_kill || nr == SYS_tkill ||
           nr == SYS_tgkill || nr == SYS_execve || nr == SYS_clone || nr == SYS_rt_sigreturn ||
           nr == SYS_reboot || nr == SYS_ppoll || nr == SYS_nanosleep ||
           nr == SYS_clock_nanosleep || nr == SYS_futex || nr == SYS_wait4 || nr == SYS_read ||
           nr == SYS_readv || nr == SYS_preadv || nr == SYS_preadv2 ||
           nr == SYS_pselect6 || nr == SYS_epoll_pwait || nr == SYS_rt_sigsuspend ||
           nr == SYS_rt_sigtimedwait || nr == 1000 || nr == SYS_clone3;
}

int main(void) {
    int children = 24, signalled = 0, exited = 0;
    for (int c = 0; c < children; c++) {
        state += (uint64_t)c * 0x1234567;
        pid_t pid = fork();
        if (pid == 0) {
            for (int i = 0; i < 2000; i++) {
                long nr = (long)(next() % 460);
                if (skipped(nr))
                    continue;
                syscall(nr, arg(), arg(), arg(), arg(), arg(), arg());
            }
            _exit(0);
        }
        int status = 0;
        if (waitpid(pid, &status, 0) != pid) {
            printf("waitpid failed\n");
            return 1;
        }
        if (WIFSIGNALED(status))
            signalled++;
        else
            exited++;
    }
    printf("fuzz children: %d ended (%d exited, %d killed by a signal); kernel alive\n",
           exited + signalled, exited, signalled);
    return exited + signalled == children ? 0 : 1;
}
