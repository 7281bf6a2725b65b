/*
 * A supervised template memory learned on the chip (not a Hopfield network: nothing recurs, a teacher picks
 * the neuron that learns each pattern; `hopfield-oja` is the recurrent network that learns by itself). Tile 0 holds one pattern neuron per stored 16-bit pattern; a
 * pattern is presented on dual rails (rows 0-15 carry the 1 bits, rows 16-31 the 0 bits, so every
 * probe drives exactly 16 rows), and the pattern neuron learns it with Hebb or Oja while four teacher
 * rows make it fire. Its spikes cross the mesh to tile 1, where an input-map fan-out of 4 turns each
 * into four rows, and a Hebbian read-out learns which bits the pattern has (three teacher rows per bit).
 * Recall: a noisy probe drives tile 0; the pattern neurons whose input reaches the threshold fire; tile 1
 * writes the union of their patterns to the output FIFO.
 *
 * Two experiments, each run with both rules and each rule reported at its best threshold on the probes it
 * is scored on (optimistic for both alike: the sample checks the rules' order, it does not quote a figure):
 *  - random patterns at least 10 bits apart, learned from clean examples, probed with 25% of the bits
 *    flipped: both rules must recall at least 85% of the bits;
 *  - correlated patterns (variants of one prototype, 5 to 7 bits apart), learned from noisy examples
 *    (one bit flipped in each) and probed with 2 bits flipped. Hebb can only potentiate, so a pattern
 *    neuron's weights become the union of every example it saw and the bits that tell similar patterns
 *    apart stop counting; Oja's x - w depresses what the latest example lacks, so its weights stay one
 *    example wide. Oja must recall more bits than Hebb here.
 */
#include <stdio.h>
#include "nmtj_npu.h"

#define BITS 16u
#define PATTERNS 4u
#define PROBES_PER_PATTERN 25u
#define PROBES (PATTERNS * PROBES_PER_PATTERN)
#define NEVER 10000u
#define RULES 2u

static uint32_t rng = 0x2545F491u;

static unsigned popcount16(uint16_t v)
{
    unsigned n = 0;
    for (; v; v &= (uint16_t)(v - 1)) {
        n++;
    }
    return n;
}

/* `pattern` with `flips` distinct random bits inverted. */
static uint16_t flip_bits(uint16_t pattern, unsigned flips)
{
    uint16_t out = pattern;
    while (popcount16(out ^ pattern) < flips) {
        out ^= (uint16_t)(1u << (nmtj_xorshift32(&rng) % BITS));
        if (popcount16(out ^ pattern) > flips) {
            out = pattern;
        }
    }
    return out;
}

/* Patterns drawn by `draw` until every pair is between `min_apart` and `max_apart` bits apart. */
static void choose_patterns(uint16_t *patterns, uint16_t (*draw)(void), unsigned min_apart, unsigned max_apart)
{
    for (unsigned k = 0; k < PATTERNS;) {
        uint16_t candidate = draw();
        int fits = 1;
        for (unsigned j = 0; j < k; j++) {
            unsigned apart = popcount16(candidate ^ patterns[j]);
            fits &= apart >= min_apart && apart <= max_apart;
        }
        if (fits) {
            patterns[k++] = candidate;
        }
    }
}

static uint16_t draw_random(void)
{
    return (uint16_t)nmtj_xorshift32(&rng);
}

static uint16_t prototype;

/* A variant of the prototype: each bit inverted with probability 1/4. */
static uint16_t draw_variant(void)
{
    return prototype ^ (uint16_t)(nmtj_xorshift32(&rng) & nmtj_xorshift32(&rng));
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

/*
 * One training example of pattern k: its rails, then its teacher (tile 0 learns with `mode`), then the
 * read-out's teacher, which is given the pattern itself (the example's label). A learning unit that is off
 * records no spike times, so each tile's learning is on from the timestep whose input it pairs with (its
 * neurons held below threshold there) to the one in which its teacher makes them fire.
 */
static void store(unsigned mode, unsigned k, uint16_t example, uint16_t label)
{
    nmtj_tile_threshold(0, NEVER);
    nmtj_tile_threshold(1, NEVER);
    nmtj_tile_reset_neurons(0);
    nmtj_tile_reset_neurons(1);
    nmtj_learning_set(0, mode, 0, 0, 1, 950, 0, 0, 2 * BITS);
    present(0, example);
    run_one();
    nmtj_tile_threshold(0, 3);
    nmtj_tile_reset_neurons(0);
    for (unsigned r = 0; r < 4; r++) {
        nmtj_spike_send(0, 2 * BITS + 4 * k + r);
    }
    run_one(); /* the pattern neuron fires and learns; its spike reaches tile 1 for the next timestep */
    nmtj_learning_set(0, NMTJ_NPU_TILE_LEARN_OFF, 0, 0, 1, 950, 0, 0, 2 * BITS);
    nmtj_tile_threshold(0, NEVER);
    nmtj_learning_set(1, NMTJ_NPU_TILE_LEARN_HEBB, 0, 0, 1, 1000, 0, 0, 4 * PATTERNS);
    run_one(); /* rows 4k..4k+3 of tile 1 are driven; nothing fires */
    nmtj_tile_threshold(1, 2);
    nmtj_tile_reset_neurons(1);
    for (unsigned i = 0; i < BITS; i++) {
        if ((label >> i) & 1u) {
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

struct experiment {
    const char *name;
    uint16_t patterns[PATTERNS];
    unsigned reps;          /* presentations of each pattern */
    unsigned example_flips; /* bits flipped in each training example */
    unsigned probe_flips;   /* bits flipped in each probe */
    uint16_t probes[PROBES];
};

struct score {
    unsigned threshold, bits, exact;
};

/* Trains with `mode`, then recalls every probe at every threshold; returns the threshold with most bits. */
static int evaluate(unsigned mode, const struct experiment *e, struct score *best)
{
    int failed = clear_plastic_weights();
    for (unsigned rep = 0; rep < e->reps; rep++) {
        for (unsigned k = 0; k < PATTERNS; k++) {
            store(mode, k, flip_bits(e->patterns[k], e->example_flips), e->patterns[k]);
        }
    }
    *best = (struct score){0, 0, 0};
    for (unsigned threshold = 1; threshold <= BITS; threshold++) {
        struct score s = {threshold, 0, 0};
        for (unsigned p = 0; p < PROBES; p++) {
            uint16_t stored = e->patterns[p / PROBES_PER_PATTERN];
            unsigned wrong = popcount16(recall(e->probes[p], threshold) ^ stored);
            s.bits += BITS - wrong;
            s.exact += wrong == 0;
        }
        if (s.bits > best->bits) {
            *best = s;
        }
    }
    return failed;
}

static void make_probes(struct experiment *e)
{
    for (unsigned p = 0; p < PROBES; p++) {
        e->probes[p] = flip_bits(e->patterns[p / PROBES_PER_PATTERN], e->probe_flips);
    }
}

/* Teacher rows, read-out teacher rows, output enables and the route from tile 0 to tile 1. */
static int set_up_network(void)
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
    nmtj_map_set(1, 0, NMTJ_KEY(0, 0), ~(PATTERNS * 2 - 1), 0, 4);
    return failed | nmtj_route_commit(0);
}

static struct experiment random_set = {.name = "random", .reps = 4, .example_flips = 0, .probe_flips = 4};
static struct experiment correlated_set = {.name = "correlated", .reps = 8, .example_flips = 1, .probe_flips = 2};

int main(void)
{
    int failed = set_up_network();

    /* A probe 4 bits from a random pattern is at least 6 bits from any other. */
    choose_patterns(random_set.patterns, draw_random, 10, BITS);
    make_probes(&random_set);
    prototype = (uint16_t)nmtj_xorshift32(&rng);
    choose_patterns(correlated_set.patterns, draw_variant, 5, 7);
    make_probes(&correlated_set);

    const unsigned modes[RULES] = {NMTJ_NPU_TILE_LEARN_HEBB, NMTJ_NPU_TILE_LEARN_OJA};
    const char *names[RULES] = {"Hebb", "Oja"};
    struct experiment *experiments[2] = {&random_set, &correlated_set};
    unsigned bits[2][RULES];
    for (unsigned x = 0; x < 2; x++) {
        const struct experiment *e = experiments[x];
        for (unsigned m = 0; m < RULES; m++) {
            struct score s;
            failed |= evaluate(modes[m], e, &s);
            bits[x][m] = s.bits;
            printf("%-10s %-4s: %u probes with %u of %u bits flipped, best threshold %2u: %u.%u%% bits recalled, "
                   "%u/%u patterns exact\n",
                   e->name, names[m], PROBES, e->probe_flips, BITS, s.threshold, s.bits * 100 / (PROBES * BITS),
                   s.bits * 1000 / (PROBES * BITS) % 10, s.exact, PROBES);
        }
    }
    int ok = !failed;
    for (unsigned m = 0; m < RULES; m++) {
        /* At least 85% of the bits of random patterns: junctions that differ in critical current take the
           unverified learning pulses unevenly, which costs Hebb a point or two against identical ones. */
        ok &= bits[0][m] * 20 >= PROBES * BITS * 17;
    }
    ok &= bits[1][1] > bits[1][0]; /* Oja beats Hebb on correlated patterns */
    printf("%s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
