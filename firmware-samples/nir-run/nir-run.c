/*
 * Runs any network imported with `neuromtj import` (a NIR graph lowered onto the chip) on input spike trains,
 * and reports its output spikes; no C to write. The host offers two files: the chip image, and the spike
 * trains (`neuromtj import` writes them from a NumPy array or from images): the magic "NMTJSPK\0", then
 * little-endian words: the version (1), the samples, the timesteps of a sample's input, the inputs, the
 * timesteps to run a sample (its input's and the network's latency, a timestep a hop), then for each sample and
 * input timestep one bit an input, 32 to a word, input i in bit i % 32 of word i / 32.
 *
 * The firmware checks the image against the chip, programs it (cells with write-verify, thresholds, routes,
 * input maps, output enables), calibrates the TDCs, and runs every sample from rest: with every neuron held
 * below firing, one timestep without input delivers the spikes still in flight, and the neurons are reset. Then each timestep it writes the input spikes into every input tile's rows and
 * drives the image's bias rows, runs the timestep, and reports each answering neuron's spike to the host
 * (MBOX_SPIKE: sample, output, timestep).
 */
#include <stdio.h>
#include <string.h>
#include "nmtj_host.h"
#include "nmtj_image.h"
#include "nmtj_npu.h"

#define FILE_CHIP 0u
#define FILE_SPIKES 1u
#define CHIP_MAX (1u << 20)
#define MAX_INPUTS 4096u
#define SPIKES_HEADER_WORDS 7u

/* Mailbox phase marks, as the other samples make them. */
enum { PHASE_PROGRAM = 1, PHASE_CALIBRATE = 2, PHASE_INFER = 3, PHASE_DONE = 4 };

static uint32_t chip[CHIP_MAX / 4];
static uint32_t header[SPIKES_HEADER_WORDS];
static uint32_t bits[MAX_INPUTS / 32];
static struct nmtj_net net;

static int fail(const char *what)
{
    printf("nir-run: %s\n", what);
    printf("FAIL\n");
    return 2;
}

/* Writes one timestep's input spikes into every input tile and drives the bias rows; returns -1 on overflow. */
static int feed(unsigned words)
{
    int overflow = 0;
    for (unsigned w = 0; w < words; w++) {
        for (uint32_t b = bits[w]; b != 0; b &= b - 1) {
            unsigned i = w * 32 + (unsigned)__builtin_ctz(b);
            for (unsigned e = 0; e < net.entries; e++) {
                overflow |= nmtj_spike_send(net.entry_tile[e], net.entry_row[e] + i);
            }
        }
    }
    for (unsigned k = 0; k < net.biases; k++) {
        for (unsigned r = 0; r < net.bias_count[k]; r++) {
            overflow |= nmtj_spike_send(net.bias_tile[k], net.bias_row[k] + r);
        }
    }
    return overflow;
}

/* The largest threshold the neurons take: a neuron held at it integrates but does not fire. */
static unsigned quiet_threshold(void)
{
    nmtj_tile_select(net.tile[0]);
    unsigned programmed = NMTJ_NPU_TILE_THRESHOLD;
    unsigned quiet = programmed;
    for (int b = 31; b > 0; b--) {
        NMTJ_NPU_TILE_THRESHOLD = (1u << b) - 1;
        if (NMTJ_NPU_TILE_THRESHOLD == (1u << b) - 1) {
            quiet = (1u << b) - 1;
            break;
        }
    }
    NMTJ_NPU_TILE_THRESHOLD = programmed;
    return quiet;
}

/*
 * Brings the network to rest before a sample: with every neuron held at the quiet threshold, one timestep
 * without input delivers the spikes still in flight, which fire nothing (a recurrent network's would otherwise
 * fire more), its output thrown away; then the thresholds return and the neurons are reset.
 */
static void flush(unsigned quiet)
{
    unsigned tile, neuron, timestep;
    for (unsigned k = 0; k < net.tiles; k++) {
        nmtj_tile_threshold(net.tile[k], quiet);
    }
    nmtj_image_reset_neurons(&net);
    nmtj_run(1);
    nmtj_run_wait();
    while (nmtj_spike_receive(&tile, &neuron, &timestep)) {
    }
    for (unsigned k = 0; k < net.tiles; k++) {
        nmtj_tile_threshold(net.tile[k], net.threshold[k]);
    }
    nmtj_image_reset_neurons(&net);
}

int main(void)
{
    if (nmtj_host_files() < 2) {
        return fail("the host must offer two files: the chip image and the spike trains");
    }
    uint32_t size = nmtj_host_size(FILE_CHIP);
    if (size > CHIP_MAX) {
        return fail("the chip image is larger than this firmware's buffer");
    }
    if (nmtj_host_read(FILE_CHIP, 0, chip, size) != 0) {
        return fail("cannot read the chip image");
    }
    int sections = nmtj_image_check("nir-run", chip, size, CHIP_MAX, &net);
    if (sections < 0) {
        return fail("the chip image does not fit this chip");
    }
    if (nmtj_host_read(FILE_SPIKES, 0, header, sizeof header) != 0 || memcmp(header, "NMTJSPK", 8) != 0
        || header[2] != 1) {
        return fail("host file 1 is not a version 1 spike-train file");
    }
    uint32_t samples = header[3], steps = header[4], inputs = header[5], run = header[6];
    uint32_t words = (inputs + 31) / 32;
    if (inputs != net.inputs || inputs > MAX_INPUTS) {
        printf("nir-run: the spike trains have %lu inputs, the network %u (this firmware takes at most %u)\n",
               (unsigned long)inputs, net.inputs, MAX_INPUTS);
        return fail("the spike trains do not fit the network");
    }
    if (run < steps || nmtj_host_size(FILE_SPIKES) != 4 * (SPIKES_HEADER_WORDS + samples * steps * words)) {
        return fail("the spike-train file's length does not match its header");
    }

    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_PROGRAM, 0, 0);
    uint32_t failed_cells = 0;
    const char *error = nmtj_image_apply("nir-run", chip, sections, &net, &failed_cells);
    if (error) {
        return fail(error);
    }
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_CALIBRATE, 0, 0);
    unsigned uncalibrated = nmtj_image_calibrate(&net);
    printf("nir-run: %u tiles programmed (%lu cells failed write-verify), %u tiles calibrated (%u with unresolved"
           " counts); %lu samples of %lu timesteps, run for %lu\n", net.tiles, (unsigned long)failed_cells,
           net.calibrations, uncalibrated, (unsigned long)samples, (unsigned long)steps, (unsigned long)run);

    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_INFER, 0, 0);
    uint32_t reported = 0;
    unsigned tile, neuron, timestep;
    unsigned quiet = quiet_threshold();
    for (uint32_t s = 0; s < samples; s++) {
        flush(quiet);
        for (uint32_t t = 0; t < run; t++) {
            if (t < steps) {
                uint32_t at = 4 * (SPIKES_HEADER_WORDS + (s * steps + t) * words);
                if (nmtj_host_read(FILE_SPIKES, at, bits, 4 * words) != 0) {
                    return fail("a sample's spikes are missing from the spike-train file");
                }
            } else {
                memset(bits, 0, 4 * words);
            }
            if (feed(words) != 0) {
                return fail("the NPU's input FIFO overflowed: too many input spikes in one timestep");
            }
            nmtj_run(1);
            nmtj_run_wait();
            while (nmtj_spike_receive(&tile, &neuron, &timestep)) {
                int c = nmtj_image_class_of(&net, tile, neuron);
                if (c >= 0) {
                    nmtj_host_tell(NMTJ_HOST_MBOX_SPIKE, s, (uint32_t)c, t);
                    reported++;
                }
            }
        }
        nmtj_host_tell(NMTJ_HOST_MBOX_PROGRESS, s + 1, samples, 0);
    }
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_DONE, 0, 0);
    struct nmtj_npu_counters k;
    nmtj_npu_counters(&k);
    printf("nir-run: %lu output spikes reported; npu: %lu timesteps, %lu input spikes, %lu spikes fired, %lu hops\n",
           (unsigned long)reported, (unsigned long)k.timesteps, (unsigned long)k.spikes_in,
           (unsigned long)k.spikes_fired, (unsigned long)k.router_hops);
    printf("PASS\n");
    return 0;
}
