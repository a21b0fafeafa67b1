/*
 * sv39.h: just enough of Sv39 paging for a bare-metal experiment to run
 * translated: an identity map of the devices and of the program's RAM in
 * 4 KiB pages, a PMP entry that lets S-mode reach memory, and the switch
 * from M-mode (where crt0.S leaves us, untranslated) to S-mode.
 */
#ifndef SV39_H
#define SV39_H

#include <stdint.h>

#define PAGE_SIZE 4096ul

/*
 * Builds the page table: the first GiB (UART, test finisher, CLINT) as one
 * read-write gigapage, and RAM from 0x8000_0000 up to the end of the
 * program's stack as 4 KiB read-write-execute pages, all identity-mapped
 * and with A and D already set (so no access faults or updates them).
 * Returns 0, or -1 if the program is too big for the tables.
 */
int sv39_map_identity(void);

/*
 * Turns on translation and continues in S-mode at `fn`, on the same stack
 * (identity-mapped, so the stack pointer stays valid). Sets a PMP entry for
 * all memory (without one S-mode may touch nothing), lets S-mode read the
 * counters (mcounteren), writes satp and fences. Traps are not delegated:
 * any fault lands in crt0.S's M-mode handler, which prints it and fails.
 */
__attribute__((noreturn)) void sv39_enter_supervisor(void (*fn)(void));

#endif
