/*
 * files [PATH...]: reads files from the initrd (default: /etc/motd and
 * /README): size from fstat, content through stdio and through read(2) in
 * odd-sized chunks, lseek back and forth, and a checksum; then a missing
 * file (ENOENT), a directory read as a file (EISDIR) and the sorted listing
 * of /etc. Under qemu-riscv64 the same paths come from the staged initrd
 * folder (qemu's -L prefix).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void show(const char *path)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0) {
		printf("%s: %s\n", path, strerror(errno));
		return;
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		printf("%s: fstat: %s\n", path, strerror(errno));
		close(fd);
		return;
	}
	printf("== %s: %lld bytes, regular file: %s\n", path, (long long)st.st_size,
	       S_ISREG(st.st_mode) ? "yes" : "no");
	uint32_t sum = 0;
	long total = 0, lines = 0;
	char chunk[37];
	ssize_t n;
	while ((n = read(fd, chunk, sizeof chunk)) > 0) {
		for (ssize_t i = 0; i < n; i++) {
			sum = sum * 33 + (unsigned char)chunk[i];
			lines += chunk[i] == '\n';
		}
		total += n;
	}
	printf("read %ld bytes in %zu-byte chunks, %ld lines, checksum %08x\n",
	       total, sizeof chunk, lines, sum);
	off_t end = lseek(fd, 0, SEEK_END);
	off_t mid = lseek(fd, end / 2, SEEK_SET);
	char c = 0;
	n = read(fd, &c, 1);
	printf("lseek end=%lld mid=%lld byte there=%d\n", (long long)end, (long long)mid,
	       n == 1 ? c : -1);
	close(fd);

	FILE *f = fopen(path, "r");
	char line[256];
	int shown = 0;
	while (f && shown < 3 && fgets(line, sizeof line, f)) {
		printf("line %d: %s", ++shown, line);
		if (!strchr(line, '\n'))
			printf("\n");
	}
	if (f)
		fclose(f);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		printf("opendir %s: %s\n", dir, strerror(errno));
		return;
	}
	char *names[256];
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 256)
		if (e->d_name[0] != '.')
			names[n++] = strdup(e->d_name);
	closedir(d);
	qsort(names, n, sizeof names[0], compare_names);
	printf("%s holds %d entries:", dir, n);
	for (int i = 0; i < n; i++) {
		printf(" %s", names[i]);
		free(names[i]);
	}
	printf("\n");
}

int main(int argc, char **argv)
{
	if (argc > 1) {
		for (int i = 1; i < argc; i++)
			show(argv[i]);
	} else {
		show("/etc/motd");
		show("/README");
	}
	show("/no/such/file");
	int fd = open("/etc", O_RDONLY);
	char c;
	printf("read(/etc): %s\n", fd >= 0 && read(fd, &c, 1) < 0 ? strerror(errno) : "no error");
	if (fd >= 0)
		close(fd);
	list("/etc");
	return 0;
}
