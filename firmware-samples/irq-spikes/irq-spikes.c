/*
 * Interrupt-driven spike I/O with DMA. Tile 0's neurons 0-7 each see rows 0-7 with weight 1 and fire
 * when all eight are driven; their spikes are multicast east to tile 1, whose input map turns them back
 * into rows 0-7, where neuron 0 fires and reports to the core. The input spikes arrive by DMA; the
 * output spike is taken in the NPU interrupt handler; a second DMA descriptor with too many words for
 * RAM must be refused with a DMA error.
 */
#include <stdio.h>
#include "nmtj_npu.h"

#define SOURCE_MASK 0xFFFFFFF8u /* neurons 0-7 of a tile */

static volatile unsigned outputs, out_tile, out_neuron, out_timestep, run_done, errors, dma_done;

static void __attribute__((interrupt("machine"), aligned(4))) on_trap(void)
{
    uint32_t cause = csr_read(mcause);
    if (cause != (MCAUSE_INTERRUPT | 11)) {
        errors |= 0x100;
        csr_clear(mie, MIE_MEIE);
        return;
    }
    uint32_t source = NMTJ_PLIC_CLAIM;
    uint32_t pending = NMTJ_NPU_IRQ_PENDING;
    unsigned t, n, ts;
    while (nmtj_spike_receive(&t, &n, &ts)) {
        outputs++;
        out_tile = t;
        out_neuron = n;
        out_timestep = ts;
    }
    if (pending & NMTJ_NPU_IRQ_PENDING_RUN_DONE_MASK) {
        run_done = 1;
    }
    if (pending & NMTJ_NPU_IRQ_PENDING_DMA_DONE_MASK) {
        dma_done++;
    }
    if (pending & NMTJ_NPU_IRQ_PENDING_ERROR_MASK) {
        errors |= NMTJ_NPU_STATUS;
    }
    NMTJ_NPU_IRQ_PENDING = pending;
    NMTJ_PLIC_CLAIM = source;
}

static uint32_t spikes[8];
static struct nmtj_dma_desc to_npu, too_big;

int main(void)
{
    csr_write(mtvec, (uint32_t)&on_trap);
    int failed = 0;
    for (unsigned tile = 0; tile < 2; tile++) {
        nmtj_tile_select(tile);
        nmtj_tile_write_policy(1000, 750, 1, 32);
    }
    for (unsigned row = 0; row < 8; row++) {
        for (unsigned neuron = 0; neuron < 8; neuron++) {
            failed |= nmtj_weight_write(0, row, 2 * neuron, 1);
        }
        failed |= nmtj_weight_write(1, row, 0, 1);
    }
    nmtj_route_add(0, 0, NMTJ_KEY(0, 0), SOURCE_MASK, NMTJ_ROUTE_EAST);
    nmtj_route_add(1, 0, NMTJ_KEY(0, 0), SOURCE_MASK, NMTJ_ROUTE_LOCAL);
    unsigned bad_tile;
    failed |= nmtj_route_commit(&bad_tile);
    nmtj_map_set(1, 0, NMTJ_KEY(0, 0), SOURCE_MASK, 0, 1);
    nmtj_output_enable(1, 0, 1);

    nmtj_npu_irq_enable(NMTJ_NPU_IRQ_PENDING_OUTPUT_READY_MASK | NMTJ_NPU_IRQ_PENDING_RUN_DONE_MASK
                        | NMTJ_NPU_IRQ_PENDING_ERROR_MASK | NMTJ_NPU_IRQ_PENDING_DMA_DONE_MASK);
    csr_set(mstatus, MSTATUS_MIE);

    for (unsigned row = 0; row < 8; row++) {
        spikes[row] = (0u << NMTJ_NPU_IN_SPIKE_TILE_LSB) | row;
    }
    nmtj_dma_describe(&to_npu, 0, spikes, 8, NMTJ_NPU_DMA_TO_NPU);
    failed |= nmtj_dma_start(&to_npu);
    NMTJ_WAIT_FOR(dma_done);
    nmtj_run(3);
    NMTJ_WAIT_FOR(run_done);
    printf("dma: %lu spike words in; run: %u output spike(s), last tile %u neuron %u timestep %u\n",
           (unsigned long)to_npu.done, outputs, out_tile, out_neuron, out_timestep);

    /* A buffer running past the end of RAM: the engine must refuse it and raise the error interrupt. */
    nmtj_dma_describe(&too_big, 0, spikes, 0x01000000u, NMTJ_NPU_DMA_TO_NPU);
    int refused = nmtj_dma_start(&too_big) != 0;
    NMTJ_WAIT_FOR(dma_done >= 2);
    printf("oversized descriptor: %s, error interrupt: %s\n", refused ? "refused" : "ACCEPTED",
           (errors & NMTJ_NPU_STATUS_DMA_ERROR_MASK) ? "yes" : "no");

    struct nmtj_npu_counters c;
    nmtj_npu_counters(&c);
    printf("counters: %lu timesteps, %lu rows driven, %lu fired, %lu out, %lu hops, %lu stalls, %lu unmapped\n",
           (unsigned long)c.timesteps, (unsigned long)c.spikes_in, (unsigned long)c.spikes_fired,
           (unsigned long)c.spikes_out, (unsigned long)c.router_hops, (unsigned long)c.router_stalls,
           (unsigned long)c.spikes_unmapped);
    uint64_t cell_reads = nmtj_ledger_count(0, NMTJ_NPU_TILE_ACTION_CELL_READ);
    uint64_t sot_pulses = nmtj_ledger_count(0, NMTJ_NPU_TILE_ACTION_SOT_PULSE);
    printf("tile 0 ledger: %lu cell reads, %lu SOT pulses\n", (unsigned long)cell_reads, (unsigned long)sot_pulses);
    int ok = cell_reads == 8 * 64 && sot_pulses >= 64 && !failed && to_npu.done == 8 && outputs == 1 && out_tile == 1 && out_neuron == 0 && out_timestep == 1
             && refused && (errors & NMTJ_NPU_STATUS_DMA_ERROR_MASK) && !(errors & 0x100) && c.spikes_fired == 9 && c.spikes_unmapped == 0;
    printf("%s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
