/*
 * A two-layer spiking network across two tiles that classifies four 16-pixel patterns. Layer 1 (tile 0)
 * has one detector neuron per pattern: weight +1 from the pattern's lit pixels and -1 (the negative
 * column of its differential pair) from its dark ones, threshold 8 of the 10 lit pixels. Its spikes
 * cross the mesh to tile 1, whose input map turns detector i into row i; layer 2 neuron i has weight +1
 * from row i and threshold 1, and reports to the core. Every pattern, clean and with each single pixel
 * flipped, must be classified as itself and nothing else.
 *
 * With a settings file offered by the host (`neuromtj reproduce mtj-neurons`, for tiles of MTJ neurons,
 * which fire with a probability), an image is shown for several timesteps and the class whose layer-2
 * neuron fired most answers (none on a tie). Settings, little-endian 32-bit words: "NMTJSNNP", version 1,
 * timesteps an image (1 to 64), layer 1's threshold, layer 2's, and the rows each detector drives in layer
 * 2 (1 to 16), each with weight +1. Without the file: 1 timestep, 8, 1 and 1 row, and the self-check.
 * Results (MBOX_RESULT item, answer, label): item 17c + k is pattern c clean (k = 0) or with pixel k - 1
 * flipped, answered (-1 for none).
 */
#include <stdio.h>
#include "nmtj_host.h"
#include "nmtj_npu.h"

#define PIXELS 16u
#define CLASSES 4u
#define DETECTORS_MASK 0xFFFFFFFCu /* neurons 0-3 of tile 0 */

/* Mailbox phase marks: the host reads the ledger at each. */
enum { PHASE_INFER = 3, PHASE_DONE = 4 };
#define MAX_TIMESTEPS 64u
#define MAX_FANOUT 16u

static const uint16_t PATTERNS[CLASSES] = {0xFFC0, 0x03FF, 0xF81F, 0xAAAF};

static struct {
    uint32_t timesteps, threshold1, threshold2, fanout;
} set = {1, 8, 1, 1};

/* Reads the host's settings file, if it offers one; returns 0 or a message. */
static const char *read_settings(void)
{
    if (nmtj_host_files() < 1) {
        return 0;
    }
    uint32_t w[7];
    if (nmtj_host_size(0) != sizeof w || nmtj_host_read(0, 0, w, sizeof w) != 0) {
        return "the settings file must hold 7 words";
    }
    if (w[0] != 0x4A544D4Eu || w[1] != 0x504E4E53u || w[2] != 1) {
        return "the settings file must start \"NMTJSNNP\", version 1";
    }
    if (w[3] < 1 || w[3] > MAX_TIMESTEPS || w[4] < 1 || w[4] > 0xFFFFu || w[5] < 1 || w[5] > 0xFFFFu || w[6] < 1
        || w[6] > MAX_FANOUT) {
        return "timesteps 1 to 64, thresholds 1 to 65535, rows a detector drives 1 to 16";
    }
    set.timesteps = w[3];
    set.threshold1 = w[4];
    set.threshold2 = w[5];
    set.fanout = w[6];
    return 0;
}

/* Runs one image for the settings' timesteps; returns the class whose neuron fired most, or -1 for none or a tie. */
static int classify(uint16_t image)
{
    nmtj_tile_reset_neurons(0);
    nmtj_tile_reset_neurons(1);
    unsigned counts[CLASSES] = {0};
    unsigned tile, neuron, timestep;
    for (unsigned t = 0; t <= set.timesteps; t++) {
        for (unsigned p = 0; p < PIXELS && t < set.timesteps; p++) {
            if (image & (1u << p)) {
                nmtj_spike_send(0, p);
            }
        }
        nmtj_run(1); /* the last timestep lets layer 2 take the detectors' last spikes */
        nmtj_run_wait();
        while (nmtj_spike_receive(&tile, &neuron, &timestep)) {
            counts[neuron % CLASSES]++;
        }
    }
    int answer = -1;
    unsigned best = 0;
    for (unsigned c = 0; c < CLASSES; c++) {
        answer = counts[c] > best ? (int)c : counts[c] == best ? -1 : answer;
        best = counts[c] > best ? counts[c] : best;
    }
    return best > 0 ? answer : -1;
}

int main(void)
{
    const char *error = read_settings();
    if (error) {
        printf("snn-patterns: %s\nFAIL\n", error);
        return 2;
    }
    int hosted = nmtj_host_files() > 0;
    int failed = 0;
    for (unsigned t = 0; t < 2; t++) {
        nmtj_tile_select(t);
        nmtj_tile_write_policy(1000, 750, 1, 32);
    }
    for (unsigned c = 0; c < CLASSES; c++) {
        for (unsigned p = 0; p < PIXELS; p++) {
            int lit = (PATTERNS[c] >> p) & 1;
            failed |= nmtj_weight_write(0, p, 2 * c, lit);
            failed |= nmtj_weight_write(0, p, 2 * c + 1, !lit);
        }
        for (unsigned r = 0; r < set.fanout; r++) {
            failed |= nmtj_weight_write(1, c * set.fanout + r, 2 * c, 1);
        }
        nmtj_output_enable(1, c, 1);
    }
    nmtj_tile_threshold(0, set.threshold1);
    nmtj_tile_threshold(1, set.threshold2);
    nmtj_route_add(0, 0, NMTJ_KEY(0, 0), DETECTORS_MASK, NMTJ_ROUTE_EAST);
    nmtj_route_add(1, 0, NMTJ_KEY(0, 0), DETECTORS_MASK, NMTJ_ROUTE_LOCAL);
    failed |= nmtj_route_commit(0);
    nmtj_map_set(1, 0, NMTJ_KEY(0, 0), DETECTORS_MASK, 0, set.fanout);

    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_INFER, 0, 0);
    unsigned correct = 0, total = 0;
    for (unsigned c = 0; c < CLASSES; c++) {
        int clean = classify(PATTERNS[c]);
        nmtj_host_tell(NMTJ_HOST_MBOX_RESULT, (1 + PIXELS) * c, (uint32_t)clean, c);
        unsigned noisy_ok = 0;
        for (unsigned p = 0; p < PIXELS; p++) {
            int answer = classify(PATTERNS[c] ^ (1u << p));
            nmtj_host_tell(NMTJ_HOST_MBOX_RESULT, (1 + PIXELS) * c + 1 + p, (uint32_t)answer, c);
            noisy_ok += answer == (int)c;
        }
        printf("pattern %u (0x%04x): clean -> %d, one pixel flipped -> %u/%u correct\n", c, PATTERNS[c], clean,
               noisy_ok, PIXELS);
        correct += (clean == (int)c) + noisy_ok;
        total += 1 + PIXELS;
    }
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_DONE, 0, 0);
    struct nmtj_npu_counters k;
    nmtj_npu_counters(&k);
    printf("accuracy %u/%u; %lu timesteps, %lu spikes fired, %lu mesh hops\n", correct, total,
           (unsigned long)k.timesteps, (unsigned long)k.spikes_fired, (unsigned long)k.router_hops);
    /* Neurons that fire with a probability are scored by the host; the network must still be built. */
    int ok = !failed && (hosted || correct == total);
    printf("%s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
