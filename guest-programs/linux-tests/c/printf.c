/*
 * printf: glibc's formatting of integers, floating point (fixed, %e, %g,
 * %a, several precisions, long double), strings and characters, and
 * snprintf's truncation. The float conversions exercise the F/D extension
 * (and libgcc's soft quad for long double) on whatever runs the binary, so a
 * wrong rounding mode or fcsr shows up as a different digit.
 */
#include <float.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

static void integers(void)
{
	int values[] = {0, 1, -1, 42, -42, 1000000, INT_MAX, INT_MIN};
	for (unsigned i = 0; i < sizeof values / sizeof values[0]; i++) {
		int v = values[i];
		printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%u] [%x] [%#X] [%o] [%#o]\n",
		       v, v, v, v, v, v, (unsigned)v, (unsigned)v, (unsigned)v,
		       (unsigned)v, (unsigned)v);
	}
	printf("[%ld] [%lld] [%llu] [%lx]\n", LONG_MIN, LLONG_MAX, ULLONG_MAX, LONG_MAX);
	printf("[%hhd] [%hd] [%zu] [%td]\n", (signed char)300, (short)70000, sizeof(long double),
	       (ptrdiff_t)-5);
	printf("[%" PRId64 "] [%" PRIu32 "] [%" PRIx64 "]\n", INT64_MIN, UINT32_MAX,
	       UINT64_C(0xdeadbeefcafef00d));
	printf("[%.3d] [%8.3d] [%-8.3d|] [%.0d]\n", 7, -7, 7, 0);
	printf("[%*d] [%-*d] [%.*d]\n", 6, 12, 6, 12, 4, 12);
}

static void floats(void)
{
	double values[] = {0.0, -0.0, 1.0, -1.5, 0.1, 2.0 / 3.0, 3.141592653589793,
			   1e-10, 6.02214076e23, 123456789.125, 0.5, 1.5, 2.5, -2.5,
			   DBL_MAX, DBL_MIN, 4.9e-324};
	for (unsigned i = 0; i < sizeof values / sizeof values[0]; i++) {
		double v = values[i];
		printf("%%f [%f] [%.0f] [%.1f] [%.3f] [%.10f] [%12.4f] [%-12.2f|]\n",
		       v, v, v, v, v, v, v);
		printf("%%e [%e] [%.0e] [%.3E] [%+.12e]\n", v, v, v, v);
		printf("%%g [%g] [%.1g] [%.6G] [%#g] [%.17g]\n", v, v, v, v, v);
		printf("%%a [%a]\n", v);
	}
	printf("[%f] [%f] [%e] [%g] [%F]\n", INFINITY, -INFINITY, NAN, -NAN, INFINITY);
	float f = 1.0f / 3.0f;
	printf("float [%f] [%.9g] [%a]\n", f, f, f);
	long double q = 1.0L / 3.0L;
	printf("long double [%.30Lf] [%Lg] [%.20Le]\n", q, q, q);
	/* Arithmetic whose results depend on correct rounding. */
	double acc = 0.0;
	for (int i = 1; i <= 1000; i++)
		acc += 1.0 / i;
	printf("harmonic(1000) = %.17g\n", acc);
	printf("sqrt(2) = %.17g, exp(1) = %.17g, sin(1) = %.17g\n", sqrt(2.0), exp(1.0), sin(1.0));
	printf("fma(0.1, 10, -1) = %.17g\n", fma(0.1, 10.0, -1.0));
}

static void strings(void)
{
	const char *s = "hello, world";
	printf("[%s] [%15s] [%-15s|] [%.5s] [%15.5s] [%c%c%c] [%%] [%5c]\n",
	       s, s, s, s, s, 'r', 'v', '6', '!');
	printf("[%p]\n", (void *)0);

	char small[8];
	/* Truncation is the point here. */
#pragma GCC diagnostic ignored "-Wformat-truncation"
	int n = snprintf(small, sizeof small, "%s", "truncated text");
	printf("snprintf returned %d, kept \"%s\" (%zu bytes)\n", n, small, strlen(small));
	n = snprintf(NULL, 0, "%d-%f", 12345, 2.5);
	printf("snprintf(NULL, 0) would write %d bytes\n", n);
}

int main(void)
{
	integers();
	floats();
	strings();
	return 0;
}
