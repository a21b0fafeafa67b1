/*
 * args: prints what the kernel put on the initial stack: argc, argv, the
 * environment (in order), and the auxiliary vector entries that do not
 * depend on the machine (AT_PAGESZ; AT_PHDR/AT_ENTRY as offsets checked for
 * consistency). Exit status 0.
 */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

extern char **environ;
extern void _start(void);

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	printf("argc=%d\n", argc);
	for (int i = 0; i < argc; i++)
		printf("argv[%d]=\"%s\"\n", i, argv[i]);
	printf("argv[argc]=%s\n", argv[argc] == NULL ? "NULL" : "not NULL");
	int n = 0;
	while (environ[n])
		n++;
	char **sorted = malloc((n + 1) * sizeof *sorted);
	memcpy(sorted, environ, (n + 1) * sizeof *sorted);
	qsort(sorted, n, sizeof *sorted, compare_strings);
	for (int i = 0; i < n; i++)
		printf("env \"%s\"\n", sorted[i]);
	printf("%d environment variables\n", n);
	free(sorted);
	printf("AT_PAGESZ=%lu\n", getauxval(AT_PAGESZ));
	/* The program headers are at the start of the first segment (0x10000). */
	printf("AT_PHNUM>0: %s\n", getauxval(AT_PHNUM) > 0 ? "yes" : "no");
	printf("AT_PHENT=%lu\n", getauxval(AT_PHENT));
	printf("AT_ENTRY is _start: %s\n",
	       getauxval(AT_ENTRY) == (unsigned long)&_start ? "yes" : "no");
	printf("AT_RANDOM present: %s\n", getauxval(AT_RANDOM) ? "yes" : "no");
	return 0;
}
