# A minimal bare-metal RV64 program: the ELF loader's test fixture (tiny.elf).
# Rebuild:  riscv64-unknown-elf-as -march=rv64gc -o tiny.o tiny.S && \
#           riscv64-unknown-elf-ld -N --no-warn-rwx-segments -Ttext=0x80000000 -o tiny.elf tiny.o && rm tiny.o
# It writes 1 to `tohost` (HTIF "pass") and spins; `.bss` gives a segment
# whose memsz exceeds its filesz, so the loader's zero-fill is exercised.
        .text
        .globl _start
        .type _start, @function
_start: la t0, tohost
        li t1, 1
        sd t1, 0(t0)
1:      j 1b
        .size _start, . - _start

        .data
        .balign 8
        .globl tohost, fromhost
        .type tohost, @object
tohost: .dword 0
        .size tohost, 8
        .type fromhost, @object
fromhost: .dword 0
        .size fromhost, 8
        .type message, @object
message: .ascii "rvlab"
        .size message, 5

        .bss
        .balign 8
        .type scratch, @object
scratch: .zero 64
        .size scratch, 64
