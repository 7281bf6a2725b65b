/* Reset entry: set up gp, tp and sp, clear .bss, run constructors, call main, exit with its result. */
    .section .text.init, "ax"
    .globl _start
_start:
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    la      tp, __tls_base
    la      sp, __stack_top
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sw      zero, 0(t0)
    addi    t0, t0, 4
    j       1b
2:  call    __libc_init_array
    li      a0, 0
    li      a1, 0
    call    main
    call    exit
3:  wfi
    j       3b
