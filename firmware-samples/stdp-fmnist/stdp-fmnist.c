/*
 * Unsupervised learning on the chip (`neuromtj reproduce stdp-fmnist`): a layer of excitatory neurons on
 * XNOR tiles learns Fashion-MNIST by the tiles' own STDP pulses, is labelled by its responses, and
 * classifies the test set. The host offers five files: the settings (below), the training images and
 * labels, and the test images and labels (IDX files).
 *
 * An image is binarised (a pixel brighter than the settings' threshold spikes) and presented in phases:
 *
 *  - Competition. Every tile in use gets the image's spikes; a neuron's input is the agreement between the
 *    image (+1 for a spike, -1 for none) and its binary weights, plus its homeostatic bias. The core acts
 *    as the layer's inhibitory population: with learning off it raises or lowers the tiles' common
 *    threshold, one timestep a probe, until the highest threshold at which a neuron still fires is found
 *    (a gallop from the last image's, then bisection to the sums' resolution of 2).
 *  - Learning (training only). One timestep at that threshold with STDP on: the winner fires with the ON
 *    pixels' spikes, so the causal rule acts on their synapses (dt = 0). The next timestep drives the OFF
 *    pixels with a threshold no neuron reaches, so the acausal rule acts on theirs (dt = -1). With the
 *    classic rule (LTP, LTD) each synapse moves toward the pixel it saw with the switching probability of
 *    the stage's pulse: the winner's weights drift toward the images it wins.
 *  - Homeostasis. Each win lowers the winner's bias by BETA, and every neuron's bias rises with the wins it
 *    is owed (wins so far / neurons), so no neuron wins much more or less than its share. A bias is held
 *    by the 48 rows past the pixels, which are never driven: each cell at level 0 adds +1, at level 1 -1.
 *    The firmware reprograms them by write-verify when a neuron's bias moves.
 *
 * After training the following LABEL images are presented (no learning): each neuron takes the class it
 * won most often. Then each test image's answer is the class of the neuron that wins it.
 *
 * Training runs in periods of PERIOD images (`neuromtj reproduce continual` presents one class a period):
 * the pulses' schedule restarts each period, a held selection mask (seed 002's neuronal selection) is
 * drawn anew at its start, and with EVALUATE set the layer is labelled and tested after each period, on
 * the classes trained so far (images of other classes are skipped). Each test answer is reported as item
 * evaluation * TEST + image.
 *
 * The settings file, little-endian 32-bit words: "NMTJSTDP", version 1, tiles (from tile 0), pixel
 * threshold, training images, labelling images, test images, causal rule, acausal rule, window, pulse
 * width (ps), BETA (bias units of 2 a win), initial weights (0 random, 1 imprinted from the first training
 * images, 2 blank: every weight -1), seed of the random weights, mask pulse (mV, 0 off), mask held for a
 * period (1) or drawn every timestep (0), PERIOD, EVALUATE, then the number of learning stages and one
 * pulse amplitude (mV) for each: stage s covers images [s*PERIOD/S, (s+1)*PERIOD/S) of each period.
 */
#include <stdio.h>
#include <string.h>
#include "nmtj_host.h"
#include "nmtj_npu.h"

#define FILE_SETTINGS 0u
#define FILE_TRAIN_IMAGES 1u
#define FILE_TRAIN_LABELS 2u
#define FILE_TEST_IMAGES 3u
#define FILE_TEST_LABELS 4u
#define PIXELS 784u
#define CLASSES 10u
#define MAX_TILES 16u
#define MAX_NEURONS (MAX_TILES * 64u)
#define MAX_STAGES 32u
#define SETTINGS_WORDS 20u
#define BIAS_FIRST PIXELS
/* The threshold register is 16 bits signed: no sum of 832 +-1 products reaches this. */
#define THRESHOLD_QUIET 32767u
#define THRESHOLD_START 400
#define GALLOP 16
#define LEARN_TRIES 4

enum { INIT_RANDOM = 0, INIT_IMPRINT = 1, INIT_BLANK = 2 };
/* The tiles' own ledger actions (ACTION_CELL_READ to ACTION_TILE_WAKE). */
#define LEDGER_ACTIONS 23u

/* Mailbox phase marks: the host reads the ledger at each, so learning's cost stands apart. */
enum { PHASE_PROGRAM = 1, PHASE_CALIBRATE = 2, PHASE_INFER = 3, PHASE_DONE = 4, PHASE_TRAIN = 5, PHASE_LABEL = 6 };

static struct {
    unsigned tiles, pixel_threshold, train, label, test, causal, acausal, window, width_ps, beta, init, seed,
        mask_mv, mask_hold, period, evaluate, stages;
    unsigned amplitude[MAX_STAGES];
} set;

static unsigned neurons, per_tile, bias_rows;
static uint8_t image[PIXELS];
static uint32_t on_frame[PIXELS * MAX_TILES], off_frame[PIXELS * MAX_TILES];
static unsigned on_words, off_words;
static struct nmtj_dma_desc feed __attribute__((aligned(16)));
static uint32_t wins[MAX_NEURONS];
static uint16_t votes[MAX_NEURONS][CLASSES];
static int8_t label_of[MAX_NEURONS];
/* Bias cells at level 1 (each -1) of every neuron, as programmed. */
static uint8_t bias_high[MAX_NEURONS];
static unsigned winner[MAX_NEURONS], winners;
static int last_threshold = THRESHOLD_START;
static unsigned long probes, failed_writes;

static const char *const INIT_NAMES[] = {"random", "imprinted", "blank"};

static const char *const ACTIONS[LEDGER_ACTIONS] = {"cell_read", "string_read", "tdc_conversion", "tdc_count",
    "neuron_update", "spike", "neuron_pulse", "neuron_reset", "sot_pulse", "verify_read", "register_access",
    "sot_heat", "column_charge", "neuron_bit_op", "router_hop", "fifo_push", "fifo_pop", "router_buffer_write",
    "router_buffer_read", "router_eject", "link_um", "learning_check", "tile_wake"};

static int fail(const char *what)
{
    printf("stdp-fmnist: %s\nFAIL\n", what);
    return 2;
}

static uint32_t big_endian(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t rng_state;

/* Reads and checks the settings; returns 0 or a message. */
static const char *read_settings(void)
{
    uint32_t w[SETTINGS_WORDS + MAX_STAGES];
    uint32_t size = nmtj_host_size(FILE_SETTINGS);
    if (size < SETTINGS_WORDS * 4 || size > sizeof w || nmtj_host_read(FILE_SETTINGS, 0, w, size) != 0
        || memcmp(w, "NMTJSTDP", 8) != 0) {
        return "host file 0 is not a settings file (NMTJSTDP)";
    }
    if (w[2] != 1) {
        return "the settings file's version is not 1";
    }
    set.tiles = w[3];
    set.pixel_threshold = w[4];
    set.train = w[5];
    set.label = w[6];
    set.test = w[7];
    set.causal = w[8];
    set.acausal = w[9];
    set.window = w[10];
    set.width_ps = w[11];
    set.beta = w[12];
    set.init = w[13];
    set.seed = w[14];
    set.mask_mv = w[15];
    set.mask_hold = w[16];
    set.period = w[17];
    set.evaluate = w[18];
    set.stages = w[19];
    if (set.stages == 0 || set.stages > MAX_STAGES || size != (SETTINGS_WORDS + set.stages) * 4) {
        return "the settings name no learning stage, more than 32, or not one amplitude each";
    }
    for (unsigned s = 0; s < set.stages; s++) {
        set.amplitude[s] = w[SETTINGS_WORDS + s];
    }
    if (set.tiles == 0 || set.tiles > MAX_TILES || set.tiles > nmtj_npu_tiles()) {
        return "the settings ask for more tiles than the chip (or this firmware) has";
    }
    if (set.causal > 2 || set.acausal > 2 || set.window == 0 || set.window > 255) {
        return "the settings' STDP rules or window are out of range";
    }
    if (set.init > INIT_BLANK || set.mask_mv > 0xFFFF || set.period == 0 || set.train % set.period != 0) {
        return "the settings' initial weights, mask or period are out of range (the period must divide the training"
               " images)";
    }
    nmtj_tile_select(0);
    per_tile = NMTJ_NPU_TILE_NEURONS;
    if (NMTJ_NPU_TILE_ROWS < PIXELS + 2 || per_tile > 64 || NMTJ_NPU_TILE_COLUMNS != per_tile) {
        return "the tiles must be XNOR tiles of at most 64 one-bit neurons and more rows than an image's pixels";
    }
    bias_rows = NMTJ_NPU_TILE_ROWS - PIXELS;
    if (bias_rows > 255) {
        bias_rows = 255;
    }
    neurons = set.tiles * per_tile;
    return 0;
}

/* Reads image `n` of an IDX images file into `image`. */
static int read_image(unsigned file, uint32_t n)
{
    return nmtj_host_read(file, 16 + n * PIXELS, image, PIXELS);
}

static int read_label(unsigned file, uint32_t n)
{
    uint8_t label;
    return nmtj_host_read(file, 8 + n, &label, 1) != 0 ? -1 : label;
}

/* Checks an IDX pair holds at least `count` 28x28 images and labels. */
static int check_idx(unsigned images, unsigned labels, uint32_t count)
{
    uint8_t ih[16], lh[8];
    return nmtj_host_read(images, 0, ih, 16) == 0 && nmtj_host_read(labels, 0, lh, 8) == 0
           && big_endian(ih) == 0x803 && big_endian(lh) == 0x801 && big_endian(ih + 8) * big_endian(ih + 12) == PIXELS
           && big_endian(ih + 4) >= count && big_endian(lh + 4) >= count;
}

/* Turns `image` into the spike words of its ON pixels and of its OFF pixels, for every tile in use. */
static void prepare_frames(void)
{
    on_words = off_words = 0;
    for (unsigned p = 0; p < PIXELS; p++) {
        uint32_t *words = image[p] > set.pixel_threshold ? on_frame : off_frame;
        unsigned *count = image[p] > set.pixel_threshold ? &on_words : &off_words;
        for (unsigned t = 0; t < set.tiles; t++) {
            words[(*count)++] = t << NMTJ_NPU_IN_SPIKE_TILE_LSB | p;
        }
    }
}

static void set_thresholds(unsigned threshold)
{
    for (unsigned t = 0; t < set.tiles; t++) {
        nmtj_tile_threshold(t, threshold);
    }
}

static void set_learning(unsigned mode, unsigned amplitude)
{
    for (unsigned t = 0; t < set.tiles; t++) {
        nmtj_learning_set(t, mode, set.causal, set.acausal, set.window, amplitude, 0, 0, PIXELS);
    }
}

/* One timestep with `words` spike words as input; the neurons that fired go to `winner`. */
static unsigned timestep(uint32_t *words, unsigned count)
{
    if (count > 0) {
        nmtj_dma_describe(&feed, 0, words, count, NMTJ_NPU_DMA_TO_NPU);
        nmtj_dma_start(&feed);
        nmtj_dma_wait();
    }
    nmtj_run(1);
    nmtj_run_wait();
    unsigned tile, neuron, step;
    winners = 0;
    while (nmtj_spike_receive(&tile, &neuron, &step)) {
        winner[winners++] = tile * per_tile + neuron;
    }
    return winners;
}

static unsigned probe(int threshold)
{
    probes++;
    set_thresholds((unsigned)threshold);
    return timestep(on_frame, on_words);
}

/* The neurons that fired at the highest threshold that any probe found yet. */
static unsigned best[MAX_NEURONS], bests;

static unsigned probe_and_keep(int threshold, int *lo)
{
    unsigned fired = probe(threshold);
    if (fired > 0 && threshold > *lo) {
        *lo = threshold;
        memcpy(best, winner, fired * sizeof best[0]);
        bests = fired;
    }
    return fired;
}

/*
 * Finds the highest threshold at which a neuron still fires on the current image and leaves the neurons
 * that fired there in `winner`: a read is noisy, so they are those of the probe that found it, not of a
 * new read. Returns the threshold, or 0 when none fires even at 1.
 */
static int compete(void)
{
    int lo = 0, hi = THRESHOLD_QUIET + 1;
    int t = last_threshold;
    int step = GALLOP;
    bests = 0;
    while (1) {
        if (probe_and_keep(t, &lo) > 0) {
            if (t + step >= hi) {
                break;
            }
            t += step;
        } else {
            hi = t;
            if (t <= lo + 1 || t == 1) {
                break;
            }
            t = t - step > lo ? t - step : lo > 0 ? lo + 1 : 1;
        }
        step *= 2;
    }
    while (lo > 0 && hi - lo > 2) {
        int mid = lo + (hi - lo) / 2;
        if (probe_and_keep(mid, &lo) == 0) {
            hi = mid;
        }
    }
    memcpy(winner, best, bests * sizeof best[0]);
    winners = bests;
    if (lo > 0) {
        last_threshold = lo;
    }
    return lo;
}

/* Programs neuron `n`'s bias cells so that `high` of them sit at level 1. */
static void program_bias(unsigned n, unsigned high)
{
    unsigned tile = n / per_tile, column = n % per_tile;
    while (bias_high[n] < high) {
        failed_writes += nmtj_weight_write(tile, BIAS_FIRST + bias_high[n]++, column, 1) != 0;
    }
    while (bias_high[n] > high) {
        failed_writes += nmtj_weight_write(tile, BIAS_FIRST + --bias_high[n], column, 0) != 0;
    }
}

/* Homeostasis: each neuron's bias follows BETA times the wins it is owed, within what its rows hold. */
static void balance(unsigned long total_wins)
{
    for (unsigned n = 0; n < neurons; n++) {
        long owed = (long)set.beta * ((long)total_wins - (long)wins[n] * (long)neurons) / (long)neurons;
        /* bias = bias_rows - 2 * high, in units of 2 */
        long high = ((long)bias_rows - 2 * owed) / 2;
        if (high < 0) {
            high = 0;
        }
        if (high > (long)bias_rows) {
            high = bias_rows;
        }
        if ((unsigned)high != bias_high[n]) {
            program_bias(n, (unsigned)high);
        }
    }
}

/* Programs every neuron's weights (imprinted or random) and a zero bias. */
static int initialise(void)
{
    rng_state = set.seed ? set.seed : 1;
    for (unsigned t = 0; t < set.tiles; t++) {
        nmtj_tile_select(t);
        nmtj_tile_write_policy(1000, 750, 1, 32);
        NMTJ_NPU_TILE_CMD = NMTJ_NPU_TILE_CMD_CLEAR_COUNTS_MASK;
    }
    for (unsigned n = 0; n < neurons; n++) {
        unsigned tile = n / per_tile, column = n % per_tile;
        if (set.init == INIT_IMPRINT && read_image(FILE_TRAIN_IMAGES, n) != 0) {
            return -1;
        }
        for (unsigned p = 0; p < PIXELS; p++) {
            unsigned level = set.init == INIT_IMPRINT ? image[p] > set.pixel_threshold
                             : set.init == INIT_RANDOM ? nmtj_xorshift32(&rng_state) >> 31 : 0;
            failed_writes += nmtj_weight_write(tile, p, column, level) != 0;
        }
        for (unsigned r = 0; r < bias_rows; r++) {
            failed_writes += nmtj_weight_write(tile, BIAS_FIRST + r, column, r < bias_rows / 2) != 0;
        }
        bias_high[n] = (uint8_t)(bias_rows / 2);
        if (bias_rows % 2) {
            return -2;
        }
    }
    return 0;
}

/* Progress and what the last evaluation found, for the host and the summary. */
static unsigned long done, total, total_wins, unlearned, train_probes;
static uint32_t correct, unanswered, tested, labelled, seen;

/* Trains on training image `i` with the pulses of `stage`; returns -1 if it cannot be read. */
static int train_one(uint32_t i, unsigned stage)
{
    int label = read_label(FILE_TRAIN_LABELS, i);
    if (read_image(FILE_TRAIN_IMAGES, i) != 0 || label < 0 || label >= (int)CLASSES) {
        return -1;
    }
    seen |= 1u << label;
    prepare_frames();
    set_learning(NMTJ_NPU_TILE_LEARN_OFF, 0);
    unsigned long before = probes;
    int threshold = compete();
    train_probes += probes - before;
    if (threshold == 0) {
        unlearned++;
    } else {
        /* A read is noisy: should no neuron reach the threshold again, lower it until one does. */
        set_learning(NMTJ_NPU_TILE_LEARN_STDP, set.amplitude[stage]);
        for (int tries = 0; tries < LEARN_TRIES && threshold > 0; tries++, threshold -= 2) {
            set_thresholds((unsigned)threshold);
            if (timestep(on_frame, on_words) > 0) {
                break;
            }
        }
        for (unsigned k = 0; k < winners; k++) {
            wins[winner[k]]++;
            total_wins++;
        }
        set_thresholds(THRESHOLD_QUIET);
        timestep(off_frame, off_words);
        set_learning(NMTJ_NPU_TILE_LEARN_OFF, 0);
    }
    if (set.beta && (i + 1) % 16 == 0) {
        balance(total_wins);
    }
    if (++done % 100 == 0) {
        nmtj_host_tell(NMTJ_HOST_MBOX_PROGRESS, done, total, 0);
    }
    return 0;
}

/*
 * Labels every neuron by the classes of the labelling images it wins, then classifies the test images,
 * in both only those of the classes trained so far, and reports each answer as item e * TEST + image.
 * The last evaluation is marked for the host, which reads what labelling and test cost between the marks.
 */
static const char *evaluate(unsigned e, int last)
{
    if (last) {
        nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_LABEL, 0, 0);
    }
    memset(votes, 0, sizeof votes);
    for (uint32_t i = 0; i < set.label; i++) {
        int label = read_label(FILE_TRAIN_LABELS, set.train + i);
        if (label < 0 || label >= (int)CLASSES) {
            return "a labelling label is missing or out of range";
        }
        if (seen & 1u << label) {
            if (read_image(FILE_TRAIN_IMAGES, set.train + i) != 0) {
                return "a labelling image is missing from its file";
            }
            prepare_frames();
            compete();
            for (unsigned k = 0; k < winners; k++) {
                if (votes[winner[k]][label] < 0xFFFF) {
                    votes[winner[k]][label]++;
                }
            }
        }
        if (++done % 100 == 0) {
            nmtj_host_tell(NMTJ_HOST_MBOX_PROGRESS, done, total, 0);
        }
    }
    labelled = 0;
    for (unsigned n = 0; n < neurons; n++) {
        int best = -1;
        for (unsigned c = 0; c < CLASSES; c++) {
            if (votes[n][c] > 0 && (best < 0 || votes[n][c] > votes[n][best])) {
                best = (int)c;
            }
        }
        label_of[n] = (int8_t)best;
        labelled += best >= 0;
    }
    if (last) {
        nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_INFER, 0, 0);
    }
    correct = unanswered = tested = 0;
    for (uint32_t i = 0; i < set.test; i++) {
        int label = read_label(FILE_TEST_LABELS, i);
        if (label < 0 || label >= (int)CLASSES) {
            return "a test label is missing or out of range";
        }
        if (seen & 1u << label) {
            if (read_image(FILE_TEST_IMAGES, i) != 0) {
                return "a test image is missing from its file";
            }
            prepare_frames();
            compete();
            /* Several winners (a tie within the read's noise) vote; the first to reach a count keeps it. */
            unsigned count[CLASSES] = {0};
            int answer = -1;
            for (unsigned k = 0; k < winners; k++) {
                int c = label_of[winner[k]];
                if (c >= 0 && (++count[c] > (answer < 0 ? 0 : count[answer]))) {
                    answer = c;
                }
            }
            correct += answer == label;
            unanswered += answer < 0;
            tested++;
            nmtj_host_tell(NMTJ_HOST_MBOX_RESULT, e * set.test + i, (uint32_t)answer, (uint32_t)label);
        }
        if (++done % 100 == 0 || done == total) {
            nmtj_host_tell(NMTJ_HOST_MBOX_PROGRESS, done, total, 0);
        }
    }
    if (last) {
        nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_DONE, 0, 0);
    }
    return 0;
}

int main(void)
{
    if (nmtj_host_files() < 5) {
        return fail("the host must offer five files: settings, training images and labels, test images and labels");
    }
    const char *error = read_settings();
    if (error) {
        return fail(error);
    }
    if (!check_idx(FILE_TRAIN_IMAGES, FILE_TRAIN_LABELS, set.train + set.label)
        || !check_idx(FILE_TEST_IMAGES, FILE_TEST_LABELS, set.test)) {
        return fail("host files 1 to 4 must be IDX files of 28x28 images and labels, as many as the settings use");
    }
    if (set.init == INIT_IMPRINT && set.train < neurons) {
        return fail("imprinted weights take one training image a neuron: train on at least as many");
    }

    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_PROGRAM, 0, 0);
    int init = initialise();
    if (init == -2) {
        return fail("the tiles' rows past the pixels must be even in number, to hold a bias of zero");
    }
    if (init != 0) {
        return fail("a training image is missing from its file");
    }
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_CALIBRATE, 0, 0);
    unsigned uncalibrated = 0;
    for (unsigned t = 0; t < set.tiles; t++) {
        uncalibrated += nmtj_tile_calibrate(t) != 0;
        for (unsigned n = 0; n < per_tile; n++) {
            nmtj_output_enable(t, n, 1);
        }
        nmtj_mask_set(t, 0);
    }
    printf("stdp-fmnist: %u neurons on %u tiles, weights %s (%lu cells failed write-verify), %u tiles uncalibrated\n",
           neurons, set.tiles, INIT_NAMES[set.init], failed_writes, uncalibrated);

    unsigned periods = set.train / set.period;
    unsigned evaluations = set.evaluate ? periods : 1;
    total = set.train + (unsigned long)evaluations * (set.label + set.test);
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_TRAIN, 0, 0);
    for (unsigned p = 0, e = 0; p < periods; p++) {
        for (unsigned t = 0; t < set.tiles; t++) {
            if (set.mask_hold) {
                nmtj_mask_hold(t, set.mask_mv);
            } else {
                nmtj_mask_set(t, set.mask_mv);
            }
        }
        for (uint32_t i = p * set.period; i < (p + 1) * set.period; i++) {
            if (train_one(i, (i - p * set.period) * set.stages / set.period) != 0) {
                return fail("a training image or its label is missing or out of range");
            }
        }
        if (set.evaluate || p + 1 == periods) {
            for (unsigned t = 0; t < set.tiles; t++) {
                nmtj_mask_set(t, 0);
            }
            int last = p + 1 == periods;
            const char *error = evaluate(e++, last);
            if (error) {
                return fail(error);
            }
        }
    }
    unsigned idle = 0;
    uint32_t most = 0;
    for (unsigned n = 0; n < neurons; n++) {
        idle += wins[n] == 0;
        most = wins[n] > most ? wins[n] : most;
    }
    printf("training: %lu images, %lu wins, %lu without a winner, %u neurons never won, most wins %lu;"
           " %lu probes (%lu.%02lu an image)\n", (unsigned long)set.train, total_wins, unlearned, idle,
           (unsigned long)most, train_probes,
           set.train ? train_probes / set.train : 0, set.train ? train_probes * 100 / set.train % 100 : 0);
    printf("labelling: %lu images, %lu of %u neurons labelled\n", (unsigned long)set.label, (unsigned long)labelled,
           neurons);
    uint32_t hundredths = tested ? (uint32_t)((10000ull * correct + tested / 2) / tested) : 0;
    printf("accuracy %lu/%lu = %lu.%02lu %% (%lu without an answer)\n", (unsigned long)correct,
           (unsigned long)tested, (unsigned long)(hundredths / 100), (unsigned long)(hundredths % 100),
           (unsigned long)unanswered);
    printf("ledger:");
    for (unsigned a = 0; a < LEDGER_ACTIONS; a++) {
        uint64_t sum = 0;
        for (unsigned t = 0; t < set.tiles; t++) {
            sum += nmtj_ledger_count(t, a);
        }
        printf(" %s %llu", ACTIONS[a], (unsigned long long)sum);
    }
    printf("\nPASS\n");
    return 0;
}
