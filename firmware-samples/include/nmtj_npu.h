/*
 * The NPU hardware abstraction layer: tiles, weights, routes, spikes, timesteps, DMA and interrupts,
 * written over the registers generated from the register description (neuromtj_regs.h). Every function
 * is a thin, documented sequence of register accesses; nothing here keeps state of its own.
 */
#ifndef NMTJ_NPU_H
#define NMTJ_NPU_H

#include <stdint.h>
#include "nmtj.h"

/* Route mask bits of nmtj_route_add. */
#define NMTJ_ROUTE_LOCAL NMTJ_NPU_ROUTE_PORTS_LOCAL_MASK
#define NMTJ_ROUTE_NORTH NMTJ_NPU_ROUTE_PORTS_NORTH_MASK
#define NMTJ_ROUTE_EAST NMTJ_NPU_ROUTE_PORTS_EAST_MASK
#define NMTJ_ROUTE_SOUTH NMTJ_NPU_ROUTE_PORTS_SOUTH_MASK
#define NMTJ_ROUTE_WEST NMTJ_NPU_ROUTE_PORTS_WEST_MASK

/* The routing key of a neuron's spikes. */
#define NMTJ_KEY(tile, neuron) (((uint32_t)(tile) << 16) | (uint32_t)(neuron))

/* A DMA descriptor, 16-byte aligned in RAM; the engine writes `done` when it finishes the descriptor. */
struct nmtj_dma_desc {
    const struct nmtj_dma_desc *next; /* 0 ends the chain */
    uint32_t *buffer;                 /* spike words, IN_SPIKE or OUT_SPIKE format */
    uint32_t control;                 /* word count | direction << 31 */
    volatile uint32_t done;           /* words moved */
} __attribute__((aligned(16)));

/* What the NPU counted since reset. */
struct nmtj_npu_counters {
    uint32_t timesteps, spikes_in, spikes_fired, spikes_out, router_hops, router_stalls, spikes_unmapped;
};

static inline unsigned nmtj_npu_tiles(void)
{
    uint32_t mesh = NMTJ_NPU_MESH;
    return (mesh & NMTJ_NPU_MESH_WIDTH_MASK) * ((mesh & NMTJ_NPU_MESH_HEIGHT_MASK) >> NMTJ_NPU_MESH_HEIGHT_LSB);
}

/* Addresses `tile` through the NPU_TILE register block. */
static inline void nmtj_tile_select(unsigned tile)
{
    NMTJ_NPU_TILE_SELECT = tile;
}

/* Sets the write driver's pulse and verify policy of the selected tile. */
static inline void nmtj_tile_write_policy(unsigned millivolts, unsigned picoseconds, int verify, unsigned retries)
{
    NMTJ_NPU_TILE_PULSE_MV = millivolts;
    NMTJ_NPU_TILE_PULSE_PS = picoseconds;
    NMTJ_NPU_TILE_MAX_RETRIES = retries;
    NMTJ_NPU_TILE_CTRL = verify ? NMTJ_NPU_TILE_CTRL_VERIFY_MASK : 0;
}

/*
 * Programs one cell of `tile` to `level` (write-verify when the policy says so).
 * Returns 0, or -1 when the cell failed to reach its level.
 */
static inline int nmtj_weight_write(unsigned tile, unsigned row, unsigned column, unsigned level)
{
    nmtj_tile_select(tile);
    uint32_t fails = NMTJ_NPU_TILE_WRITE_FAILS;
    NMTJ_NPU_TILE_WEIGHT(row * NMTJ_NPU_TILE_COLUMNS + column) = (uint8_t)level;
    return NMTJ_NPU_TILE_WRITE_FAILS == fails ? 0 : -1;
}

/* Reads one cell's level through the sense path. */
static inline unsigned nmtj_weight_read(unsigned tile, unsigned row, unsigned column)
{
    nmtj_tile_select(tile);
    return NMTJ_NPU_TILE_WEIGHT(row * NMTJ_NPU_TILE_COLUMNS + column);
}

/* Runs the TDC calibration of `tile`; returns 0 when every count is resolved. */
static inline int nmtj_tile_calibrate(unsigned tile)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_CMD = NMTJ_NPU_TILE_CMD_CALIBRATE_MASK;
    return (NMTJ_NPU_TILE_STATUS & NMTJ_NPU_TILE_STATUS_CALIBRATED_MASK) ? 0 : -1;
}

/*
 * Sets the learning rule of `tile`: mode NMTJ_NPU_TILE_LEARN_*, the causal (dt >= 0) and acausal (dt < 0)
 * rules NMTJ_NPU_TILE_RULE_*, the pairing window in timesteps, the pulse amplitude at dt = 0 and its
 * fall per timestep of |dt| in millivolts, and the plastic rows [first_row, first_row + rows).
 */
static inline void nmtj_learning_set(unsigned tile, unsigned mode, unsigned causal, unsigned acausal, unsigned window,
                                     unsigned amplitude_mv, unsigned decay_mv, unsigned first_row, unsigned rows)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_LEARN_PULSE = amplitude_mv | (decay_mv << NMTJ_NPU_TILE_LEARN_PULSE_DECAY_MV_LSB);
    NMTJ_NPU_TILE_LEARN_ROWS = first_row | (rows << NMTJ_NPU_TILE_LEARN_ROWS_COUNT_LSB);
    NMTJ_NPU_TILE_LEARN_CTRL = mode | (causal << NMTJ_NPU_TILE_LEARN_CTRL_CAUSAL_LSB)
                               | (acausal << NMTJ_NPU_TILE_LEARN_CTRL_ACAUSAL_LSB)
                               | (window << NMTJ_NPU_TILE_LEARN_CTRL_WINDOW_LSB);
}

/*
 * Sets the amplitude of `tile`'s learning pulses toward antiparallel where they pass through the junction
 * (Oja's depressing phase, a differential synapse's partner junction; 0: the learning pulse's amplitude).
 */
static inline void nmtj_learning_depress(unsigned tile, unsigned millivolts)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_LEARN_DEPRESS = millivolts;
}

/* Sets the neuron-selection mask pulse of `tile` (0 mV turns the mask off), drawn anew every timestep. */
static inline void nmtj_mask_set(unsigned tile, unsigned millivolts)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_MASK_MV = millivolts;
}

/*
 * Draws `tile`'s neuron-selection mask once with a pulse of `millivolts` and holds it: the neurons it
 * selects out stay silent every timestep until the mask is written again.
 */
static inline void nmtj_mask_hold(unsigned tile, unsigned millivolts)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_MASK_MV = millivolts | NMTJ_NPU_TILE_MASK_MV_HOLD_MASK;
}

/* Sets the firing threshold of `tile`'s CMOS LIF neurons. */
static inline void nmtj_tile_threshold(unsigned tile, unsigned threshold)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_THRESHOLD = threshold;
}

/* Returns every neuron of `tile` to its reset state (membranes and refractory counters cleared). */
static inline void nmtj_tile_reset_neurons(unsigned tile)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_CMD = NMTJ_NPU_TILE_CMD_RESET_NEURONS_MASK;
}

/* Stages entry `index` of router `tile`'s table; nmtj_route_commit puts staged tables in force. */
static inline void nmtj_route_add(unsigned tile, unsigned index, uint32_t key, uint32_t mask, uint32_t ports)
{
    NMTJ_NPU_ROUTE_TILE = tile;
    NMTJ_NPU_ROUTE_INDEX = index;
    NMTJ_NPU_ROUTE_KEY = key;
    NMTJ_NPU_ROUTE_MASK = mask;
    NMTJ_NPU_ROUTE_PORTS = ports;
}

/* Validates and installs every staged table; returns 0, or -1 with the refused router in *tile. */
static inline int nmtj_route_commit(unsigned *tile)
{
    NMTJ_NPU_ERROR_CLEAR = 1;
    NMTJ_NPU_ROUTE_CMD = NMTJ_NPU_ROUTE_CMD_COMMIT_MASK;
    if (NMTJ_NPU_STATUS & NMTJ_NPU_STATUS_ROUTE_ERROR_MASK) {
        if (tile) {
            *tile = NMTJ_NPU_ROUTE_ERROR_TILE;
        }
        return -1;
    }
    return 0;
}

/*
 * Maps packets whose key matches `key` under `mask` to rows of `tile`: source neuron n = key & ~mask drives
 * the `fanout` rows from first_row + n * fanout on.
 */
static inline void nmtj_map_set(unsigned tile, unsigned index, uint32_t key, uint32_t mask, unsigned first_row,
                                unsigned fanout)
{
    NMTJ_NPU_MAP_TILE = tile;
    NMTJ_NPU_MAP_INDEX = index;
    NMTJ_NPU_MAP_KEY = key;
    NMTJ_NPU_MAP_MASK = mask;
    NMTJ_NPU_MAP_FANOUT = fanout;
    NMTJ_NPU_MAP_ROW = first_row;
}

/* Chooses whether a neuron's spikes reach the output FIFO. */
static inline void nmtj_output_enable(unsigned tile, unsigned neuron, int on)
{
    NMTJ_NPU_OUTPUT_ENABLE = (tile << NMTJ_NPU_OUTPUT_ENABLE_TILE_LSB) | neuron | (on ? NMTJ_NPU_OUTPUT_ENABLE_ENABLE_MASK : 0);
}

/* Queues a spike for `row` of `tile` in the next timestep; returns -1 if the input FIFO refused it. */
static inline int nmtj_spike_send(unsigned tile, unsigned row)
{
    NMTJ_NPU_IN_SPIKE = (tile << NMTJ_NPU_IN_SPIKE_TILE_LSB) | row;
    return (NMTJ_NPU_STATUS & NMTJ_NPU_STATUS_INPUT_OVERFLOW_MASK) ? -1 : 0;
}

/* Takes the oldest output spike; returns 1 and fills the arguments, or 0 if there is none. */
static inline int nmtj_spike_receive(unsigned *tile, unsigned *neuron, unsigned *timestep)
{
    uint32_t s = NMTJ_NPU_OUT_SPIKE;
    if (!(s & NMTJ_NPU_OUT_SPIKE_VALID_MASK)) {
        return 0;
    }
    *tile = (s & NMTJ_NPU_OUT_SPIKE_TILE_MASK) >> NMTJ_NPU_OUT_SPIKE_TILE_LSB;
    *neuron = s & NMTJ_NPU_OUT_SPIKE_NEURON_MASK;
    *timestep = NMTJ_NPU_OUT_TIMESTEP;
    return 1;
}

/* Starts `n` more timesteps. */
static inline void nmtj_run(unsigned n)
{
    NMTJ_NPU_RUN = n;
}

/* Polls until no timestep runs or remains. */
static inline void nmtj_run_wait(void)
{
    while (NMTJ_NPU_STATUS & NMTJ_NPU_STATUS_BUSY_MASK) {
    }
}

/* Fills a DMA descriptor. */
static inline void nmtj_dma_describe(struct nmtj_dma_desc *d, const struct nmtj_dma_desc *next, uint32_t *buffer,
                                     uint32_t words, uint32_t direction)
{
    d->next = next;
    d->buffer = buffer;
    d->control = words | (direction << 31);
    d->done = 0;
}

/* Starts a descriptor chain; returns -1 if a descriptor pointed outside RAM. */
static inline int nmtj_dma_start(const struct nmtj_dma_desc *first)
{
    /* The descriptors and buffers are plain memory: they must reach RAM before the engine reads them. */
    __asm__ volatile("fence rw, rw" ::: "memory");
    NMTJ_NPU_DMA_DESC = (uint32_t)first;
    NMTJ_NPU_DMA_CTRL = NMTJ_NPU_DMA_CTRL_START_MASK;
    return (NMTJ_NPU_DMA_STATUS & NMTJ_NPU_DMA_STATUS_ERROR_MASK) ? -1 : 0;
}

/* Polls until the DMA engine is idle. */
static inline void nmtj_dma_wait(void)
{
    while (NMTJ_NPU_DMA_STATUS & NMTJ_NPU_DMA_STATUS_BUSY_MASK) {
    }
    /* What the engine wrote to RAM must be read afresh, not from registers. */
    __asm__ volatile("fence rw, rw" ::: "memory");
}

/* Routes the NPU's interrupt causes in `causes` (IRQ_PENDING bits) to the core through the PLIC. */
static inline void nmtj_npu_irq_enable(uint32_t causes)
{
    NMTJ_PLIC_PRIORITY(NMTJ_IRQ_NPU) = 1;
    NMTJ_PLIC_THRESHOLD = 0;
    NMTJ_PLIC_ENABLE |= 1u << NMTJ_IRQ_NPU;
    NMTJ_NPU_IRQ_ENABLE = causes;
    csr_set(mie, MIE_MEIE);
}

/* Reads how many times `tile` performed ledger action `action` (NMTJ_NPU_TILE_ACTION_*) since reset. */
static inline uint64_t nmtj_ledger_count(unsigned tile, unsigned action)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_LEDGER_ACTION = action;
    uint32_t lo = NMTJ_NPU_TILE_LEDGER_COUNT_LO;
    return ((uint64_t)NMTJ_NPU_TILE_LEDGER_COUNT_HI << 32) | lo;
}

/* Reads the NPU's counters. */
static inline void nmtj_npu_counters(struct nmtj_npu_counters *c)
{
    c->timesteps = NMTJ_NPU_TIMESTEPS_DONE;
    c->spikes_in = NMTJ_NPU_SPIKES_IN;
    c->spikes_fired = NMTJ_NPU_SPIKES_FIRED;
    c->spikes_out = NMTJ_NPU_SPIKES_OUT;
    c->router_hops = NMTJ_NPU_ROUTER_HOPS;
    c->router_stalls = NMTJ_NPU_ROUTER_STALLS;
    c->spikes_unmapped = NMTJ_NPU_SPIKES_UNMAPPED;
}

#endif
