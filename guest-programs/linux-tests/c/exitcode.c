/*
 * exitcode [N | return N | atexit N]: ends with status N three ways: exit(N)
 * (the default, N = 3 without arguments), returning N from main, and exit
 * after atexit handlers that print. The kernel keeps only N & 0xff.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void first(void) { printf("atexit: registered first, runs last\n"); }
static void second(void) { printf("atexit: registered second, runs first\n"); }

int main(int argc, char **argv)
{
	if (argc >= 3 && strcmp(argv[1], "return") == 0) {
		printf("returning %s from main\n", argv[2]);
		return atoi(argv[2]);
	}
	if (argc >= 3 && strcmp(argv[1], "atexit") == 0) {
		atexit(first);
		atexit(second);
		printf("exit(%s) with atexit handlers\n", argv[2]);
		exit(atoi(argv[2]));
	}
	int code = argc >= 2 ? atoi(argv[1]) : 3;
	printf("exit(%d)\n", code);
	/* stdout is a pipe or a file under test: exit flushes it. */
	exit(code);
}
