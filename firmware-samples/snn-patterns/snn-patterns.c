/*
 * A two-layer spiking network across two tiles that classifies four 16-pixel patterns. Layer 1 (tile 0)
 * has one detector neuron per pattern: weight +1 from the pattern's lit pixels and -1 (the negative
 * column of its differential pair) from its dark ones, threshold 8 of the 10 lit pixels. Its spikes
 * cross the mesh to tile 1, whose input map turns detector i into row i; layer 2 neuron i has weight +1
 * from row i and threshold 1, and reports to the core. Every pattern, clean and with each single pixel
 * flipped, must be classified as itself and nothing else.
 */
#include <stdio.h>
#include "nmtj_npu.h"

#define PIXELS 16u
#define CLASSES 4u
#define DETECTORS_MASK 0xFFFFFFFCu /* neurons 0-3 of tile 0 */

static const uint16_t PATTERNS[CLASSES] = {0xFFC0, 0x03FF, 0xF81F, 0xAAAF};

/* Runs one image; returns the class that answered, or -1 for none or several. */
static int classify(uint16_t image)
{
    nmtj_tile_reset_neurons(0);
    nmtj_tile_reset_neurons(1);
    for (unsigned p = 0; p < PIXELS; p++) {
        if (image & (1u << p)) {
            nmtj_spike_send(0, p);
        }
    }
    nmtj_run(2);
    nmtj_run_wait();
    int answer = -1, answers = 0;
    unsigned tile, neuron, timestep;
    while (nmtj_spike_receive(&tile, &neuron, &timestep)) {
        answer = (int)neuron;
        answers++;
    }
    return answers == 1 ? answer : -1;
}

int main(void)
{
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
        failed |= nmtj_weight_write(1, c, 2 * c, 1);
        nmtj_output_enable(1, c, 1);
    }
    nmtj_tile_threshold(0, 8);
    nmtj_tile_threshold(1, 1);
    nmtj_route_add(0, 0, NMTJ_KEY(0, 0), DETECTORS_MASK, NMTJ_ROUTE_EAST);
    nmtj_route_add(1, 0, NMTJ_KEY(0, 0), DETECTORS_MASK, NMTJ_ROUTE_LOCAL);
    failed |= nmtj_route_commit(0);
    nmtj_map_set(1, 0, NMTJ_KEY(0, 0), DETECTORS_MASK, 0, 1);

    unsigned correct = 0, total = 0;
    for (unsigned c = 0; c < CLASSES; c++) {
        int clean = classify(PATTERNS[c]);
        unsigned noisy_ok = 0;
        for (unsigned p = 0; p < PIXELS; p++) {
            noisy_ok += classify(PATTERNS[c] ^ (1u << p)) == (int)c;
        }
        printf("pattern %u (0x%04x): clean -> %d, one pixel flipped -> %u/%u correct\n", c, PATTERNS[c], clean,
               noisy_ok, PIXELS);
        correct += (clean == (int)c) + noisy_ok;
        total += 1 + PIXELS;
    }
    struct nmtj_npu_counters k;
    nmtj_npu_counters(&k);
    printf("accuracy %u/%u; %lu timesteps, %lu spikes fired, %lu mesh hops\n", correct, total,
           (unsigned long)k.timesteps, (unsigned long)k.spikes_fired, (unsigned long)k.router_hops);
    int ok = !failed && correct == total;
    printf("%s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
