/*
 * malloc: heavy use of glibc's allocator: a chained hash table of string
 * keys that grows by rehashing, deletions, qsort of a large array, many
 * small blocks freed out of order, and large blocks (over glibc's mmap
 * threshold, so they come from mmap/munmap rather than brk). Everything is
 * seeded by a fixed LCG, so the printed summary is the same everywhere.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state = 0x2545F4914F6CDD1DULL;

static uint32_t rng(void)
{
	rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (uint32_t)(rng_state >> 33);
}

struct entry {
	char *key;
	long value;
	struct entry *next;
};

struct table {
	struct entry **buckets;
	size_t nbuckets, count;
};

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

static void grow(struct table *t)
{
	size_t n = t->nbuckets ? t->nbuckets * 2 : 16;
	struct entry **b = calloc(n, sizeof *b);
	if (!b)
		abort();
	for (size_t i = 0; i < t->nbuckets; i++) {
		struct entry *e = t->buckets[i], *next;
		for (; e; e = next) {
			next = e->next;
			size_t j = hash(e->key) & (n - 1);
			e->next = b[j];
			b[j] = e;
		}
	}
	free(t->buckets);
	t->buckets = b;
	t->nbuckets = n;
}

static struct entry **find(struct table *t, const char *key)
{
	struct entry **p = &t->buckets[hash(key) & (t->nbuckets - 1)];
	while (*p && strcmp((*p)->key, key) != 0)
		p = &(*p)->next;
	return p;
}

static void put(struct table *t, const char *key, long value)
{
	if (t->count >= t->nbuckets * 3 / 4)
		grow(t);
	struct entry **p = find(t, key);
	if (*p) {
		(*p)->value += value;
		return;
	}
	struct entry *e = malloc(sizeof *e);
	e->key = strdup(key);
	e->value = value;
	e->next = NULL;
	*p = e;
	t->count++;
}

static int remove_key(struct table *t, const char *key)
{
	struct entry **p = find(t, key);
	if (!*p)
		return 0;
	struct entry *e = *p;
	*p = e->next;
	free(e->key);
	free(e);
	t->count--;
	return 1;
}

static int compare_ints(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

int main(void)
{
	/* 1. Hash table: 30000 insertions over 20000 possible keys. */
	struct table t = {0};
	grow(&t);
	char key[32];
	for (int i = 0; i < 30000; i++) {
		snprintf(key, sizeof key, "key-%u", rng() % 20000);
		put(&t, key, i);
	}
	printf("table: %zu keys in %zu buckets\n", t.count, t.nbuckets);
	int removed = 0;
	for (int i = 0; i < 20000; i += 3) {
		snprintf(key, sizeof key, "key-%d", i);
		removed += remove_key(&t, key);
	}
	long sum = 0;
	size_t longest = 0;
	for (size_t i = 0; i < t.nbuckets; i++) {
		size_t len = 0;
		for (struct entry *e = t.buckets[i]; e; e = e->next, len++)
			sum += e->value;
		if (len > longest)
			longest = len;
	}
	printf("removed %d, left %zu, value sum %ld, longest chain %zu\n",
	       removed, t.count, sum, longest);
	struct entry **hit = find(&t, "key-1");
	printf("key-1 -> %ld\n", *hit ? (*hit)->value : -1L);

	/* 2. qsort 100000 ints; print a few and a checksum. */
	size_t n = 100000;
	int *a = malloc(n * sizeof *a);
	for (size_t i = 0; i < n; i++)
		a[i] = (int)(rng() % 1000000) - 500000;
	qsort(a, n, sizeof *a, compare_ints);
	uint64_t check = 0;
	int sorted = 1;
	for (size_t i = 0; i < n; i++) {
		check = check * 31 + (uint32_t)a[i];
		if (i && a[i - 1] > a[i])
			sorted = 0;
	}
	printf("qsort: sorted=%d min=%d median=%d max=%d checksum=%016llx\n",
	       sorted, a[0], a[n / 2], a[n - 1], (unsigned long long)check);

	/* 3. Many small blocks, freed in a scrambled order, with reallocs. */
	enum { BLOCKS = 5000 };
	char **blocks = malloc(BLOCKS * sizeof *blocks);
	size_t total = 0;
	for (int i = 0; i < BLOCKS; i++) {
		size_t size = 1 + rng() % 200;
		blocks[i] = malloc(size);
		memset(blocks[i], i & 0xff, size);
		total += size;
	}
	for (int i = 0; i < BLOCKS; i += 2) {
		blocks[i] = realloc(blocks[i], 300 + i % 100);
		blocks[i][299] = 'x';
	}
	int bad = 0;
	for (int i = 1; i < BLOCKS; i += 2)
		bad += (unsigned char)blocks[i][0] != (i & 0xff);
	for (int i = 0; i < BLOCKS; i++) {
		int j = (i * 7919) % BLOCKS;
		free(blocks[j]);
		blocks[j] = NULL;
	}
	free(blocks);
	printf("small blocks: %d allocated, %zu bytes, %d corrupted\n", BLOCKS, total, bad);

	/* 4. Large blocks: mmap'd by glibc (threshold 128 KiB). */
	for (int round = 0; round < 4; round++) {
		size_t size = (size_t)(1 + round) * 1024 * 1024;
		unsigned char *big = malloc(size);
		for (size_t i = 0; i < size; i += 4096)
			big[i] = (unsigned char)(i >> 12);
		unsigned s = 0;
		for (size_t i = 0; i < size; i += 4096)
			s += big[i];
		printf("big block %zu MiB: page sum %u\n", size >> 20, s);
		free(big);
	}

	for (size_t i = 0; i < t.nbuckets; i++) {
		struct entry *e = t.buckets[i], *next;
		for (; e; e = next) {
			next = e->next;
			free(e->key);
			free(e);
		}
	}
	free(t.buckets);
	free(a);
	printf("done\n");
	return 0;
}
