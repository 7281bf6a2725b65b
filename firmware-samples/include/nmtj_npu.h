/**
 * @file
 * The NPU hardware abstraction layer: tiles, weights, routes, spikes, timesteps, DMA and interrupts,
 * written over the registers generated from the register description (neuromtj_regs.h). Every function
 * is a thin, documented sequence of register accesses; nothing here keeps state of its own. A register
 * access is one bus access of the core; the first access to a power-gated tile also waits for it to wake
 * (the technology file's tile_wake latency), once.
 */
#ifndef NMTJ_NPU_H
#define NMTJ_NPU_H

#include <stdint.h>
#include "nmtj.h"

#define NMTJ_ROUTE_LOCAL NMTJ_NPU_ROUTE_PORTS_LOCAL_MASK /**< nmtj_route_add port: the router's own tile. */
#define NMTJ_ROUTE_NORTH NMTJ_NPU_ROUTE_PORTS_NORTH_MASK /**< nmtj_route_add port: the tile above (y - 1). */
#define NMTJ_ROUTE_EAST NMTJ_NPU_ROUTE_PORTS_EAST_MASK   /**< nmtj_route_add port: the tile to the right (x + 1). */
#define NMTJ_ROUTE_SOUTH NMTJ_NPU_ROUTE_PORTS_SOUTH_MASK /**< nmtj_route_add port: the tile below (y + 1). */
#define NMTJ_ROUTE_WEST NMTJ_NPU_ROUTE_PORTS_WEST_MASK   /**< nmtj_route_add port: the tile to the left (x - 1). */

/** The routing key of the spikes of neuron @p neuron of tile @p tile. */
#define NMTJ_KEY(tile, neuron) (((uint32_t)(tile) << 16) | (uint32_t)(neuron))

/** A DMA descriptor, 16-byte aligned in RAM; the engine writes `done` when it finishes the descriptor. */
struct nmtj_dma_desc {
    const struct nmtj_dma_desc *next; /**< The next descriptor of the chain; 0 ends it. */
    uint32_t *buffer;                 /**< Spike words, in IN_SPIKE (to the NPU) or OUT_SPIKE (from it) format. */
    uint32_t control;                 /**< Word count, with the direction (NMTJ_NPU_DMA_TO_NPU or _FROM_NPU) in bit 31. */
    volatile uint32_t done;           /**< Words moved, written by the engine. */
} __attribute__((aligned(16)));

/** What the NPU counted since reset (nmtj_npu_counters()). */
struct nmtj_npu_counters {
    uint32_t timesteps;       /**< Timesteps completed (TIMESTEPS_DONE). */
    uint32_t spikes_in;       /**< Rows driven, over all tiles (SPIKES_IN). */
    uint32_t spikes_fired;    /**< Neurons that fired, over all tiles (SPIKES_FIRED). */
    uint32_t spikes_out;      /**< Spikes that reached the output FIFO (SPIKES_OUT). */
    uint32_t router_hops;     /**< Packets moved from one router to the next (ROUTER_HOPS). */
    uint32_t router_stalls;   /**< Cycles a packet waited for credit, link or tile (ROUTER_STALLS). */
    uint32_t spikes_unmapped; /**< Packets that reached a tile with no input-map entry for their key (SPIKES_UNMAPPED). */
};

/** @return the tiles of the NPU's mesh, its width times its height (NPU.MESH) */
static inline unsigned nmtj_npu_tiles(void)
{
    uint32_t mesh = NMTJ_NPU_MESH;
    return (mesh & NMTJ_NPU_MESH_WIDTH_MASK) * ((mesh & NMTJ_NPU_MESH_HEIGHT_MASK) >> NMTJ_NPU_MESH_HEIGHT_LSB);
}

/**
 * Addresses a tile through the NPU_TILE register block (NPU_TILE.SELECT): every other NPU_TILE register then
 * reads and writes that tile's.
 * @param tile the tile, y * width + x
 */
static inline void nmtj_tile_select(unsigned tile)
{
    NMTJ_NPU_TILE_SELECT = tile;
}

/**
 * Sets the write driver's pulse and verify policy of the selected tile (NPU_TILE.PULSE_MV, PULSE_PS, MAX_RETRIES,
 * CTRL.VERIFY).
 * @param millivolts  the SOT pulse's amplitude
 * @param picoseconds its width
 * @param verify      nonzero: sense each cell after its pulse and pulse again until it holds its level
 * @param retries     the most pulses after the first that a cell gets
 */
static inline void nmtj_tile_write_policy(unsigned millivolts, unsigned picoseconds, int verify, unsigned retries)
{
    NMTJ_NPU_TILE_PULSE_MV = millivolts;
    NMTJ_NPU_TILE_PULSE_PS = picoseconds;
    NMTJ_NPU_TILE_MAX_RETRIES = retries;
    NMTJ_NPU_TILE_CTRL = verify ? NMTJ_NPU_TILE_CTRL_VERIFY_MASK : 0;
}

/**
 * Programs one cell of a tile through its write driver (NPU_TILE.WEIGHT), with write-verify when the policy says
 * so. The store holds the core while the NPU's clock runs the pulses and their verify reads: per pulse, its width
 * and a sense read (the technology file's verify_read latency), up to 1 + MAX_RETRIES pulses.
 * @param tile   the tile
 * @param row    the cell's row
 * @param column its column
 * @param level  the level it is to hold, 0 to NPU_TILE.LEVELS - 1
 * @return 0, or -1 when the cell failed to reach its level (NPU_TILE.WRITE_FAILS counted it)
 */
static inline int nmtj_weight_write(unsigned tile, unsigned row, unsigned column, unsigned level)
{
    nmtj_tile_select(tile);
    uint32_t fails = NMTJ_NPU_TILE_WRITE_FAILS;
    NMTJ_NPU_TILE_WEIGHT(row * NMTJ_NPU_TILE_COLUMNS + column) = (uint8_t)level;
    return NMTJ_NPU_TILE_WRITE_FAILS == fails ? 0 : -1;
}

/**
 * Reads one cell's level through the sense path (NPU_TILE.WEIGHT); the load holds the core for one sense read
 * (the technology file's verify_read latency at the NPU clock).
 * @param tile   the tile
 * @param row    the cell's row
 * @param column its column
 * @return the level sensed
 */
static inline unsigned nmtj_weight_read(unsigned tile, unsigned row, unsigned column)
{
    nmtj_tile_select(tile);
    return NMTJ_NPU_TILE_WEIGHT(row * NMTJ_NPU_TILE_COLUMNS + column);
}

/**
 * Runs the TDC calibration of a tile (NPU_TILE.CMD.CALIBRATE): the store holds the core while the converters
 * convert their reference strings, the calibration's NPU cycles.
 * @param tile the tile
 * @return 0 when every count is resolved (NPU_TILE.STATUS.CALIBRATED), else -1
 */
static inline int nmtj_tile_calibrate(unsigned tile)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_CMD = NMTJ_NPU_TILE_CMD_CALIBRATE_MASK;
    return (NMTJ_NPU_TILE_STATUS & NMTJ_NPU_TILE_STATUS_CALIBRATED_MASK) ? 0 : -1;
}

/**
 * Sets the learning rule of a tile (NPU_TILE.LEARN_PULSE, LEARN_ROWS, LEARN_CTRL).
 * @param tile         the tile
 * @param mode         an NMTJ_NPU_TILE_LEARN_* mode
 * @param causal       the rule (NMTJ_NPU_TILE_RULE_*) for pairs with dt >= 0
 * @param acausal      the rule for pairs with dt < 0
 * @param window       the largest |dt| in timesteps that still pairs
 * @param amplitude_mv the pulse amplitude at dt = 0
 * @param decay_mv     its fall per timestep of |dt|
 * @param first_row    the first plastic row
 * @param rows         how many rows from it are plastic
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

/**
 * Sets the amplitude of a tile's learning pulses toward antiparallel where they pass through the junction
 * (Oja's depressing phase, a differential synapse's partner junction) (NPU_TILE.LEARN_DEPRESS).
 * @param tile       the tile
 * @param millivolts the amplitude; 0: the learning pulse's own
 */
static inline void nmtj_learning_depress(unsigned tile, unsigned millivolts)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_LEARN_DEPRESS = millivolts;
}

/**
 * Sets a tile's neuron-selection mask pulse, drawn anew every timestep (NPU_TILE.MASK_MV).
 * @param tile       the tile
 * @param millivolts the pulse; 0 turns the mask off
 */
static inline void nmtj_mask_set(unsigned tile, unsigned millivolts)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_MASK_MV = millivolts;
}

/**
 * Draws a tile's neuron-selection mask once and holds it (NPU_TILE.MASK_MV with HOLD): the neurons it selects
 * out stay silent every timestep until the mask is written again.
 * @param tile       the tile
 * @param millivolts the pulse that draws it
 */
static inline void nmtj_mask_hold(unsigned tile, unsigned millivolts)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_MASK_MV = millivolts | NMTJ_NPU_TILE_MASK_MV_HOLD_MASK;
}

/**
 * Sets the threshold of a tile's neurons (NPU_TILE.THRESHOLD; values outside 1 to their range are ignored).
 * @param tile      the tile
 * @param threshold a CMOS LIF neuron's firing threshold (or an MTJ neuron's, as the register says)
 */
static inline void nmtj_tile_threshold(unsigned tile, unsigned threshold)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_THRESHOLD = threshold;
}

/**
 * Returns every neuron of a tile to its reset state, membranes and refractory counters cleared
 * (NPU_TILE.CMD.RESET_NEURONS).
 * @param tile the tile
 */
static inline void nmtj_tile_reset_neurons(unsigned tile)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_CMD = NMTJ_NPU_TILE_CMD_RESET_NEURONS_MASK;
}

/**
 * Stages an entry of a router's table (NPU.ROUTE_TILE, ROUTE_INDEX, ROUTE_KEY, ROUTE_MASK, ROUTE_PORTS);
 * nmtj_route_commit() puts staged tables in force.
 * @param tile  the router's tile
 * @param index the entry
 * @param key   the key a packet's must equal under @p mask
 * @param mask  the key bits compared
 * @param ports where matching packets go: NMTJ_ROUTE_* bits
 */
static inline void nmtj_route_add(unsigned tile, unsigned index, uint32_t key, uint32_t mask, uint32_t ports)
{
    NMTJ_NPU_ROUTE_TILE = tile;
    NMTJ_NPU_ROUTE_INDEX = index;
    NMTJ_NPU_ROUTE_KEY = key;
    NMTJ_NPU_ROUTE_MASK = mask;
    NMTJ_NPU_ROUTE_PORTS = ports;
}

/**
 * Validates and installs every staged routing table (NPU.ROUTE_CMD.COMMIT), after clearing the sticky errors.
 * @param tile where the refused router goes, if one is refused (may be 0)
 * @return 0, or -1 when a table was refused (NPU.STATUS.ROUTE_ERROR)
 */
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

/**
 * Maps packets whose key matches @p key under @p mask to rows of a tile (NPU.MAP_*): source neuron
 * n = key & ~mask drives the @p fanout rows from first_row + n * fanout on.
 * @param tile      the tile
 * @param index     the entry of its input map
 * @param key       the key compared
 * @param mask      the key bits compared
 * @param first_row the row source neuron 0 drives first
 * @param fanout    rows each source neuron drives
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

/**
 * Chooses whether a neuron's spikes reach the output FIFO (NPU.OUTPUT_ENABLE).
 * @param tile   the neuron's tile
 * @param neuron the neuron
 * @param on     nonzero: its spikes reach the FIFO
 */
static inline void nmtj_output_enable(unsigned tile, unsigned neuron, int on)
{
    NMTJ_NPU_OUTPUT_ENABLE = (tile << NMTJ_NPU_OUTPUT_ENABLE_TILE_LSB) | neuron | (on ? NMTJ_NPU_OUTPUT_ENABLE_ENABLE_MASK : 0);
}

/**
 * Queues a spike for a row of a tile in the next timestep (NPU.IN_SPIKE).
 * @param tile the tile
 * @param row  the row it drives
 * @return 0, or -1 if the input FIFO refused it (NPU.STATUS.INPUT_OVERFLOW, sticky until cleared)
 */
static inline int nmtj_spike_send(unsigned tile, unsigned row)
{
    NMTJ_NPU_IN_SPIKE = (tile << NMTJ_NPU_IN_SPIKE_TILE_LSB) | row;
    return (NMTJ_NPU_STATUS & NMTJ_NPU_STATUS_INPUT_OVERFLOW_MASK) ? -1 : 0;
}

/**
 * Takes the oldest output spike (NPU.OUT_SPIKE, OUT_TIMESTEP).
 * @param tile     where its tile goes
 * @param neuron   where its neuron goes
 * @param timestep where the timestep it fired in goes
 * @return 1 with the arguments filled, or 0 if there is none
 */
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

/**
 * Starts more timesteps (NPU.RUN); they run while the core goes on.
 * @param n how many
 */
static inline void nmtj_run(unsigned n)
{
    NMTJ_NPU_RUN = n;
}

/**
 * Polls NPU.STATUS.BUSY until no timestep runs or remains: the timesteps' NPU cycles (NPU.LAST_CYCLES each)
 * at the NPU clock, as core cycles, and up to one turn of the polling loop after.
 */
static inline void nmtj_run_wait(void)
{
    while (NMTJ_NPU_STATUS & NMTJ_NPU_STATUS_BUSY_MASK) {
    }
}

/**
 * Fills a DMA descriptor.
 * @param d         the descriptor
 * @param next      the next of the chain, or 0
 * @param buffer    its spike words
 * @param words     how many
 * @param direction NMTJ_NPU_DMA_TO_NPU or NMTJ_NPU_DMA_FROM_NPU
 */
static inline void nmtj_dma_describe(struct nmtj_dma_desc *d, const struct nmtj_dma_desc *next, uint32_t *buffer,
                                     uint32_t words, uint32_t direction)
{
    d->next = next;
    d->buffer = buffer;
    d->control = words | (direction << 31);
    d->done = 0;
}

/**
 * Starts a descriptor chain (NPU.DMA_DESC, DMA_CTRL.START) after a fence, so that the descriptors and buffers
 * are in RAM. The chain moves one word a cycle while the core goes on; nmtj_dma_wait() waits for it.
 * @param first its first descriptor
 * @return 0, or -1 if a descriptor or buffer lay outside RAM or the chain came back to one of its own
 *         descriptors (NPU.DMA_STATUS.ERROR): the chain stopped there
 */
static inline int nmtj_dma_start(const struct nmtj_dma_desc *first)
{
    /* The descriptors and buffers are plain memory: they must reach RAM before the engine reads them. */
    __asm__ volatile("fence rw, rw" ::: "memory");
    NMTJ_NPU_DMA_DESC = (uint32_t)first;
    NMTJ_NPU_DMA_CTRL = NMTJ_NPU_DMA_CTRL_START_MASK;
    return (NMTJ_NPU_DMA_STATUS & NMTJ_NPU_DMA_STATUS_ERROR_MASK) ? -1 : 0;
}

/**
 * Polls NPU.DMA_STATUS.BUSY until the DMA engine is idle, then fences, so that what it wrote is read afresh:
 * from the start, one core cycle a word moved (and one for each descriptor that moved none).
 */
static inline void nmtj_dma_wait(void)
{
    while (NMTJ_NPU_DMA_STATUS & NMTJ_NPU_DMA_STATUS_BUSY_MASK) {
    }
    /* What the engine wrote to RAM must be read afresh, not from registers. */
    __asm__ volatile("fence rw, rw" ::: "memory");
}

/**
 * Routes NPU interrupt causes to the core through the PLIC (PLIC priority, threshold and enable of source
 * NMTJ_IRQ_NPU, NPU.IRQ_ENABLE, mie.MEIE); machine interrupts still need mstatus.MIE.
 * @param causes NPU.IRQ_PENDING bits
 */
static inline void nmtj_npu_irq_enable(uint32_t causes)
{
    NMTJ_PLIC_PRIORITY(NMTJ_IRQ_NPU) = 1;
    NMTJ_PLIC_THRESHOLD = 0;
    NMTJ_PLIC_ENABLE |= 1u << NMTJ_IRQ_NPU;
    NMTJ_NPU_IRQ_ENABLE = causes;
    csr_set(mie, MIE_MEIE);
}

/**
 * Reads how many times a tile performed a ledger action since reset (NPU_TILE.LEDGER_ACTION, LEDGER_COUNT_LO,
 * LEDGER_COUNT_HI): the counts the architect's energy figures are made from.
 * @param tile   the tile
 * @param action an NMTJ_NPU_TILE_ACTION_* action
 * @return its count
 */
static inline uint64_t nmtj_ledger_count(unsigned tile, unsigned action)
{
    nmtj_tile_select(tile);
    NMTJ_NPU_TILE_LEDGER_ACTION = action;
    uint32_t lo = NMTJ_NPU_TILE_LEDGER_COUNT_LO;
    return ((uint64_t)NMTJ_NPU_TILE_LEDGER_COUNT_HI << 32) | lo;
}

/**
 * Reads the NPU's counters.
 * @param c where they go
 */
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
