/*
 * bench: a compute-bound workload for comparing rvlab's speed with QEMU's.
 *
 * Five kernels that stress different parts of an interpreter: quicksort
 * (loads, stores, unpredictable branches), FNV-1a and CRC-32 hashing (byte
 * loads, shifts, tight loops), integer matrix multiply (multiplies, strided
 * loads), a bytecode interpreter (indirect jumps through a switch) and a
 * Mandelbrot set (double-precision FP). Everything is deterministic: the same
 * checksums must come out on every correct RV64GC machine, so the printed
 * text doubles as a correctness check. Round counts are tuned for about 510
 * million instructions in total (under 2 s on a 300 MIPS interpreter).
 */
#include "bare.h"

#define SORT_LEN      20000
#define SORT_ROUNDS   36
#define HASH_LEN      65536
#define HASH_ROUNDS   60
#define MAT_N         64
#define MAT_ROUNDS    48
#define VM_LIMIT      22000
#define MANDEL_W      160
#define MANDEL_H      120
#define MANDEL_ITERS  1000

static uint64_t rng_state;

/* xorshift64: fast, deterministic, good enough to scramble test data. */
static uint64_t xorshift64(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

/* Fold a kernel's result into the running checksum. */
static uint64_t mix(uint64_t acc, uint64_t v)
{
    acc ^= v + 0x9e3779b97f4a7c15ULL + (acc << 6) + (acc >> 2);
    return acc;
}

/* ---- quicksort ---------------------------------------------------------- */

static uint32_t sort_buf[SORT_LEN];

static void quicksort(uint32_t *a, long lo, long hi)
{
    while (lo < hi) {
        uint32_t pivot = a[lo + (hi - lo) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                uint32_t t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        /* Recurse into the smaller half, loop on the larger: bounded stack. */
        if (j - lo < hi - i) {
            quicksort(a, lo, j);
            lo = i;
        } else {
            quicksort(a, i, hi);
            hi = j;
        }
    }
}

static uint64_t bench_sort(void)
{
    uint64_t sum = 0;
    for (int round = 0; round < SORT_ROUNDS; round++) {
        for (long i = 0; i < SORT_LEN; i++)
            sort_buf[i] = (uint32_t)xorshift64();
        quicksort(sort_buf, 0, SORT_LEN - 1);
        for (long i = 1; i < SORT_LEN; i++)
            if (sort_buf[i - 1] > sort_buf[i])
                return 0; /* unsorted: the checksum will show it */
        sum = mix(sum, sort_buf[0]);
        sum = mix(sum, sort_buf[SORT_LEN / 2]);
        sum = mix(sum, sort_buf[SORT_LEN - 1]);
    }
    return sum;
}

/* ---- hashing ------------------------------------------------------------ */

static uint8_t hash_buf[HASH_LEN];
static uint32_t crc_table[256];

static void crc32_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

static uint32_t crc32(const uint8_t *p, size_t len)
{
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < len; i++)
        c = crc_table[(c ^ p[i]) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

static uint64_t fnv1a64(const uint8_t *p, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static uint64_t bench_hash(void)
{
    uint64_t sum = 0;
    crc32_init();
    for (int round = 0; round < HASH_ROUNDS; round++) {
        for (size_t i = 0; i < HASH_LEN; i += 8) {
            uint64_t r = xorshift64();
            for (int k = 0; k < 8; k++)
                hash_buf[i + k] = (uint8_t)(r >> (8 * k));
        }
        sum = mix(sum, fnv1a64(hash_buf, HASH_LEN));
        sum = mix(sum, crc32(hash_buf, HASH_LEN));
    }
    return sum;
}

/* ---- matrix multiply ---------------------------------------------------- */

static uint32_t mat_a[MAT_N][MAT_N], mat_b[MAT_N][MAT_N], mat_c[MAT_N][MAT_N];

static uint64_t bench_matmul(void)
{
    uint64_t sum = 0;
    for (int round = 0; round < MAT_ROUNDS; round++) {
        for (int i = 0; i < MAT_N; i++)
            for (int j = 0; j < MAT_N; j++) {
                mat_a[i][j] = (uint32_t)xorshift64() & 0xffff;
                mat_b[i][j] = (uint32_t)xorshift64() & 0xffff;
            }
        for (int i = 0; i < MAT_N; i++)
            for (int j = 0; j < MAT_N; j++) {
                uint32_t acc = 0;
                for (int k = 0; k < MAT_N; k++)
                    acc += mat_a[i][k] * mat_b[k][j];
                mat_c[i][j] = acc;
            }
        for (int i = 0; i < MAT_N; i++)
            sum = mix(sum, mat_c[i][(i * 7) % MAT_N]);
    }
    return sum;
}

/* ---- bytecode interpreter ------------------------------------------------ */

/* A stack machine with eight local variables. */
enum op {
    OP_PUSH,  /* push the next word */
    OP_LOAD,  /* push local[next word] */
    OP_STORE, /* pop into local[next word] */
    OP_ADD, OP_MUL, OP_MOD, OP_LT,
    OP_JMP,   /* jump to the next word */
    OP_JZ,    /* pop; jump to the next word if it is zero */
    OP_HALT,  /* stop; the result is local[0] */
};

/*
 * Counts the primes below VM_LIMIT by trial division:
 *   count = 0; n = 2
 *   while n < limit:
 *     d = 2; prime = 1
 *     while not n < d * d:
 *       if n % d == 0: prime = 0; break
 *       d = d + 1
 *     count = count + prime; n = n + 1
 * Locals: 0 = count, 1 = n, 2 = d, 3 = prime. The numbers on the left are
 * word offsets, the jump targets.
 */
enum { L_OUTER = 8, L_INNER = 23, L_BODY = 35, L_NOTPRIME = 51, L_DONE = 55, L_END = 71 };
static const int32_t vm_program[] = {
    /*  0 */ OP_PUSH, 0, OP_STORE, 0,
    /*  4 */ OP_PUSH, 2, OP_STORE, 1,
    /*  8 */ OP_LOAD, 1, OP_PUSH, VM_LIMIT, OP_LT, OP_JZ, L_END,
    /* 15 */ OP_PUSH, 2, OP_STORE, 2, OP_PUSH, 1, OP_STORE, 3,
    /* 23 */ OP_LOAD, 1, OP_LOAD, 2, OP_LOAD, 2, OP_MUL, OP_LT, OP_JZ, L_BODY,
    /* 33 */ OP_JMP, L_DONE,
    /* 35 */ OP_LOAD, 1, OP_LOAD, 2, OP_MOD, OP_JZ, L_NOTPRIME,
    /* 42 */ OP_LOAD, 2, OP_PUSH, 1, OP_ADD, OP_STORE, 2, OP_JMP, L_INNER,
    /* 51 */ OP_PUSH, 0, OP_STORE, 3,
    /* 55 */ OP_LOAD, 0, OP_LOAD, 3, OP_ADD, OP_STORE, 0,
    /* 62 */ OP_LOAD, 1, OP_PUSH, 1, OP_ADD, OP_STORE, 1, OP_JMP, L_OUTER,
    /* 71 */ OP_HALT,
};

static int64_t vm_run(const int32_t *code, uint64_t *steps)
{
    int64_t stack[16], local[8] = {0};
    int sp = 0, pc = 0;
    uint64_t n = 0;
    for (;;) {
        n++;
        switch (code[pc++]) {
        case OP_PUSH:  stack[sp++] = code[pc++]; break;
        case OP_LOAD:  stack[sp++] = local[code[pc++]]; break;
        case OP_STORE: local[code[pc++]] = stack[--sp]; break;
        case OP_ADD:   sp--; stack[sp - 1] += stack[sp]; break;
        case OP_MUL:   sp--; stack[sp - 1] *= stack[sp]; break;
        case OP_MOD:   sp--; stack[sp - 1] %= stack[sp]; break;
        case OP_LT:    sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case OP_JMP:   pc = code[pc]; break;
        case OP_JZ:    pc = stack[--sp] == 0 ? code[pc] : pc + 1; break;
        case OP_HALT:  *steps = n; return local[0];
        default:       *steps = n; return -1;
        }
    }
}

static uint64_t bench_vm(void)
{
    uint64_t steps = 0;
    int64_t primes = vm_run(vm_program, &steps);
    bare_puts("  vm:     primes below ");
    bare_put_udec(VM_LIMIT);
    bare_puts(" = ");
    bare_put_dec(primes);
    bare_puts(", ");
    bare_put_udec(steps);
    bare_puts(" bytecodes\n");
    return mix((uint64_t)primes, steps);
}

/* ---- Mandelbrot ---------------------------------------------------------- */

static uint64_t bench_mandel(void)
{
    uint64_t total = 0;
    for (int y = 0; y < MANDEL_H; y++) {
        double ci = -1.2 + 2.4 * y / MANDEL_H;
        for (int x = 0; x < MANDEL_W; x++) {
            double cr = -2.1 + 2.8 * x / MANDEL_W;
            double zr = 0.0, zi = 0.0;
            int it = 0;
            while (it < MANDEL_ITERS && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                it++;
            }
            total += (uint64_t)it;
        }
    }
    return total;
}

/* ---- driver -------------------------------------------------------------- */

static void report(const char *name, uint64_t value)
{
    bare_puts(name);
    bare_put_hex(value);
    bare_putchar('\n');
}

int main(void)
{
    rng_state = 0x2545f4914f6cdd1dULL;
    bare_puts("rvlab bench\n");

    uint64_t sort = bench_sort();
    report("  sort:   ", sort);
    uint64_t hash = bench_hash();
    report("  hash:   ", hash);
    uint64_t mat = bench_matmul();
    report("  matmul: ", mat);
    uint64_t vm = bench_vm();
    report("  vm:     ", vm);
    uint64_t mandel = bench_mandel();
    report("  mandel: ", mandel);

    uint64_t checksum = mix(mix(mix(mix(mix(0, sort), hash), mat), vm), mandel);
    report("checksum: ", checksum);
    return sort == 0 ? 1 : 0;
}
