/*
 * pipes: processes talking through pipes. A pipeline of three children
 * (producer -> squarer -> summer) like a shell's `a | b | c`; a parent and
 * child exchanging messages both ways; a child killed with SIGKILL and one
 * with SIGTERM, as wait reports them; exit statuses collected with waitpid;
 * end of file seen by a reader once every writer is gone. Only the parent
 * and the last stage print, so the output order is fixed.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void must(int ok, const char *what)
{
	if (!ok) {
		perror(what);
		exit(100);
	}
}

static void describe(const char *who, int status)
{
	if (WIFEXITED(status))
		printf("%s: exited with %d\n", who, WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		printf("%s: killed by signal %d\n", who, WTERMSIG(status));
	else
		printf("%s: status %#x\n", who, status);
}

/* Reads longs from stdin, writes f(x) to stdout. */
static void stage(long (*f)(long))
{
	long x;
	FILE *in = fdopen(0, "r");
	while (fscanf(in, "%ld", &x) == 1)
		printf("%ld\n", f(x));
	fflush(stdout);
	_exit(0);
}

static long square(long x) { return x * x; }

static void pipeline(void)
{
	int ab[2], bc[2], out[2];
	must(pipe(ab) == 0 && pipe(bc) == 0 && pipe(out) == 0, "pipe");
	pid_t producer = fork();
	must(producer >= 0, "fork");
	if (producer == 0) {
		dup2(ab[1], 1);
		close(ab[0]); close(ab[1]); close(bc[0]); close(bc[1]);
		close(out[0]); close(out[1]);
		for (int i = 1; i <= 100; i++)
			printf("%d\n", i);
		fflush(stdout);
		_exit(0);
	}
	pid_t squarer = fork();
	must(squarer >= 0, "fork");
	if (squarer == 0) {
		dup2(ab[0], 0);
		dup2(bc[1], 1);
		close(ab[0]); close(ab[1]); close(bc[0]); close(bc[1]);
		close(out[0]); close(out[1]);
		stage(square);
	}
	pid_t summer = fork();
	must(summer >= 0, "fork");
	if (summer == 0) {
		dup2(bc[0], 0);
		dup2(out[1], 1);
		close(ab[0]); close(ab[1]); close(bc[0]); close(bc[1]);
		close(out[0]); close(out[1]);
		long x, sum = 0, count = 0;
		while (scanf("%ld", &x) == 1) {
			sum += x;
			count++;
		}
		printf("%ld squares, sum %ld\n", count, sum);
		fflush(stdout);
		_exit(count == 100 ? 0 : 1);
	}
	close(ab[0]); close(ab[1]); close(bc[0]); close(bc[1]); close(out[1]);
	char buf[128];
	ssize_t n = read(out[0], buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	printf("pipeline said: %s", buf);
	n = read(out[0], buf, sizeof buf);
	printf("then read returned %zd (end of file)\n", n);
	close(out[0]);
	int status;
	must(waitpid(producer, &status, 0) == producer, "waitpid");
	describe("producer", status);
	must(waitpid(squarer, &status, 0) == squarer, "waitpid");
	describe("squarer", status);
	must(waitpid(summer, &status, 0) == summer, "waitpid");
	describe("summer", status);
}

static void ping_pong(void)
{
	int down[2], up[2];
	must(pipe(down) == 0 && pipe(up) == 0, "pipe");
	pid_t child = fork();
	must(child >= 0, "fork");
	if (child == 0) {
		close(down[1]);
		close(up[0]);
		char msg[64];
		for (;;) {
			ssize_t n = read(down[0], msg, sizeof msg);
			if (n <= 0)
				break;
			for (ssize_t i = 0; i < n; i++)
				if (msg[i] >= 'a' && msg[i] <= 'z')
					msg[i] -= 'a' - 'A';
			write(up[1], msg, n);
		}
		_exit(7);
	}
	close(down[0]);
	close(up[1]);
	const char *words[] = {"ping", "fork", "exec", "wait"};
	for (int i = 0; i < 4; i++) {
		char reply[64];
		write(down[1], words[i], strlen(words[i]));
		ssize_t n = read(up[0], reply, sizeof reply - 1);
		reply[n > 0 ? n : 0] = 0;
		printf("sent %s, got %s\n", words[i], reply);
	}
	close(down[1]);
	char rest;
	printf("after close, child's end read returned %zd\n", read(up[0], &rest, 1));
	close(up[0]);
	int status;
	must(waitpid(child, &status, 0) == child, "waitpid");
	describe("ping-pong child", status);
}

static void killed(int sig, const char *name)
{
	int ready[2];
	must(pipe(ready) == 0, "pipe");
	pid_t child = fork();
	must(child >= 0, "fork");
	if (child == 0) {
		close(ready[0]);
		write(ready[1], "r", 1);
		for (;;)
			pause();
	}
	close(ready[1]);
	char c;
	must(read(ready[0], &c, 1) == 1, "read");
	close(ready[0]);
	must(kill(child, sig) == 0, "kill");
	int status;
	must(waitpid(child, &status, 0) == child, "waitpid");
	describe(name, status);
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	pipeline();
	ping_pong();
	killed(SIGKILL, "SIGKILL child");
	killed(SIGTERM, "SIGTERM child");
	int status;
	printf("wait with no children: %d\n", wait(&status));
	return 0;
}
