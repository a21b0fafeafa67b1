/* Every way a user program can fault, each in a forked child: the parent
 * reports the signal that killed it and carries on, as on Linux. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>
static const char ro[] = "read-only data";
static unsigned int code_in_data[4] = {0x00000513, 0x00008067}; /* li a0,0; ret */
static int depth(int n) { volatile char buf[1024]; buf[0] = n; return n ? depth(n + 1) + buf[0] : 0; }
static void run(const char *name, void (*f)(void)) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) { f(); printf("%s: survived?!\n", name); exit(0); }
    int st; waitpid(pid, &st, 0);
    if (WIFSIGNALED(st)) printf("%s: killed by signal %d (%s)\n", name, WTERMSIG(st), strsignal(WTERMSIG(st)));
    else printf("%s: exited %d\n", name, WEXITSTATUS(st));
}
static void null_read(void) { volatile int *p = 0; printf("%d\n", *p); }
static void null_write(void) { volatile int *p = 0; *p = 1; }
static void rodata_write(void) { ((volatile char *)ro)[0] = 'X'; }
static void text_write(void) { *(volatile unsigned *)(void *)null_read = 0; }
static void jump_data(void) { ((void (*)(void))(void *)code_in_data)(); }
static void illegal(void) { asm volatile(".word 0"); }
static void csr_priv(void) { asm volatile("csrr a0, sstatus" ::: "a0"); }
static void kernel_read(void) { volatile long *p = (long *)0xffffffc080000000UL; printf("%ld\n", *p); }
static void kernel_jump(void) { ((void (*)(void))0xffffffc080000000UL)(); }
static void high_user(void) { volatile long *p = (long *)0x3f00000000UL; printf("%ld\n", *p); }
static void stack_overflow(void) { depth(1); }
static void breakpoint(void) { asm volatile("ebreak"); }
static void abort_it(void) { abort(); }
int main(void) {
    run("null read", null_read);
    run("null write", null_write);
    run("rodata write", rodata_write);
    run("text write", text_write);
    run("jump into data", jump_data);
    run("illegal instruction", illegal);
    run("privileged csr", csr_priv);
    run("kernel read", kernel_read);
    run("kernel jump", kernel_jump);
    run("unmapped user read", high_user);
    run("stack overflow", stack_overflow);
    run("ebreak", breakpoint);
    run("abort", abort_it);
    printf("parent still fine\n");
    return 0;
}
