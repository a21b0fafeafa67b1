/* threads: pthreads working on shared data, the way a multiprocessor
 * kernel must get right: eight threads add to a mutex-protected counter
 * and to an atomic one, meet at a barrier, pass a token around a ring
 * with condition variables, and are joined. The output depends only on
 * the program, never on which hart ran what, so it must equal
 * qemu-riscv64's on any number of harts. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#define THREADS 8
#define ROUNDS 20000
#define LAPS 50

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t turn_changed = PTHREAD_COND_INITIALIZER;
static pthread_barrier_t barrier;
static long locked_total;
static atomic_long atomic_total;
static int turn;       /* whose turn it is in the ring */
static long ring_sum;  /* each thread adds its number on its turn */

static void *worker(void *arg)
{
    long me = (long)arg;
    for (int i = 0; i < ROUNDS; i++) {
        pthread_mutex_lock(&lock);
        locked_total += me + 1;
        pthread_mutex_unlock(&lock);
        atomic_fetch_add(&atomic_total, 1);
    }
    pthread_barrier_wait(&barrier);
    for (int lap = 0; lap < LAPS; lap++) {
        pthread_mutex_lock(&lock);
        while (turn != me)
            pthread_cond_wait(&turn_changed, &lock);
        ring_sum += me;
        turn = (turn + 1) % THREADS;
        pthread_cond_broadcast(&turn_changed);
        pthread_mutex_unlock(&lock);
    }
    return (void *)(me * 10);
}

int main(void)
{
    pthread_t t[THREADS];
    pthread_barrier_init(&barrier, NULL, THREADS);
    for (long i = 0; i < THREADS; i++) {
        if (pthread_create(&t[i], NULL, worker, (void *)i) != 0) {
            puts("pthread_create failed");
            return 1;
        }
    }
    long returned = 0;
    for (int i = 0; i < THREADS; i++) {
        void *ret;
        pthread_join(t[i], &ret);
        returned += (long)ret;
    }
    printf("locked total %ld (expected %ld)\n", locked_total, (long)ROUNDS * THREADS * (THREADS + 1) / 2);
    printf("atomic total %ld (expected %ld)\n", (long)atomic_total, (long)ROUNDS * THREADS);
    printf("ring sum %ld (expected %ld)\n", ring_sum, (long)LAPS * THREADS * (THREADS - 1) / 2);
    printf("joined, returns sum to %ld\n", returned);
    return 0;
}
