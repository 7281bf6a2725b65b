/**
 * @file
 * Helpers for NeuroMTJ firmware: CSR access, interrupt control, the time base and the timer.
 */
#ifndef NMTJ_H
#define NMTJ_H

#include <stdint.h>
#include "neuromtj_regs.h"

/** Makes a string of its argument, unexpanded: a CSR's name for an instruction. */
#define NMTJ_STR(x) #x
/** Reads CSR @p csr (a name such as mcycle) with csrr; one instruction. */
#define csr_read(csr) ({ uint32_t v_; __asm__ volatile("csrr %0, " NMTJ_STR(csr) : "=r"(v_)); v_; })
/** Writes @p val to CSR @p csr with csrw. */
#define csr_write(csr, val) __asm__ volatile("csrw " NMTJ_STR(csr) ", %0" ::"rK"((uint32_t)(val)))
/** Sets the bits of @p val in CSR @p csr with csrs. */
#define csr_set(csr, val) __asm__ volatile("csrs " NMTJ_STR(csr) ", %0" ::"rK"((uint32_t)(val)))
/** Clears the bits of @p val in CSR @p csr with csrc. */
#define csr_clear(csr, val) __asm__ volatile("csrc " NMTJ_STR(csr) ", %0" ::"rK"((uint32_t)(val)))

/**
 * xorshift32 (Marsaglia, 2003): reproducible random numbers from a nonzero seed, cheap on an RV32 core.
 * @param state the generator's state, nonzero; advanced
 * @return the next number, which is also the new state
 */
static inline uint32_t nmtj_xorshift32(uint32_t *state)
{
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *state = x;
}

#define MSTATUS_MIE (1u << 3)        /**< mstatus: machine interrupts enabled. */
#define MIE_MSIE (1u << 3)           /**< mie: machine software interrupt (CLINT MSIP) enabled. */
#define MIE_MTIE (1u << 7)           /**< mie: machine timer interrupt (CLINT MTIMECMP) enabled. */
#define MIE_MEIE (1u << 11)          /**< mie: machine external interrupt (the PLIC: UART0, NPU) enabled. */
#define MCAUSE_INTERRUPT 0x80000000u /**< mcause: the trap is an interrupt; the low bits say which (7 the timer). */

/**
 * Sleeps in wfi until @p cond holds, for a condition an interrupt handler makes true. Interrupts are
 * masked while the condition is tested, so a handler that runs between the test and the wfi cannot be
 * missed: wfi still wakes on the pending interrupt, which is then taken when they are unmasked. Leaves
 * machine interrupts enabled (mstatus.MIE). The core sleeps, spending no instructions, until the interrupt.
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

/**
 * Reads the 64-bit CLINT time base without tearing between its halves.
 * @return mtime, counting at NMTJ_CLINT_TIMEBASE_HZ
 */
static inline uint64_t nmtj_mtime(void)
{
    uint32_t hi, lo;
    do {
        hi = NMTJ_CLINT_MTIME_HI;
        lo = NMTJ_CLINT_MTIME_LO;
    } while (hi != NMTJ_CLINT_MTIME_HI);
    return ((uint64_t)hi << 32) | lo;
}

/**
 * Sets the timer compare without a spurious interrupt between writing its halves.
 * @param when the mtime at which the machine timer interrupt becomes pending
 */
static inline void nmtj_set_mtimecmp(uint64_t when)
{
    NMTJ_CLINT_MTIMECMP_HI = 0xFFFFFFFFu;
    NMTJ_CLINT_MTIMECMP_LO = (uint32_t)when;
    NMTJ_CLINT_MTIMECMP_HI = (uint32_t)(when >> 32);
}

#endif
