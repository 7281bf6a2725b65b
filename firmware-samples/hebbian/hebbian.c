/*
 * Hebbian learning through the junctions (`neuromtj reproduce hebbian`, after seed 000's MTJ synapses):
 * ten 5x7 letters learned by a tile whose cells switch by spin-transfer torque, then recognised from noisy
 * copies. The host offers one file, the settings (below); the chip is this folder's tile, NPU and
 * technology files.
 *
 *  - Coding. A letter's 35 pixels drive 70 rows on dual rails: row p for a lit pixel p, row 35 + p for a
 *    dark one, so every letter drives 35 rows. Neuron k (columns 2k and 2k + 1, a differential pair) holds
 *    letter k: its input is the agreement of the letter shown with its weights.
 *  - Learning. An example of letter k drives its rails with learning on and no neuron able to fire; the
 *    next timestep four teacher rows (70 + 4k ...) make neuron k fire, and the tile's learning unit pairs
 *    its spike with the rails driven the timestep before. Through the junction that is a coincidence: the
 *    active rows at +A and neuron k's columns at -A give the co-active cells 2A toward parallel, every cell
 *    sharing one of those lines A; Oja's second phase drives the silent rows and the column the other way,
 *    so the weights follow the example (x - w), where Hebb only potentiates. A is the settings' amplitude,
 *    and the depressing phase has its own (VCMA helps a pulse toward parallel and hinders one toward
 *    antiparallel, so the two need different voltages to switch alike).
 *  - Recall. A letter with some pixels flipped drives the rails with learning off; the core bisects the
 *    tile's threshold, one timestep a probe, to the highest at which a neuron still fires: that neuron's
 *    letter is the answer, or none when several fire there (a tie).
 *  - Disturb. After recall, letter 0 alone is presented again and again: every presentation half-selects
 *    the other neurons' cells on its rows and columns, and the firmware counts how many of their synapses
 *    still hold their letter.
 *
 * A synapse "holds its letter" when it is +1 on the letter's rails and not +1 on the others (Hebb never
 * depresses, so its other weights stay at 0).
 *
 * The settings file, little-endian 32-bit words: "NMTJHEBB", version 1, rule (2 Hebb, 3 Oja: the
 * LEARN_CTRL modes), presentations of each letter, half amplitude A of the potentiating phase (mV), that of
 * Oja's depressing phase (mV, 0 for the same), pulse width (ps), pixels flipped
 * in each training example, the most pixels flipped in a probe (probes flip 0, 1, ... that many), probes
 * of each letter at each level, presentations of letter 0 in the disturb phase, disturb checkpoints, seed
 * of the examples and probes.
 *
 * Results (MBOX_RESULT item, answer, label): item level * 10 * PROBES + letter * PROBES + j is a probe's
 * answer (-1 for none) and its letter; then one item per presentation round, (synapses holding their
 * letter, all synapses); then one per disturb checkpoint from 0 (before it), (the other letters' synapses
 * holding, all of theirs); last, (teacher presentations that failed to make their neuron alone fire, cells
 * that failed write-verify). Strong pulses disturb the teacher rows too: a run that completed exits 0 if its
 * checks pass and 1 if not, its results reported either way; settings or a chip it cannot follow exit 2.
 */
#include <stdio.h>
#include "nmtj_host.h"
#include "nmtj_npu.h"

#define LETTERS 10u
#define PIXELS 35u
#define RAILS (2u * PIXELS)
#define TEACHER_ROWS 4u
#define TEACHER_FIRST RAILS
#define TEACHER_THRESHOLD 3u
/* No sum of 35 +-1 weights reaches this. */
#define THRESHOLD_QUIET 1000u
#define FILE_SETTINGS 0u
#define SETTINGS_WORDS 14u
#define MAX_ROUNDS 1000u
#define MAX_LEVELS PIXELS
#define MAX_PROBES 1000u

/* Mailbox phase marks: the host reads the ledger at each, so learning's cost stands apart. */
enum { PHASE_PROGRAM = 1, PHASE_CALIBRATE = 2, PHASE_INFER = 3, PHASE_DONE = 4, PHASE_TRAIN = 5, PHASE_DISTURB = 7 };

/* A C I J K M S V X Z: any two differ in at least 10 of their 35 pixels. Row by row, bit 4 the left pixel. */
static const char NAMES[LETTERS] = {'A', 'C', 'I', 'J', 'K', 'M', 'S', 'V', 'X', 'Z'};
static const uint8_t FONT[LETTERS][7] = {
    {0x0E, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11}, {0x0E, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0E},
    {0x0E, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0E}, {0x07, 0x02, 0x02, 0x02, 0x02, 0x12, 0x0C},
    {0x11, 0x12, 0x14, 0x18, 0x14, 0x12, 0x11}, {0x11, 0x1B, 0x15, 0x15, 0x11, 0x11, 0x11},
    {0x0F, 0x10, 0x10, 0x0E, 0x01, 0x01, 0x1E}, {0x11, 0x11, 0x11, 0x11, 0x11, 0x0A, 0x04},
    {0x11, 0x11, 0x0A, 0x04, 0x0A, 0x11, 0x11}, {0x1F, 0x01, 0x02, 0x04, 0x08, 0x10, 0x1F},
};

static struct {
    uint32_t mode, rounds, amplitude_mv, depress_mv, width_ps, example_flips, max_flips, probes, disturb, checkpoints, seed;
} set;

static uint64_t letters[LETTERS];
static unsigned long teacher_misses, failed_writes, recall_timesteps;
static uint32_t rng_state;

/* Settings or a chip the firmware cannot follow: exit 2, as a bad input. */
static int fail(const char *what)
{
    printf("hebbian: %s\nFAIL\n", what);
    return 2;
}

static unsigned bit(uint64_t v, unsigned p)
{
    return (unsigned)(v >> p) & 1u;
}

/* `v` with `flips` distinct random pixels inverted. */
static uint64_t flip_pixels(uint64_t v, unsigned flips)
{
    uint64_t mask = 0;
    for (unsigned n = 0; n < flips;) {
        uint64_t p = 1ull << (nmtj_xorshift32(&rng_state) % PIXELS);
        if (!(mask & p)) {
            mask |= p;
            n++;
        }
    }
    return v ^ mask;
}

static const char *read_settings(void)
{
    uint32_t w[SETTINGS_WORDS];
    if (nmtj_host_size(FILE_SETTINGS) != sizeof w || nmtj_host_read(FILE_SETTINGS, 0, w, sizeof w) != 0) {
        return "the settings file must hold 14 words";
    }
    if (w[0] != 0x4A544D4Eu || w[1] != 0x42424548u || w[2] != 1) {
        return "the settings file must start \"NMTJHEBB\", version 1";
    }
    set.mode = w[3];
    set.rounds = w[4];
    set.amplitude_mv = w[5];
    set.depress_mv = w[6];
    set.width_ps = w[7];
    set.example_flips = w[8];
    set.max_flips = w[9];
    set.probes = w[10];
    set.disturb = w[11];
    set.checkpoints = w[12];
    set.seed = w[13];
    if (set.mode != NMTJ_NPU_TILE_LEARN_HEBB && set.mode != NMTJ_NPU_TILE_LEARN_OJA) {
        return "the rule must be 2 (Hebb) or 3 (Oja)";
    }
    if (set.rounds == 0 || set.rounds > MAX_ROUNDS || set.amplitude_mv == 0 || set.amplitude_mv > 0xFFFFu
        || set.depress_mv > 0xFFFFu || set.width_ps == 0 || set.width_ps > 0xFFFFFu) {
        return "presentations must be 1 to 1000, the amplitudes 1 to 65535 mV, the width 1 to 1048575 ps";
    }
    if (set.example_flips > PIXELS || set.max_flips >= MAX_LEVELS || set.probes == 0 || set.probes > MAX_PROBES) {
        return "flips must be at most 35 (34 in probes) and probes 1 to 1000";
    }
    if (set.disturb > 0 ? set.checkpoints == 0 || set.disturb % set.checkpoints != 0 : set.checkpoints != 0) {
        return "the disturb presentations must split evenly into checkpoints (none into none)";
    }
    rng_state = set.seed ? set.seed : 0x2545F491u;
    return 0;
}

static void run_one(void)
{
    nmtj_run(1);
    nmtj_run_wait();
}

static void present(uint64_t pixels)
{
    for (unsigned p = 0; p < PIXELS; p++) {
        nmtj_spike_send(0, p + (bit(pixels, p) ? 0 : PIXELS));
    }
}

/* Drains the output FIFO; returns how many neurons fired and the last of them in `neuron`. */
static unsigned fired(unsigned *neuron)
{
    unsigned n = 0, tile, step;
    while (nmtj_spike_receive(&tile, neuron, &step)) {
        n++;
    }
    return n;
}

static void set_learning(unsigned mode)
{
    nmtj_learning_set(0, mode, 0, 0, 1, set.amplitude_mv, 0, 0, RAILS);
    nmtj_learning_depress(0, set.depress_mv);
    NMTJ_NPU_TILE_LEARN_WIDTH_PS = set.width_ps;
}

/* One presentation of `example` as letter k: its rails with learning on, then k's teacher. */
static void store(unsigned k, uint64_t example)
{
    nmtj_tile_threshold(0, THRESHOLD_QUIET);
    nmtj_tile_reset_neurons(0);
    set_learning(set.mode);
    present(example);
    run_one();
    nmtj_tile_threshold(0, TEACHER_THRESHOLD);
    nmtj_tile_reset_neurons(0);
    for (unsigned r = 0; r < TEACHER_ROWS; r++) {
        nmtj_spike_send(0, TEACHER_FIRST + TEACHER_ROWS * k + r);
    }
    run_one();
    set_learning(NMTJ_NPU_TILE_LEARN_OFF);
    unsigned neuron = 0;
    teacher_misses += fired(&neuron) != 1 || neuron != k;
}

/* The letter whose neuron fires alone at the highest threshold any does, or -1 (none, or a tie there). */
static int recall(uint64_t probe)
{
    unsigned lo = 0, hi = PIXELS + 1;
    int answer = -1;
    while (hi - lo > 1) {
        unsigned mid = (lo + hi) / 2;
        nmtj_tile_threshold(0, mid);
        nmtj_tile_reset_neurons(0);
        present(probe);
        run_one();
        recall_timesteps++;
        unsigned neuron = 0;
        unsigned n = fired(&neuron);
        if (n > 0) {
            lo = mid;
            answer = n == 1 ? (int)neuron : -1;
        } else {
            hi = mid;
        }
    }
    return answer;
}

/* Synapses of letters [first, last) that hold their letter (see the header). */
static unsigned holding(unsigned first, unsigned last)
{
    unsigned right = 0;
    for (unsigned k = first; k < last; k++) {
        for (unsigned r = 0; r < RAILS; r++) {
            unsigned rail = r < PIXELS ? bit(letters[k], r) : !bit(letters[k], r - PIXELS);
            unsigned plus = nmtj_weight_read(0, r, 2 * k) == 1 && nmtj_weight_read(0, r, 2 * k + 1) == 0;
            right += plus == rail;
        }
    }
    return right;
}

static void report(uint32_t item, uint32_t answer, uint32_t label)
{
    nmtj_host_tell(NMTJ_HOST_MBOX_RESULT, item, answer, label);
}

/* Teacher rows at +1 for their neuron only, every plastic weight 0, the output enabled. */
static void set_up(void)
{
    nmtj_tile_select(0);
    nmtj_tile_write_policy(1000, 750, 1, 32);
    for (unsigned k = 0; k < LETTERS; k++) {
        for (unsigned r = 0; r < TEACHER_ROWS; r++) {
            failed_writes += nmtj_weight_write(0, TEACHER_FIRST + TEACHER_ROWS * k + r, 2 * k, 1) != 0;
        }
        for (unsigned r = 0; r < RAILS; r++) {
            failed_writes += nmtj_weight_write(0, r, 2 * k, 0) != 0;
            failed_writes += nmtj_weight_write(0, r, 2 * k + 1, 0) != 0;
        }
        nmtj_output_enable(0, k, 1);
    }
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
    if (nmtj_npu_tiles() < 1 || NMTJ_NPU_TILE_ROWS < TEACHER_FIRST + TEACHER_ROWS * LETTERS
        || NMTJ_NPU_TILE_COLUMNS < 2 * LETTERS) {
        return fail("tile 0 must have 110 rows and 20 columns: run it on the chip of firmware-samples/hebbian");
    }
    for (unsigned k = 0; k < LETTERS; k++) {
        for (unsigned y = 0; y < 7; y++) {
            for (unsigned x = 0; x < 5; x++) {
                letters[k] |= (uint64_t)((FONT[k][y] >> (4 - x)) & 1u) << (5 * y + x);
            }
        }
    }
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_PROGRAM, 0, 0);
    set_up();
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_CALIBRATE, 0, 0);
    int uncalibrated = nmtj_tile_calibrate(0) != 0;

    const uint32_t levels = set.max_flips + 1;
    const uint32_t recall_items = levels * LETTERS * set.probes;
    const uint32_t synapses = LETTERS * RAILS;
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_TRAIN, 0, 0);
    unsigned learned = 0;
    for (unsigned round = 0; round < set.rounds; round++) {
        for (unsigned k = 0; k < LETTERS; k++) {
            store(k, flip_pixels(letters[k], set.example_flips));
        }
        learned = holding(0, LETTERS);
        report(recall_items + round, learned, synapses);
    }
    printf("hebbian: %s, %lu presentations of each of %u letters (%lu pixels flipped in each), A = %lu/%lu mV, %lu ps:"
           " %u of %lu synapses hold their letter; %lu teacher misses, %lu cells failed write-verify%s\n",
           set.mode == NMTJ_NPU_TILE_LEARN_OJA ? "Oja" : "Hebb", (unsigned long)set.rounds, LETTERS,
           (unsigned long)set.example_flips, (unsigned long)set.amplitude_mv,
           (unsigned long)(set.depress_mv ? set.depress_mv : set.amplitude_mv), (unsigned long)set.width_ps, learned,
           (unsigned long)synapses, teacher_misses, failed_writes, uncalibrated ? ", tile uncalibrated" : "");

    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_INFER, 0, 0);
    unsigned clean_right = 0;
    for (unsigned level = 0; level < levels; level++) {
        unsigned right = 0;
        for (unsigned k = 0; k < LETTERS; k++) {
            for (unsigned j = 0; j < set.probes; j++) {
                int answer = recall(flip_pixels(letters[k], level));
                right += answer == (int)k;
                report((level * LETTERS + k) * set.probes + j, (uint32_t)answer, k);
            }
        }
        clean_right = level == 0 ? right : clean_right;
        printf("recall with %2u of 35 pixels flipped: %3u of %lu letters\n", level, right,
               (unsigned long)(LETTERS * set.probes));
    }

    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_DISTURB, 0, 0);
    const uint32_t others = (LETTERS - 1) * RAILS;
    unsigned before = holding(1, LETTERS), after = before;
    report(recall_items + set.rounds, before, others);
    for (unsigned c = 1; c <= set.checkpoints; c++) {
        for (unsigned i = 0; i < set.disturb / set.checkpoints; i++) {
            store(0, letters[0]);
        }
        after = holding(1, LETTERS);
        report(recall_items + set.rounds + c, after, others);
    }
    report(recall_items + set.rounds + set.checkpoints + 1, teacher_misses, failed_writes);
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_DONE, 0, 0);
    printf("disturb: after %lu more presentations of %c, %u of the other letters' %lu synapses hold theirs"
           " (%u before)\n", (unsigned long)set.disturb, NAMES[0], after, (unsigned long)others, before);
    /* Learned from clean examples, every letter must be recognised when shown clean. */
    int ok = teacher_misses == 0 && failed_writes == 0 && !uncalibrated
             && (set.example_flips > 0 || clean_right == LETTERS * set.probes);
    printf("%s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
