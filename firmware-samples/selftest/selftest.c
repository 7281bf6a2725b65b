/* Checks the control core against the RISC-V specification: M-extension corner cases, every exception
   this core can raise, CSR behaviour and a vectored software interrupt. Prints one line per check and
   exits with the number of failures. */
#include <stdio.h>
#include <stdlib.h>
#include "nmtj.h"

#define UNMAPPED 0x28000000u /* no device here, on NeuroMTJ or on QEMU virt */

struct frame {
    uint32_t x[32];
};

static volatile uint32_t last_cause;
static volatile uint32_t last_tval;
static volatile uint32_t last_epc;
static volatile uint32_t last_mpp;
static volatile uint32_t traps;
volatile uint32_t msi_vectored;
static int failures;

extern void trap_entry(void);
extern void trap_vectors(void);

void handle_trap(struct frame *f)
{
    uint32_t cause = csr_read(mcause);
    traps++;
    last_cause = cause;
    last_tval = csr_read(mtval);
    last_epc = csr_read(mepc);
    last_mpp = (csr_read(mstatus) >> 11) & 3;
    if (cause == (MCAUSE_INTERRUPT | 3)) {
        NMTJ_CLINT_MSIP = 0;
        return;
    }
    if (cause == 1) {
        csr_write(mepc, f->x[1]); /* fetch fault from a call: resume at the return address */
        return;
    }
    if (cause == 11) {
        f->x[10] = f->x[10] * 2 + f->x[17]; /* a0 = 2 * a0 + a7, a tiny "system call" */
    }
    csr_write(mepc, last_epc + 4);
}

static void check(const char *name, uint32_t got, uint32_t want)
{
    printf("%-28s 0x%08lx %s\n", name, (unsigned long)got, got == want ? "ok" : "FAIL");
    if (got != want) {
        printf("    expected 0x%08lx\n", (unsigned long)want);
        failures++;
    }
}

#define OP(insn, a, b) ({ uint32_t r_; __asm__ volatile(insn " %0, %1, %2" : "=r"(r_) : "r"(a), "r"(b)); r_; })

static void m_extension(void)
{
    volatile uint32_t min = 0x80000000u, minus1 = 0xFFFFFFFFu, zero = 0, seven = 7, big = 0xFFFFFFFEu;
    check("div by zero", OP("div", seven, zero), 0xFFFFFFFFu);
    check("divu by zero", OP("divu", seven, zero), 0xFFFFFFFFu);
    check("rem by zero", OP("rem", seven, zero), 7);
    check("remu by zero", OP("remu", seven, zero), 7);
    check("div overflow", OP("div", min, minus1), 0x80000000u);
    check("rem overflow", OP("rem", min, minus1), 0);
    check("div -7/2", OP("div", (uint32_t)-7, 2u), (uint32_t)-3);
    check("rem -7%2", OP("rem", (uint32_t)-7, 2u), (uint32_t)-1);
    check("divu big/7", OP("divu", big, seven), 0x24924924u);
    check("mul", OP("mul", big, big), 4);
    check("mulh min*min", OP("mulh", min, min), 0x40000000u);
    check("mulh -1*-1", OP("mulh", minus1, minus1), 0);
    check("mulhu max*max", OP("mulhu", minus1, minus1), 0xFFFFFFFEu);
    check("mulhsu -1*max", OP("mulhsu", minus1, minus1), 0xFFFFFFFFu);
    check("mulhsu min*2", OP("mulhsu", min, 2u), 0xFFFFFFFFu);
}

static void expect_trap(const char *name, uint32_t cause)
{
    check(name, last_cause, cause);
}

/* The specification lets an implementation either trap on a misaligned load or store (cause 4 or 6,
   mtval the address, memory untouched) or perform it. NeuroMTJ traps; QEMU performs it. Either way the
   result must be exactly one of the two. */
static void misaligned_data(uintptr_t base)
{
    volatile uint32_t *word = (volatile uint32_t *)base;
    uint32_t value = 0, before = traps;
    __asm__ volatile("lw %0, 0(%1)" : "=r"(value) : "r"(base + 1));
    int trapped = traps != before;
    check("misaligned lw conforms", trapped ? last_cause == 4 && last_tval == base + 1 : value == 0x88112233u, 1);
    before = traps;
    __asm__ volatile("lh %0, 0(%1)" : "=r"(value) : "r"(base + 3));
    trapped = traps != before;
    check("misaligned lh conforms", trapped ? last_cause == 4 && last_tval == base + 3 : value == 0xFFFF8811u, 1);
    before = traps;
    __asm__ volatile("sw %0, 0(%1)" ::"r"(0xA1B2C3D4u), "r"(base + 2) : "memory");
    trapped = traps != before;
    check("misaligned sw conforms", trapped ? last_cause == 6 && word[0] == 0x11223344u
                                            : word[0] == 0xC3D43344u && word[1] == 0x5566A1B2u, 1);
}

/* Without compressed instructions a jump to a 2-byte-aligned target traps on the jump itself. */
static void misaligned_fetch(void)
{
    uint32_t target, at;
    __asm__ volatile("la %0, 1f\n"
                     "addi %0, %0, 2\n"
                     "2: jr %0\n"
                     "nop\n"
                     "1: nop\n"
                     "nop\n"
                     "la %1, 2b"
                     : "=&r"(target), "=r"(at));
    expect_trap("misaligned jump target", 0);
    check("  mtval is the target", last_tval, target);
    check("  mepc is the jump", last_epc, at);
}

static void exceptions(void)
{
    static volatile uint32_t word[2] = {0x11223344u, 0x55667788u};
    uintptr_t base = (uintptr_t)word;
    uint32_t value;

    __asm__ volatile(".word 0x00000000");
    expect_trap("illegal instruction", 2);
    __asm__ volatile("csrr %0, 0x7c0" : "=r"(value));
    expect_trap("unimplemented csr", 2);
    __asm__ volatile("csrw mvendorid, zero");
    expect_trap("write read-only csr", 2);
    __asm__ volatile("ebreak");
    expect_trap("ebreak", 3);

    misaligned_data(base);
    misaligned_fetch();
    __asm__ volatile("lw %0, 0(%1)" : "=r"(value) : "r"(UNMAPPED));
    expect_trap("load access fault", 5);
    check("  mtval", last_tval, UNMAPPED);
    __asm__ volatile("sw %0, 0(%1)" ::"r"(0), "r"(UNMAPPED) : "memory");
    expect_trap("store access fault", 7);
    ((void (*)(void))UNMAPPED)();
    expect_trap("fetch access fault", 1);
    check("  mepc", last_epc, UNMAPPED);

    register uint32_t a0 __asm__("a0") = 20;
    register uint32_t a7 __asm__("a7") = 2;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a7));
    uint32_t result = a0;
    expect_trap("ecall", 11);
    check("  handler result", result, 42);
    check("  mstatus.MPP", last_mpp, 3);
    check("  MIE restored off", csr_read(mstatus) & MSTATUS_MIE, 0);
}

static void csrs(void)
{
    csr_write(mscratch, 0xCAFEF00Du);
    check("mscratch", csr_read(mscratch), 0xCAFEF00Du);
    check("mhartid", csr_read(mhartid), 0);
    uint32_t c0 = csr_read(mcycle), i0 = csr_read(minstret);
    for (volatile int i = 0; i < 100; i++) {
    }
    check("mcycle advances", csr_read(mcycle) - c0 > 100, 1);
    check("minstret advances", csr_read(minstret) - i0 > 100, 1);
    check("misa says RV32 with I, M", csr_read(misa) & 0xC0001100u, 0x40001100u);
}

static void vectored_interrupt(void)
{
    uint32_t before = traps;
    csr_write(mtvec, (uint32_t)&trap_vectors | 1);
    csr_set(mie, MIE_MSIE);
    NMTJ_CLINT_MSIP = 1;
    csr_set(mstatus, MSTATUS_MIE);
    for (volatile int i = 0; i < 10 && traps == before; i++) {
    }
    csr_clear(mstatus, MSTATUS_MIE);
    csr_write(mtvec, (uint32_t)&trap_entry);
    check("software interrupt", last_cause, MCAUSE_INTERRUPT | 3);
    check("  through vector 3", msi_vectored, 1);
    check("  msip cleared", NMTJ_CLINT_MSIP, 0);
}

int main(void)
{
    csr_write(mtvec, (uint32_t)&trap_entry);
    m_extension();
    exceptions();
    csrs();
    vectored_interrupt();
    printf("selftest: %d failure%s\n", failures, failures == 1 ? "" : "s");
    return failures;
}
