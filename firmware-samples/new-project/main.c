/*
 * @NAME@: a NeuroMTJ firmware project. It prints on the UART, counts three timer interrupts while the core
 * sleeps, then programs one synapse of tile 0, sends one spike through it and runs one NPU timestep, and
 * prints what fired and what the tile did. Build with `make` (or CMake), run with
 * `./neuromtj run build/@NAME@.elf` from the NeuroMTJ checkout.
 */
#include <stdio.h>
#include "nmtj.h"
#include "nmtj_npu.h"

#define TICKS 3
#define PERIOD 1000 /* mtime units: 100 us at 10 MHz */

static volatile unsigned ticks;

static void __attribute__((interrupt("machine"), aligned(4))) on_trap(void)
{
    if (csr_read(mcause) == (MCAUSE_INTERRUPT | 7) && ++ticks < TICKS) {
        nmtj_set_mtimecmp(nmtj_mtime() + PERIOD);
    } else {
        csr_clear(mie, MIE_MTIE);
    }
}

int main(void)
{
    printf("@NAME@: hello from the control core\n");

    csr_write(mtvec, (uint32_t)&on_trap);
    nmtj_set_mtimecmp(nmtj_mtime() + PERIOD);
    csr_set(mie, MIE_MTIE);
    NMTJ_WAIT_FOR(ticks == TICKS);
    printf("@NAME@: %u timer interrupts\n", ticks);

    /* Neuron 0 of tile 0 reads rows through its positive column 0: one cell, one spike on row 0. */
    if (nmtj_weight_write(0, 0, 0, 1) != 0) {
        printf("@NAME@: the cell did not take its level\n");
        return 1;
    }
    nmtj_tile_threshold(0, 1);
    nmtj_output_enable(0, 0, 1);
    nmtj_spike_send(0, 0);
    uint32_t start = csr_read(mcycle);
    nmtj_run(1);
    nmtj_run_wait();
    uint32_t cycles = csr_read(mcycle) - start;

    unsigned tile, neuron, timestep;
    int fired = 0;
    while (nmtj_spike_receive(&tile, &neuron, &timestep)) {
        printf("@NAME@: tile %u neuron %u fired in timestep %u\n", tile, neuron, timestep);
        fired++;
    }
    printf("@NAME@: one timestep took %lu core cycles; cell reads %lu\n", (unsigned long)cycles,
           (unsigned long)nmtj_ledger_count(0, NMTJ_NPU_TILE_ACTION_CELL_READ));
    return fired == 1 ? 0 : 1;
}
