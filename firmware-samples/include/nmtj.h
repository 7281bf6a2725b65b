/* Helpers for NeuroMTJ firmware: CSR access and interrupt control. */
#ifndef NMTJ_H
#define NMTJ_H

#include <stdint.h>
#include "neuromtj_regs.h"

#define NMTJ_STR(x) #x
#define csr_read(csr) ({ uint32_t v_; __asm__ volatile("csrr %0, " NMTJ_STR(csr) : "=r"(v_)); v_; })
#define csr_write(csr, val) __asm__ volatile("csrw " NMTJ_STR(csr) ", %0" ::"rK"((uint32_t)(val)))
#define csr_set(csr, val) __asm__ volatile("csrs " NMTJ_STR(csr) ", %0" ::"rK"((uint32_t)(val)))
#define csr_clear(csr, val) __asm__ volatile("csrc " NMTJ_STR(csr) ", %0" ::"rK"((uint32_t)(val)))

/* xorshift32 (Marsaglia, 2003): reproducible random numbers from a nonzero seed, cheap on an RV32 core. */
static inline uint32_t nmtj_xorshift32(uint32_t *state)
{
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *state = x;
}

#define MSTATUS_MIE (1u << 3)
#define MIE_MSIE (1u << 3)
#define MIE_MTIE (1u << 7)
#define MIE_MEIE (1u << 11)
#define MCAUSE_INTERRUPT 0x80000000u

/*
 * Sleeps in wfi until `cond` holds, for a condition an interrupt handler makes true. Interrupts are
 * masked while the condition is tested, so a handler that runs between the test and the wfi cannot be
 * missed: wfi still wakes on the pending interrupt, which is then taken when they are unmasked.
 */
#define NMTJ_WAIT_FOR(cond)                          \
    do {                                             \
        csr_clear(mstatus, MSTATUS_MIE);             \
        while (!(cond)) {                            \
            __asm__ volatile("wfi");                 \
            csr_set(mstatus, MSTATUS_MIE);           \
            csr_clear(mstatus, MSTATUS_MIE);         \
        }                                            \
        csr_set(mstatus, MSTATUS_MIE);               \
    } while (0)

/* Reads the 64-bit CLINT time base without tearing between its halves. */
static inline uint64_t nmtj_mtime(void)
{
    uint32_t hi, lo;
    do {
        hi = NMTJ_CLINT_MTIME_HI;
        lo = NMTJ_CLINT_MTIME_LO;
    } while (hi != NMTJ_CLINT_MTIME_HI);
    return ((uint64_t)hi << 32) | lo;
}

/* Sets the timer compare without a spurious interrupt between writing its halves. */
static inline void nmtj_set_mtimecmp(uint64_t when)
{
    NMTJ_CLINT_MTIMECMP_HI = 0xFFFFFFFFu;
    NMTJ_CLINT_MTIMECMP_LO = (uint32_t)when;
    NMTJ_CLINT_MTIMECMP_HI = (uint32_t)(when >> 32);
}

#endif
