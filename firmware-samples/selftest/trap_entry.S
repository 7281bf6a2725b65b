/* Trap entry saving all registers in a frame the C handler may inspect and change, and a vector table
   whose software-interrupt slot records that it was reached through vectoring. */
    .section .text.trap, "ax"
    .globl trap_entry
    .align 4
trap_entry:
    addi    sp, sp, -128
    sw      x1, 4(sp)
    sw      x3, 12(sp)
    sw      x4, 16(sp)
    sw      x5, 20(sp)
    sw      x6, 24(sp)
    sw      x7, 28(sp)
    sw      x8, 32(sp)
    sw      x9, 36(sp)
    sw      x10, 40(sp)
    sw      x11, 44(sp)
    sw      x12, 48(sp)
    sw      x13, 52(sp)
    sw      x14, 56(sp)
    sw      x15, 60(sp)
    sw      x16, 64(sp)
    sw      x17, 68(sp)
    sw      x18, 72(sp)
    sw      x19, 76(sp)
    sw      x20, 80(sp)
    sw      x21, 84(sp)
    sw      x22, 88(sp)
    sw      x23, 92(sp)
    sw      x24, 96(sp)
    sw      x25, 100(sp)
    sw      x26, 104(sp)
    sw      x27, 108(sp)
    sw      x28, 112(sp)
    sw      x29, 116(sp)
    sw      x30, 120(sp)
    sw      x31, 124(sp)
    addi    t0, sp, 128
    sw      t0, 8(sp)
    mv      a0, sp
    call    handle_trap
    lw      x1, 4(sp)
    lw      x3, 12(sp)
    lw      x4, 16(sp)
    lw      x5, 20(sp)
    lw      x6, 24(sp)
    lw      x7, 28(sp)
    lw      x8, 32(sp)
    lw      x9, 36(sp)
    lw      x10, 40(sp)
    lw      x11, 44(sp)
    lw      x12, 48(sp)
    lw      x13, 52(sp)
    lw      x14, 56(sp)
    lw      x15, 60(sp)
    lw      x16, 64(sp)
    lw      x17, 68(sp)
    lw      x18, 72(sp)
    lw      x19, 76(sp)
    lw      x20, 80(sp)
    lw      x21, 84(sp)
    lw      x22, 88(sp)
    lw      x23, 92(sp)
    lw      x24, 96(sp)
    lw      x25, 100(sp)
    lw      x26, 104(sp)
    lw      x27, 108(sp)
    lw      x28, 112(sp)
    lw      x29, 116(sp)
    lw      x30, 120(sp)
    lw      x31, 124(sp)
    addi    sp, sp, 128
    mret

    .globl trap_vectors
    .align 8
trap_vectors:
    j       trap_entry          /* 0: exceptions */
    j       trap_entry
    j       trap_entry
    j       vector_msi          /* 3: machine software interrupt */
    j       trap_entry
    j       trap_entry
    j       trap_entry
    j       trap_entry          /* 7: machine timer interrupt */
    j       trap_entry
    j       trap_entry
    j       trap_entry
    j       trap_entry          /* 11: machine external interrupt */

vector_msi:
    addi    sp, sp, -16
    sw      t0, 0(sp)
    sw      t1, 4(sp)
    la      t0, msi_vectored
    lw      t1, 0(t0)
    addi    t1, t1, 1
    sw      t1, 0(t0)
    lw      t0, 0(sp)
    lw      t1, 4(sp)
    addi    sp, sp, 16
    j       trap_entry
