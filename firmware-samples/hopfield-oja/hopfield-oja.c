/*
 * A recurrent Hopfield network on one tile that learns by itself (`neuromtj reproduce hopfield-oja`, after
 * seed 004's magnetic Hopfield network). The host offers one file, the settings (below); the chip is this
 * folder's tile and NPU files.
 *
 *  - Nodes. Node i (of up to 35) has state x_i = +1 or -1, held by two neurons: neuron 2i fires for +1 and
 *    neuron 2i + 1 for -1. Every neuron's spike returns through the mesh to its own tile, to the row of the
 *    same number (a rail): node j drives row 2j for x_j = +1 and row 2j + 1 for x_j = -1. A synapse is a
 *    differential pair of multi-level cells (columns 2n and 2n + 1 of neuron n), so it holds -top to top;
 *    every weight w_ij has four copies: neuron 2i holds w_ij on row 2j and -w_ij on row 2j + 1, neuron
 *    2i + 1 the negations. Neuron 2i's input is then h_i = sum_j w_ij x_j and neuron 2i + 1's is -h_i. A
 *    timestep is one synchronous update: node i becomes +1 where h_i reaches the threshold, -1 where -h_i
 *    does, and 0 (neither rail) where neither does.
 *  - Weights start at 0: both cells of every pair at the middle level, so that learning moves them either
 *    way without reaching a cell's end for the first top / 2 steps.
 *  - Learning is the tile's own Oja unit. Rails driven with learning on and no neuron able to fire, then
 *    in the next timestep a node held in a state by its external input (four clamp rows a neuron, rows
 *    70 + 4n, outside the plastic rows, at the top level: twice the threshold of 2 top), so its neuron
 *    fires: every plastic synapse of that neuron moves one level on each cell toward the rail it saw, +1
 *    where the rail was driven and -1 where it was silent. A clamped neuron that stays silent is clamped
 *    again alone; one that fires unclamped, or stays silent three times more, is a miss, and the run FAILs.
 *    Presenting x and then -x moves all four copies of a weight alike, so the weights stay symmetric.
 *  - Oja's rule, error-gated (rule 1): a pattern x is checked first, with learning off, at the margin; the
 *    nodes whose field misses it (on x or on -x) learn: node i's own weights in a pass over all rails, and
 *    every other node's weight on node i's rails in a pass over those two rows alone, so w_ij and w_ji both
 *    move toward x_i x_j. Epochs of every pattern run until one changes nothing or EPOCHS pass. Oja's
 *    decay term is the cells' own bound: a weight stops at top. Each epoch starts by setting the
 *    self-couplings w_ii to 0, so an epoch that changes nothing has checked the patterns without them.
 *  - Outer-product storage (rule 0): the same pulses, every pattern presented once with every node held, so
 *    w_ij = 2 sum_p x_i^p x_j^p (as far as the cells reach); then w_ii = 0.
 *  - Recall. A probe drives the rails; the network runs until its state repeats (a fixed point) or
 *    ITERATIONS timesteps pass. The core reads every timestep's spikes.
 *
 * Probes flip FLIPS random nodes of a stored pattern, from the settings' seed. The threshold (1 + k STEP for
 * k < THRESHOLDS, in levels) is chosen on VALIDATION probes of each pattern (the one recalling most, the
 * lowest of equals), then TEST probes of each, drawn after them, are scored at it: a probe is recalled when
 * the network settles exactly on its pattern.
 *
 * The weights are never read back: a multi-level cell's sensed level is not its own under device spread
 * (`reproduce hopfield-oja` reads the cells' levels from the model after the run to give the energy).
 *
 * The settings file, little-endian 32-bit words: "NMTJHOPF", version 1, nodes (2 to 35), patterns (1 to
 * 16), rule, EPOCHS, margin (levels), learning pulse (mV), its width (ps), FLIPS, VALIDATION, TEST,
 * THRESHOLDS (1 to 32), STEP, ITERATIONS (1 to 64), seed of the probes; then each pattern as two words,
 * bits 0-31 and 32-34 (bit i set for x_i = +1).
 *
 * Results (MBOX_RESULT item, answer, label): item k < P*TEST is test probe k: the pattern the network
 * settled on (-1 for none) and the probe's pattern. Then for each test probe k and each t < ITERATIONS the
 * state after t timesteps as two items, the nodes at +1 and those at -1, each a mask (bits 0-31, bits
 * 32-34). Then for each threshold the validation probes recalled and all of them; then (the chosen
 * threshold, epochs of learning); then (1 if learning converged, clamps that missed).
 */
#include <stdio.h>
#include "nmtj_host.h"
#include "nmtj_npu.h"

#define MAX_NODES 35u
#define MAX_PATTERNS 16u
#define RAILS (2u * MAX_NODES)
#define CLAMP_FIRST RAILS
/* A clamp is four rows: one cell's read is too noisy to fire a neuron for certain. */
#define CLAMP_ROWS 4u
/* Nodes clamped together: few, since every driven clamp row adds its cells' spread to every neuron's input. */
#define CLAMP_GROUPS 7u
#define QUIET 30000u
#define FILE_SETTINGS 0u
#define HEADER_WORDS 17u
#define MAX_ITERATIONS 64u
#define MAX_THRESHOLDS 32u

enum { PHASE_PROGRAM = 1, PHASE_INFER = 3, PHASE_DONE = 4, PHASE_TRAIN = 5 };

static struct {
    uint32_t nodes, patterns, rule, epochs, margin, pulse_mv, width_ps, flips, validation, test, thresholds, step,
        iterations, seed;
} set;

static int8_t patterns[MAX_PATTERNS][MAX_NODES];
/* A cell's highest level and the middle one, at which a pair holds 0. */
static unsigned top, middle;
static int8_t state[MAX_NODES], next[MAX_NODES];
static uint32_t rng_state;
static unsigned long clamp_misses, clamp_retries;

static int fail(const char *what)
{
    printf("hopfield-oja: %s\nFAIL\n", what);
    return 2;
}

static const char *read_settings(void)
{
    uint32_t words[HEADER_WORDS + 2 * MAX_PATTERNS];
    uint32_t size = nmtj_host_size(FILE_SETTINGS);
    if (size < HEADER_WORDS * 4 || size > sizeof words || nmtj_host_read(FILE_SETTINGS, 0, words, size) != 0) {
        return "the settings file must hold 17 words and two a pattern";
    }
    if (words[0] != 0x4A544D4Eu || words[1] != 0x46504F48u || words[2] != 1) {
        return "the settings file must start \"NMTJHOPF\", version 1";
    }
    set.nodes = words[3];
    set.patterns = words[4];
    set.rule = words[5];
    set.epochs = words[6];
    set.margin = words[7];
    set.pulse_mv = words[8];
    set.width_ps = words[9];
    set.flips = words[10];
    set.validation = words[11];
    set.test = words[12];
    set.thresholds = words[13];
    set.step = words[14];
    set.iterations = words[15];
    set.seed = words[16];
    if (set.nodes < 2 || set.nodes > MAX_NODES || set.patterns < 1 || set.patterns > MAX_PATTERNS
        || size != (HEADER_WORDS + 2 * set.patterns) * 4) {
        return "nodes must be 2 to 35, patterns 1 to 16, each pattern two words";
    }
    if (set.rule > 1 || set.pulse_mv > 0xFFFFu || set.width_ps == 0 || set.width_ps > 0xFFFFFu
        || set.flips > set.nodes || set.thresholds < 1 || set.thresholds > MAX_THRESHOLDS || set.step > 1000
        || set.iterations < 1 || set.iterations > MAX_ITERATIONS || set.test < 1 || set.validation < 1
        || set.epochs > 1000 || set.margin > 1000) {
        return "rule 0 or 1, pulse up to 65535 mV, width 1 to 1048575 ps, flips up to the nodes, thresholds 1"
               " to 32, step and margin up to 1000, iterations 1 to 64, probes at least 1, epochs at most 1000";
    }
    for (unsigned p = 0; p < set.patterns; p++) {
        uint64_t bits = words[HEADER_WORDS + 2 * p] | (uint64_t)words[HEADER_WORDS + 2 * p + 1] << 32;
        for (unsigned i = 0; i < set.nodes; i++) {
            patterns[p][i] = (bits >> i) & 1u ? 1 : -1;
        }
    }
    rng_state = set.seed ? set.seed : 0x2545F491u;
    return 0;
}

static void run_one(void)
{
    nmtj_run(1);
    nmtj_run_wait();
}

/* The neuron (and rail: a neuron's spike returns to the row of its own number) of node i in state v. */
static unsigned rail(unsigned i, int v)
{
    return 2 * i + (v > 0 ? 0 : 1);
}

/* Drives the rails of state `x` times `sign` (nodes at 0 drive neither). */
static void drive(const int8_t *x, int sign)
{
    for (unsigned i = 0; i < set.nodes; i++) {
        if (x[i] != 0) {
            nmtj_spike_send(0, rail(i, x[i] * sign));
        }
    }
}

/* Reads this timestep's spikes: marks[n] is set for each neuron n that fired; returns how many others did. */
static unsigned receive(uint8_t *marks)
{
    for (unsigned n = 0; n < RAILS; n++) {
        marks[n] = 0;
    }
    unsigned others = 0, tile, neuron, step;
    while (nmtj_spike_receive(&tile, &neuron, &step)) {
        if (neuron < RAILS) {
            marks[neuron] = 1;
        } else {
            others++;
        }
    }
    return others;
}

/* Reads this timestep's spikes into `next`: +1, -1, or 0 for neither or both. */
static void observe(void)
{
    static uint8_t seen[RAILS];
    receive(seen);
    for (unsigned i = 0; i < set.nodes; i++) {
        unsigned plus = seen[rail(i, 1)], minus = seen[rail(i, -1)];
        next[i] = plus && !minus ? 1 : minus && !plus ? -1 : 0;
    }
}

/* One timestep in which no neuron can fire: the spikes still in flight through the mesh land and are lost. */
static void flush(void)
{
    nmtj_tile_threshold(0, QUIET);
    run_one();
    observe();
}

/* Sets w_ij = 0: both cells of its four pairs to the middle level. */
static void clear(unsigned i, unsigned j)
{
    for (int a = 1; a >= -1; a -= 2) {
        for (int b = 1; b >= -1; b -= 2) {
            unsigned neuron = rail(i, a);
            nmtj_weight_write(0, rail(j, b), 2 * neuron, middle);
            nmtj_weight_write(0, rail(j, b), 2 * neuron + 1, middle);
        }
    }
}

static void clear_self_couplings(void)
{
    for (unsigned i = 0; i < set.nodes; i++) {
        clear(i, i);
    }
}

/* The nodes the network would change on x times `sign`: its field misses the margin or the wrong neuron fires. */
static unsigned check(const int8_t *x, int sign, uint8_t *wrong)
{
    nmtj_tile_reset_neurons(0);
    nmtj_tile_threshold(0, set.margin);
    drive(x, sign);
    run_one();
    observe();
    unsigned n = 0;
    for (unsigned i = 0; i < set.nodes; i++) {
        if (next[i] != x[i] * sign) {
            n += !wrong[i];
            wrong[i] = 1;
        }
    }
    flush();
    return n;
}

/*
 * With learning on, x times `sign` drives the rails while no neuron can fire, and then the neurons marked in
 * `want` are clamped by their clamp rows, so each fires and moves its plastic weights toward the rails it
 * saw. Marks in `fired` the neurons that fired; returns how many spikes came from no rail neuron.
 */
static unsigned clamp(const int8_t *x, int sign, const uint8_t *want, uint8_t *fired)
{
    nmtj_tile_threshold(0, QUIET);
    drive(x, sign);
    run_one(); /* the rails are recorded (with the spikes of the last clamp, which are x's own rails) */
    nmtj_tile_threshold(0, 2 * top);
    nmtj_tile_reset_neurons(0);
    for (unsigned n = 0; n < RAILS; n++) {
        for (unsigned r = 0; r < CLAMP_ROWS && want[n]; r++) {
            nmtj_spike_send(0, CLAMP_FIRST + CLAMP_ROWS * n + r);
        }
    }
    run_one(); /* the clamped neurons fire and learn */
    return receive(fired);
}

/*
 * One learning pass over rows [first, first + rows): the nodes marked in `held` are clamped in their state
 * under x times `sign`, a group at a time. The cells of the clamp rows of the other neurons in a group add
 * their spread to every neuron's input, so a clamped neuron now and then falls short: it is clamped again
 * alone. A neuron that fires unclamped has learnt what it should not, and counts as a miss.
 */
static void learn_pass(const int8_t *x, int sign, const uint8_t *held, unsigned first, unsigned rows)
{
    static uint8_t want[RAILS], fired[RAILS], alone[RAILS];
    nmtj_learning_set(0, NMTJ_NPU_TILE_LEARN_OJA, 0, 0, 1, set.pulse_mv, 0, first, rows);
    NMTJ_NPU_TILE_LEARN_WIDTH_PS = set.width_ps;
    for (unsigned n = 0; n < RAILS; n++) {
        alone[n] = 0;
    }
    for (unsigned g = 0; g < CLAMP_GROUPS; g++) {
        unsigned any = 0;
        for (unsigned n = 0; n < RAILS; n++) {
            want[n] = 0;
        }
        for (unsigned i = g; i < set.nodes; i += CLAMP_GROUPS) {
            any |= held[i];
            want[rail(i, x[i] * sign)] = held[i];
        }
        if (!any) {
            continue;
        }
        clamp_misses += clamp(x, sign, want, fired);
        for (unsigned n = 0; n < RAILS; n++) {
            clamp_misses += fired[n] && !want[n];
            if (want[n] && !fired[n]) {
                alone[n] = 1;
                unsigned tries = 0;
                do {
                    clamp_retries++;
                    clamp_misses += clamp(x, sign, alone, fired);
                } while (!fired[n] && ++tries < 3);
                clamp_misses += !fired[n];
                alone[n] = 0;
            }
        }
    }
    nmtj_learning_set(0, NMTJ_NPU_TILE_LEARN_OFF, 0, 0, 1, set.pulse_mv, 0, 0, 0);
    flush();
}

/*
 * One presentation of pattern x to the nodes marked in `learning`: node i's own weights move in a pass over
 * all rails; with `columns`, every node not learning moves its weight on node i's rails in a pass over those
 * two rows alone (the nodes learning have theirs from their own pass). Both x and -x, so that each weight's
 * four copies move alike.
 */
static void present(const int8_t *x, const uint8_t *learning, int columns)
{
    static uint8_t others[MAX_NODES];
    for (unsigned j = 0; j < set.nodes; j++) {
        others[j] = !learning[j];
    }
    for (int sign = 1; sign >= -1; sign -= 2) {
        learn_pass(x, sign, learning, 0, RAILS);
        for (unsigned i = 0; i < set.nodes && columns; i++) {
            if (learning[i]) {
                learn_pass(x, sign, others, rail(i, 1), 2);
            }
        }
    }
}

static int converged;

/* Presents the patterns in epochs, each node learning only where it errs, until an epoch changes nothing. */
static unsigned learn_oja(void)
{
    static uint8_t wrong[MAX_NODES];
    unsigned epoch = 0;
    while (!converged && epoch < set.epochs) {
        clear_self_couplings();
        unsigned changed = 0;
        for (unsigned p = 0; p < set.patterns; p++) {
            for (unsigned i = 0; i < set.nodes; i++) {
                wrong[i] = 0;
            }
            unsigned n = check(patterns[p], 1, wrong) + check(patterns[p], -1, wrong);
            if (n != 0) {
                present(patterns[p], wrong, 1);
            }
            changed += n;
        }
        epoch++;
        converged = changed == 0;
    }
    clear_self_couplings();
    return epoch;
}

/* Presents every pattern once with every node learning: the outer product. */
static void store_outer_product(void)
{
    static uint8_t all[MAX_NODES];
    for (unsigned i = 0; i < set.nodes; i++) {
        all[i] = 1;
    }
    for (unsigned p = 0; p < set.patterns; p++) {
        present(patterns[p], all, 0);
    }
    clear_self_couplings();
}

static int matches(const int8_t *x)
{
    for (unsigned p = 0; p < set.patterns; p++) {
        unsigned same = 1;
        for (unsigned i = 0; i < set.nodes && same; i++) {
            same = x[i] == patterns[p][i];
        }
        if (same) {
            return (int)p;
        }
    }
    return -1;
}

static void report(uint32_t item, uint32_t answer, uint32_t label)
{
    nmtj_host_tell(NMTJ_HOST_MBOX_RESULT, item, answer, label);
}

/* Reports the nodes of `x` at `value` as item `item`: a mask, bits 0-31 then 32-34. */
static void report_mask(uint32_t item, const int8_t *x, int value)
{
    uint64_t mask = 0;
    for (unsigned i = 0; i < set.nodes; i++) {
        mask |= (uint64_t)(x[i] == value) << i;
    }
    report(item, (uint32_t)mask, (uint32_t)(mask >> 32));
}

/*
 * Runs the network from `probe` at `threshold`; returns the pattern it settles on, or -1. With `track` set,
 * reports the state after each timestep (a settled state stays) as items from `track_item`.
 */
static int recall(const int8_t *probe, unsigned threshold, int track, uint32_t track_item)
{
    for (unsigned i = 0; i < set.nodes; i++) {
        state[i] = probe[i];
    }
    nmtj_tile_reset_neurons(0);
    nmtj_tile_threshold(0, threshold);
    drive(state, 1);
    int settled = 0;
    for (unsigned t = 0; t < set.iterations; t++) {
        if (track) {
            report_mask(track_item + 2 * t, state, 1);
            report_mask(track_item + 2 * t + 1, state, -1);
        }
        if (settled) {
            continue;
        }
        run_one(); /* the rails come back through the mesh for the next timestep */
        observe();
        settled = 1;
        for (unsigned i = 0; i < set.nodes; i++) {
            settled &= next[i] == state[i];
            state[i] = next[i];
        }
    }
    flush();
    return matches(state);
}

static void make_probe(unsigned p, int8_t *probe)
{
    for (unsigned i = 0; i < set.nodes; i++) {
        probe[i] = patterns[p][i];
    }
    for (unsigned n = 0; n < set.flips;) {
        unsigned i = nmtj_xorshift32(&rng_state) % set.nodes;
        if (probe[i] == patterns[p][i]) {
            probe[i] = (int8_t)-probe[i];
            n++;
        }
    }
}

/*
 * Routes every neuron's spike back to its own tile's row of the same number, enables every output, sets the
 * clamp cells to the top level and every weight to 0. The writes are not verified: a multi-level cell's
 * sensed level is not its own under device spread, so the driver resets it and counts pulses up instead.
 */
static int set_up(void)
{
    nmtj_tile_select(0);
    top = NMTJ_NPU_TILE_LEVELS - 1;
    middle = top / 2;
    nmtj_route_add(0, 0, NMTJ_KEY(0, 0), ~127u, NMTJ_ROUTE_LOCAL);
    nmtj_map_set(0, 0, NMTJ_KEY(0, 0), ~127u, 0, 1);
    /* Verified, so that a junction slow to switch gets more pulses: a top-level cell can only go up. */
    nmtj_tile_write_policy(set.pulse_mv, set.width_ps, 1, 4 * top);
    for (unsigned n = 0; n < RAILS; n++) {
        nmtj_output_enable(0, n, 1);
        for (unsigned r = 0; r < CLAMP_ROWS; r++) {
            nmtj_weight_write(0, CLAMP_FIRST + CLAMP_ROWS * n + r, 2 * n, top);
        }
    }
    nmtj_tile_write_policy(set.pulse_mv, set.width_ps, 0, 0);
    for (unsigned i = 0; i < set.nodes; i++) {
        for (unsigned j = 0; j < set.nodes; j++) {
            clear(i, j);
        }
    }
    return nmtj_route_commit(0);
}

int main(void)
{
    if (nmtj_host_files() < 1) {
        return fail("the host must offer the settings file");
    }
    const char *error = read_settings();
    if (error) {
        return fail(error);
    }
    nmtj_tile_select(0);
    if (nmtj_npu_tiles() < 1 || NMTJ_NPU_TILE_ROWS < CLAMP_FIRST + CLAMP_ROWS * RAILS
        || NMTJ_NPU_TILE_COLUMNS < 2 * RAILS || NMTJ_NPU_TILE_LEVELS < 4) {
        return fail("tile 0 must have 350 rows, 140 columns and cells of at least 4 levels: run it on the chip of"
                    " firmware-samples/hopfield-oja");
    }
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_PROGRAM, 0, 0);
    if (set_up() != 0) {
        return fail("the route back to the tile was refused");
    }
    nmtj_tile_calibrate(0);
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_TRAIN, 0, 0);
    unsigned epochs = 0;
    if (set.rule == 1) {
        epochs = learn_oja();
    } else {
        store_outer_product();
    }

    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_INFER, 0, 0);
    static int8_t probe[MAX_NODES];
    static uint32_t validated[MAX_THRESHOLDS];
    for (unsigned p = 0; p < set.patterns; p++) {
        for (unsigned k = 0; k < set.validation; k++) {
            make_probe(p, probe);
            for (unsigned th = 0; th < set.thresholds; th++) {
                validated[th] += recall(probe, 1 + th * set.step, 0, 0) == (int)p;
            }
        }
    }
    unsigned chosen = 0;
    for (unsigned th = 1; th < set.thresholds; th++) {
        chosen = validated[th] > validated[chosen] ? th : chosen;
    }
    uint32_t probes = set.patterns * set.test;
    unsigned recalled = 0;
    for (unsigned p = 0; p < set.patterns; p++) {
        for (unsigned k = 0; k < set.test; k++) {
            uint32_t item = p * set.test + k;
            make_probe(p, probe);
            int answer = recall(probe, 1 + chosen * set.step, 1, probes + 2 * set.iterations * item);
            recalled += answer == (int)p;
            report(item, (uint32_t)answer, p);
        }
    }
    uint32_t base = probes + 2 * set.iterations * probes;
    for (unsigned th = 0; th < set.thresholds; th++) {
        report(base + th, validated[th], set.patterns * set.validation);
    }
    report(base + set.thresholds, 1 + chosen * set.step, epochs);
    report(base + set.thresholds + 1, (uint32_t)converged, (uint32_t)clamp_misses);
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_DONE, 0, 0);
    printf("hopfield-oja: %u nodes, %u patterns, %s", (unsigned)set.nodes, (unsigned)set.patterns,
           set.rule ? "Oja" : "outer product");
    if (set.rule) {
        printf(", %s after %u epochs", converged ? "converged" : "not converged", epochs);
    }
    printf("; threshold %u (chosen on %lu validation probes); %u of %lu test probes with %lu flipped recalled;"
           " %lu clamps missed (%lu clamped again alone)\n", (unsigned)(1 + chosen * set.step),
           (unsigned long)(set.patterns * set.validation), recalled, (unsigned long)probes, (unsigned long)set.flips,
           clamp_misses, clamp_retries);
    printf("%s\n", clamp_misses == 0 ? "PASS" : "FAIL");
    return clamp_misses == 0 ? 0 : 1;
}
