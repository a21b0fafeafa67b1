/* kill(2): SIGTERM and SIGKILL to running and sleeping children, a child
 * that ignores SIGTERM, and kill of a pid that does not exist. */
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <unistd.h>
#include <time.h>
#include <sys/wait.h>
int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    pid_t spin = fork();
    if (spin == 0) { for (;;) {} }
    pid_t sleeper = fork();
    if (sleeper == 0) { int p[2]; pipe(p); char c; read(p[0], &c, 1); exit(1); }
    pid_t ign = fork();
    if (ign == 0) { signal(SIGTERM, SIG_IGN); for (int i = 0; i < 30; i++) usleep(10000); exit(7); }
    struct timespec t0, t1; clock_gettime(CLOCK_MONOTONIC, &t0);
    usleep(100000);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
    printf("slept ~100ms: %s\n", ms >= 100 && ms < 400 ? "yes" : "no");
    kill(spin, SIGTERM); kill(sleeper, SIGKILL); kill(ign, SIGTERM);
    int st;
    waitpid(spin, &st, 0); printf("spinner: signaled=%d sig=%d\n", WIFSIGNALED(st), WTERMSIG(st));
    waitpid(sleeper, &st, 0); printf("sleeper: signaled=%d sig=%d\n", WIFSIGNALED(st), WTERMSIG(st));
    waitpid(ign, &st, 0); printf("ignorer: exited=%d code=%d\n", WIFEXITED(st), WEXITSTATUS(st));
    printf("kill nonexistent: %d\n", kill(9999, SIGTERM));
    return 0;
}
