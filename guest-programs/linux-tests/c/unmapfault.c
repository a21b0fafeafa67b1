/* unmapfault: a thread keeps reading a page while another thread unmaps
 * it. The reader must fault (SIGSEGV) soon after munmap returns: on a
 * multiprocessor the kernel has to flush the mapping from the TLB of every
 * hart running the process (a TLB shootdown), not only its own; a stale
 * entry would let the reader go on reading a freed frame. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

static volatile int *page;
static volatile int unmapped;   /* set by the unmapper once munmap returned */
static volatile long reads;

static void on_segv(int sig)
{
    (void)sig;
    static const char ok[] = "reader faulted after munmap\n";
    static const char early[] = "reader faulted before munmap returned\n";
    if (unmapped)
        write(1, ok, sizeof ok - 1);
    else
        write(1, early, sizeof early - 1);
    _exit(unmapped ? 0 : 2);
}

static void *reader(void *arg)
{
    (void)arg;
    long sum = 0;
    for (;;) {
        sum += *page;   /* faults once the page is gone */
        reads++;
    }
    return (void *)sum;
}

int main(void)
{
    signal(SIGSEGV, on_segv);
    page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    *page = 42;
    pthread_t t;
    pthread_create(&t, NULL, reader, NULL);
    while (reads < 1000)
        ;   /* the reader is running and has the page in its TLB */
    munmap((void *)page, 4096);
    unmapped = 1;
    /* Give the reader time to run again; it must not get through. */
    struct timespec ts = { 0, 200 * 1000 * 1000 };
    nanosleep(&ts, NULL);
    puts("reader did not fault");
    return 1;
}
