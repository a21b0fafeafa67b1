/* Signals the C runtime relies on: handlers (with FP state kept), SIGSEGV
 * recovery with siglongjmp, blocking and unblocking, SIGTERM to a child,
 * an interrupted sleep, SIGCHLD. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <setjmp.h>
#include <sys/wait.h>
#include <errno.h>
static volatile int got;
static sigjmp_buf jb;
static void on_usr1(int s) { got = s; }
static void on_segv(int s, siginfo_t *si, void *uc) { (void)si; (void)uc; siglongjmp(jb, s); }
static void on_term(int s) { char m[] = "child caught SIGTERM\n"; write(1, m, sizeof m - 1); _exit(40 + s); }
static volatile double fpval = 2.5;
static void on_alrm(int s) { (void)s; volatile double x = 1e10; x = x * 3; (void)x; }
int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    signal(SIGUSR1, on_usr1);
    kill(getpid(), SIGUSR1);
    printf("handler ran: %d\n", got);
    /* FP state survives a handler that uses FP */
    signal(SIGALRM, on_alrm);
    double before = fpval * 2;
    raise(SIGALRM);
    printf("fp after handler: %.1f\n", before);
    /* catch a segfault and recover with siglongjmp */
    struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = on_segv; sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    int s = sigsetjmp(jb, 1);
    if (s == 0) { volatile int *p = 0; *p = 1; printf("not reached\n"); }
    else printf("recovered from signal %d\n", s);
    /* blocked signal stays pending until unblocked */
    sigset_t set; sigemptyset(&set); sigaddset(&set, SIGUSR1);
    got = 0; sigprocmask(SIG_BLOCK, &set, NULL); kill(getpid(), SIGUSR1);
    printf("while blocked: %d\n", got);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    printf("after unblock: %d\n", got);
    /* a child with a SIGTERM handler, interrupted in a blocking read */
    int p[2]; pipe(p);
    pid_t c = fork();
    if (c == 0) { signal(SIGTERM, on_term); char ch; int n = read(p[0], &ch, 1); printf("read returned %d\n", n); _exit(1); }
    usleep(50000); kill(c, SIGTERM);
    int st; waitpid(c, &st, 0); printf("child exit %d\n", WEXITSTATUS(st));
    /* sleep interrupted by a caught signal: EINTR */
    pid_t c2 = fork();
    if (c2 == 0) { signal(SIGUSR1, on_usr1); int r = usleep(2000000); printf("usleep: %d %s got=%d\n", r, strerror(errno), got); _exit(0); }
    usleep(50000); kill(c2, SIGUSR1); waitpid(c2, &st, 0);
    /* SIGCHLD handler */
    got = 0; signal(SIGCHLD, on_usr1);
    if (fork() == 0) _exit(0);
    wait(NULL);
    printf("SIGCHLD: %d\n", got);
    return 0;
}
