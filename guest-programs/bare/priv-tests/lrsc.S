/*
 * lrsc.S: LR/SC and AMOs between two harts.
 *
 *   - both harts increment one counter N times with an lr.d/sc.d retry
 *     loop (a constrained loop, which must eventually succeed): the final
 *     value is exactly 2N; the same with amoadd.d, and with lr.w/sc.w
 *   - hart 0 takes a reservation with lr, hart 1 then writes the reserved
 *     doubleword (with a store, an AMO, or its own LR/SC), and hart 0's sc
 *     must fail, leaving hart 1's value in memory
 * The harts meet through flags in memory, each on its own 64-byte line,
 * away from the counters.  Hart 1's writes always change the value (QEMU
 * 7.2 implements sc as a compare-and-swap, so a write of the same value
 * would go unnoticed there; the spec requires a failure then too, but that
 * is not tested).
 */
#define HART1_MAIN
#include "priv.h"

#define N 2000
#define SIGNAL(flag)     fence; li t0, 1; sd t0, flag, t1
#define FLAG(flag)       fence; ld a0, flag
/* Hart 0 asks hart 1 for action k; waits until hart 1 reports d done. */
#define POST(k)          fence; li t0, k; sd t0, request, t1
#define WAIT_DONE(d)                                                        \
        WAIT_FOR(10 * WAIT_TICKS, fence; ld a0, done; addi a0, a0, -(d); seqz a0, a0)
#define REQUEST(k)       POST(k); WAIT_DONE(k)

        .text
        .option norvc
test_body:

/* ---- a shared counter ----------------------------------------------------------------- */
        TEST_BEGIN(1)
        WAIT_FOR(10 * WAIT_TICKS, FLAG(h1_ready))
        SIGNAL(go)
        la a1, counter
        li a2, N
        li a3, 100 * N                  /* sc failures allowed in all */
1:      lr.d a0, (a1)
        addi a0, a0, 1
        sc.d a4, a0, (a1)
        beqz a4, 2f
        addi a3, a3, -1
        bnez a3, 1b
        j fail
2:      addi a2, a2, -1
        bnez a2, 1b
        TEST_BEGIN(2)
        WAIT_DONE(1)
        ld a0, counter
        CHECK_VAL(a0, 2 * N)
        /* amoadd.d */
        TEST_BEGIN(3)
        POST(2)                         /* hart 1 does its amoadds too */
        la a1, acounter
        li a2, N
        li a4, 1
1:      amoadd.d zero, a4, (a1)
        addi a2, a2, -1
        bnez a2, 1b
        WAIT_DONE(3)
        ld a0, acounter
        CHECK_VAL(a0, 2 * N)
        /* lr.w/sc.w */
        TEST_BEGIN(4)
        POST(4)
        la a1, wcounter
        li a2, N
        li a3, 100 * N
1:      lr.w a0, (a1)
        addi a0, a0, 1
        sc.w a4, a0, (a1)
        beqz a4, 2f
        addi a3, a3, -1
        bnez a3, 1b
        j fail
2:      addi a2, a2, -1
        bnez a2, 1b
        WAIT_DONE(5)
        lw a0, wcounter
        CHECK_VAL(a0, 2 * N)

/* ---- a write by the other hart breaks the reservation ----------------------------------- */
/* Test n: reserve `shared` (= 100), let hart 1 do action k, then sc must
 * fail and leave `expected` there. */
#define TEST_BROKEN(n, k, expected)                                         \
        TEST_BEGIN(n);                                                      \
        la a1, shared; li t0, 100; sd t0, 0(a1); fence;                     \
        lr.d a0, (a1);                                                      \
        REQUEST(k);                                                         \
        la a1, shared; li a2, 999;                                          \
        sc.d a3, a2, (a1);                                                  \
        beqz a3, fail;                                                      \
        ld a0, shared; CHECK_VAL(a0, expected)
        TEST_BROKEN(5, 6, 200)          /* hart 1: sd 200 */
        TEST_BROKEN(6, 7, 101)          /* hart 1: amoadd.d +1 */
        TEST_BROKEN(7, 8, 101)          /* hart 1: its own lr.d/sc.d +1 */
        /* the same with sc.w and a store to the reserved word */
        TEST_BEGIN(8)
        la a1, shared
        li t0, 100
        sd t0, 0(a1)
        fence
        lr.w a0, (a1)
        REQUEST(9)                      /* hart 1: sw 300 */
        la a1, shared
        li a2, 999
        sc.w a3, a2, (a1)
        beqz a3, fail
        lw a0, shared
        CHECK_VAL(a0, 300)

        TEST_BEGIN(9)
        REQUEST(10)                     /* hart 1: park */
        ld a0, hart1_error
        CHECK_VAL(a0, 0)
        j pass

/* ---- hart 1 ------------------------------------------------------------------------------ */
/* Serves hart 0's requests: `request` holds the action, and hart 1 writes
 * the same number to `done` when it has finished it (3 and 5 for the
 * counting actions 2 and 4).  The first counter race starts on `go`
 * instead and reports done = 1. */
hart1_main:
        li TESTNUM, 150
        SIGNAL(h1_ready)
        WAIT_FOR(10 * WAIT_TICKS, FLAG(go))
        la a1, counter
        li a2, N
        li a3, 100 * N
1:      lr.d a0, (a1)
        addi a0, a0, 1
        sc.d a4, a0, (a1)
        beqz a4, 2f
        addi a3, a3, -1
        bnez a3, 1b
        j fail
2:      addi a2, a2, -1
        bnez a2, 1b
        li s1, 1                        /* done = 1 */
        li s2, 0                        /* the last request seen */
        fence
        sd s1, done, t1

h1_next:                                /* wait for a new request */
        li TESTNUM, 151
        WAIT_FOR(10 * WAIT_TICKS, fence; ld a0, request; sub a0, a0, s2)
        ld s1, request
        mv s2, s1
        li t0, 2
        beq s1, t0, h1_amo
        li t0, 4
        beq s1, t0, h1_word
        li t0, 6
        beq s1, t0, h1_store
        li t0, 7
        beq s1, t0, h1_amo1
        li t0, 8
        beq s1, t0, h1_lrsc1
        li t0, 9
        beq s1, t0, h1_sw
        li t0, 10
        beq s1, t0, h1_park
        li TESTNUM, 152
        j fail
h1_ack:                                 /* done: s1 -> done */
        fence
        sd s1, done, t1
        j h1_next

h1_amo:                                 /* request 2: N amoadds; then done = 3 */
        la a1, acounter
        li a2, N
        li a4, 1
1:      amoadd.d zero, a4, (a1)
        addi a2, a2, -1
        bnez a2, 1b
        li s1, 3
        j h1_ack
h1_word:                                /* request 4: N lr.w/sc.w; done = 5 */
        la a1, wcounter
        li a2, N
        li a3, 100 * N
        li TESTNUM, 153
1:      lr.w a0, (a1)
        addi a0, a0, 1
        sc.w a4, a0, (a1)
        beqz a4, 2f
        addi a3, a3, -1
        bnez a3, 1b
        j fail
2:      addi a2, a2, -1
        bnez a2, 1b
        li s1, 5
        j h1_ack
h1_store:
        li t0, 200
        sd t0, shared, t1
        j h1_ack
h1_amo1:
        la a1, shared
        li a4, 1
        amoadd.d zero, a4, (a1)
        j h1_ack
h1_lrsc1:
        la a1, shared
        li a3, 1000
        li TESTNUM, 154
1:      lr.d a0, (a1)
        addi a0, a0, 1
        sc.d a4, a0, (a1)
        beqz a4, h1_ack
        addi a3, a3, -1
        bnez a3, 1b
        j fail
h1_sw:
        li t0, 300
        sw t0, shared, t1
        j h1_ack
h1_park:
        fence
        sd s1, done, t1
        j park

        .data
        .balign 64
counter:  .dword 0
        .balign 64
acounter: .dword 0
        .balign 64
wcounter: .word 0
wother:   .word 0
        .balign 64
shared:   .dword 0
        .balign 64
h1_ready: .dword 0
        .balign 64
go:       .dword 0
        .balign 64
request:  .dword 0
        .balign 64
done:     .dword 0

#include "harness.inc"
