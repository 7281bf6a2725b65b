/*
 * Associative memory learned on the chip. Tile 0 holds one pattern neuron per stored 16-bit pattern; a
 * pattern is presented on dual rails (rows 0-15 carry the 1 bits, rows 16-31 the 0 bits, so every
 * probe drives exactly 16 rows), and the pattern neuron learns it with Hebb or Oja while four teacher
 * rows make it fire. Its spikes cross the mesh to tile 1, where an input-map fan-out of 4 turns each
 * into four rows, and a Hebbian read-out learns which bits the pattern has (three teacher rows per bit).
 * Recall: a probe with 25% of its bits flipped drives tile 0; the pattern neuron within 4 bits of it
 * fires; tile 1 writes the stored pattern to the output FIFO. Recall accuracy is reported for both rules.
 */
#include <stdio.h>
#include "nmtj_npu.h"

#define BITS 16u
#define PATTERNS 4u
#define REPS 4u
#define PROBES 25u
#define FLIPS 4u /* 25% of 16 */
#define NEVER 10000u

static uint32_t rng = 0x2545F491u;

static uint32_t next_random(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static void run_one(void)
{
    nmtj_run(1);
    nmtj_run_wait();
}

static void present(unsigned tile, uint16_t pattern)
{
    for (unsigned j = 0; j < BITS; j++) {
        nmtj_spike_send(tile, j + (((pattern >> j) & 1u) ? 0 : BITS));
    }
}

static int clear_plastic_weights(void)
{
    int failed = 0;
    for (unsigned r = 0; r < 2 * BITS; r++) {
        for (unsigned c = 0; c < 2 * PATTERNS; c++) {
            failed |= nmtj_weight_write(0, r, c, 0);
        }
    }
    for (unsigned r = 0; r < 4 * PATTERNS; r++) {
        for (unsigned c = 0; c < 2 * BITS; c++) {
            failed |= nmtj_weight_write(1, r, c, 0);
        }
    }
    return failed;
}

/* Presents pattern k: rails, then its teacher (tile 0 learns), then the read-out's teacher (tile 1). */
static void store(unsigned mode, unsigned k, uint16_t pattern)
{
    nmtj_tile_threshold(0, NEVER);
    nmtj_tile_threshold(1, NEVER);
    nmtj_tile_reset_neurons(0);
    nmtj_tile_reset_neurons(1);
    present(0, pattern);
    run_one();
    nmtj_learning_set(0, mode, 0, 0, 1, 950, 0, 0, 2 * BITS);
    nmtj_tile_threshold(0, 3);
    nmtj_tile_reset_neurons(0);
    for (unsigned r = 0; r < 4; r++) {
        nmtj_spike_send(0, 2 * BITS + 4 * k + r);
    }
    run_one(); /* the pattern neuron fires and learns; its spike reaches tile 1 for the next timestep */
    nmtj_learning_set(0, NMTJ_NPU_TILE_LEARN_OFF, 0, 0, 1, 950, 0, 0, 2 * BITS);
    nmtj_tile_threshold(0, NEVER);
    run_one(); /* rows 4k..4k+3 of tile 1 are driven; nothing fires */
    nmtj_learning_set(1, NMTJ_NPU_TILE_LEARN_HEBB, 0, 0, 1, 1000, 0, 0, 4 * PATTERNS);
    nmtj_tile_threshold(1, 2);
    nmtj_tile_reset_neurons(1);
    for (unsigned i = 0; i < BITS; i++) {
        if ((pattern >> i) & 1u) {
            for (unsigned r = 0; r < 3; r++) {
                nmtj_spike_send(1, 4 * PATTERNS + 3 * i + r);
            }
        }
    }
    run_one();
    nmtj_learning_set(1, NMTJ_NPU_TILE_LEARN_OFF, 0, 0, 1, 1000, 0, 0, 4 * PATTERNS);
}

static uint16_t recall(uint16_t probe, unsigned threshold)
{
    nmtj_tile_reset_neurons(0);
    nmtj_tile_reset_neurons(1);
    nmtj_tile_threshold(0, threshold);
    nmtj_tile_threshold(1, NEVER);
    present(0, probe);
    run_one();
    nmtj_tile_threshold(0, NEVER);
    nmtj_tile_threshold(1, 2);
    run_one();
    uint16_t out = 0;
    unsigned tile, neuron, timestep;
    while (nmtj_spike_receive(&tile, &neuron, &timestep)) {
        out |= (uint16_t)(1u << neuron);
    }
    return out;
}

static unsigned popcount16(uint16_t v)
{
    unsigned n = 0;
    for (; v; v &= (uint16_t)(v - 1)) {
        n++;
    }
    return n;
}

/* Stores the patterns with `mode` and returns correct bits (of PATTERNS*PROBES*BITS) and exact recalls. */
static int experiment(unsigned mode, unsigned threshold, const uint16_t *patterns, unsigned *bits, unsigned *exact)
{
    int failed = clear_plastic_weights();
    for (unsigned rep = 0; rep < REPS; rep++) {
        for (unsigned k = 0; k < PATTERNS; k++) {
            store(mode, k, patterns[k]);
        }
    }
    *bits = 0;
    *exact = 0;
    for (unsigned t = 0; t < PROBES; t++) {
        for (unsigned k = 0; k < PATTERNS; k++) {
            uint16_t probe = patterns[k];
            for (unsigned flipped = 0; flipped < FLIPS;) {
                uint16_t bit = (uint16_t)(1u << (next_random() % BITS));
                if ((probe ^ patterns[k]) & bit) {
                    continue;
                }
                probe ^= bit;
                flipped++;
            }
            uint16_t out = recall(probe, threshold);
            unsigned wrong = popcount16(out ^ patterns[k]);
            *bits += BITS - wrong;
            *exact += wrong == 0;
        }
    }
    return failed;
}

int main(void)
{
    int failed = 0;
    for (unsigned t = 0; t < 2; t++) {
        nmtj_tile_select(t);
        nmtj_tile_write_policy(1000, 750, 1, 32);
    }
    for (unsigned k = 0; k < PATTERNS; k++) {
        for (unsigned r = 0; r < 4; r++) {
            failed |= nmtj_weight_write(0, 2 * BITS + 4 * k + r, 2 * k, 1);
        }
    }
    for (unsigned i = 0; i < BITS; i++) {
        for (unsigned r = 0; r < 3; r++) {
            failed |= nmtj_weight_write(1, 4 * PATTERNS + 3 * i + r, 2 * i, 1);
        }
        nmtj_output_enable(1, i, 1);
    }
    nmtj_route_add(0, 0, NMTJ_KEY(0, 0), ~(PATTERNS * 2 - 1), NMTJ_ROUTE_EAST);
    nmtj_route_add(1, 0, NMTJ_KEY(0, 0), ~(PATTERNS * 2 - 1), NMTJ_ROUTE_LOCAL);
    failed |= nmtj_route_commit(0);
    nmtj_map_set(1, 0, NMTJ_KEY(0, 0), ~(PATTERNS * 2 - 1), 0, 4);

    /* Random patterns at least 10 bits apart: a probe 4 bits from one is at least 6 bits from any other. */
    uint16_t patterns[PATTERNS];
    for (unsigned k = 0; k < PATTERNS;) {
        uint16_t candidate = (uint16_t)next_random();
        int apart = 1;
        for (unsigned j = 0; j < k; j++) {
            apart &= popcount16(candidate ^ patterns[j]) >= 10;
        }
        if (apart) {
            patterns[k++] = candidate;
        }
    }
    /*
     * Oja's weights are +1/-1, so a probe d bits away gives 16 - 2d; Hebb's are +1/0 and give 16 - d. The
     * thresholds sit between the stored pattern's worst case (d = 4) and the others' best (d = 6), leaving
     * room for the count errors a 64-cell string makes with the default device variation.
     */
    const unsigned modes[2] = {NMTJ_NPU_TILE_LEARN_HEBB, NMTJ_NPU_TILE_LEARN_OJA};
    const unsigned thresholds[2] = {BITS - FLIPS - 1, BITS - 2 * FLIPS - 2};
    const char *names[2] = {"Hebb", "Oja"};
    unsigned total = PATTERNS * PROBES;
    int ok = 1;
    for (unsigned m = 0; m < 2; m++) {
        unsigned bits, exact;
        failed |= experiment(modes[m], thresholds[m], patterns, &bits, &exact);
        printf("%-4s: %u probes with %u of %u bits flipped: %u.%u%% bits recalled, %u/%u patterns exact\n", names[m],
               total, FLIPS, BITS, bits * 100 / (total * BITS), bits * 1000 / (total * BITS) % 10, exact, total);
        ok &= bits * 10 >= total * BITS * 9; /* at least 90% of the bits */
    }
    ok &= !failed;
    printf("%s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
