/* Counts CLINT timer interrupts in a machine-mode handler while the core sleeps in wfi between them. */
#include <stdio.h>
#include <stdlib.h>
#include "nmtj.h"

#define TICKS 10
#define PERIOD 1000 /* mtime ticks: 100 us at 10 MHz */

static volatile uint32_t ticks;
static volatile uint32_t unexpected;
static uint64_t next_deadline;

static void __attribute__((interrupt("machine"), aligned(4))) on_trap(void)
{
    uint32_t cause = csr_read(mcause);
    if (cause == (MCAUSE_INTERRUPT | 7)) {
        ticks++;
        if (ticks < TICKS) {
            next_deadline += PERIOD;
            nmtj_set_mtimecmp(next_deadline);
        } else {
            csr_clear(mie, MIE_MTIE);
        }
    } else {
        unexpected = cause;
        csr_clear(mie, MIE_MTIE);
    }
}

int main(void)
{
    csr_write(mtvec, (uint32_t)&on_trap);
    uint64_t start = nmtj_mtime();
    next_deadline = start + PERIOD;
    nmtj_set_mtimecmp(next_deadline);
    csr_set(mie, MIE_MTIE);
    csr_set(mstatus, MSTATUS_MIE);
    while (ticks < TICKS && !unexpected) {
        __asm__ volatile("wfi");
    }
    csr_clear(mstatus, MSTATUS_MIE);
    if (unexpected) {
        printf("unexpected trap, mcause 0x%08lx\n", (unsigned long)unexpected);
        return 1;
    }
    uint64_t elapsed = nmtj_mtime() - start;
    printf("timer-irq: %lu ticks of %d mtime units\n", (unsigned long)ticks, PERIOD);
    printf("elapsed at least %d units: %s\n", TICKS * PERIOD, elapsed >= TICKS * PERIOD ? "yes" : "no");
    return elapsed >= TICKS * PERIOD ? 0 : 2;
}
