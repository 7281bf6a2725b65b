/*
 * Fashion-MNIST on the virtual chip, and any other image classification of the same shape (the digits of
 * `neuromtj reproduce jung-2022`): the images' size comes from their IDX file and must match the network's
 * inputs. The host offers three files: a chip image (made by `neuromtj map` from a trained model), test
 * images and their labels (IDX files). The firmware checks the image against
 * the chip it runs on, programs every cell through the SOT write drivers with write-verify, sets the
 * thresholds, routes, input maps and output enables, calibrates the TDCs of the tiles the image names,
 * and then classifies every test
 * image: each pixel becomes a thermometer code of spikes into every input tile, the network runs its
 * timesteps one at a time, and the output neuron that fired most (then first, then the lower class)
 * answers. It reports each answer and its progress to the host, and prints the accuracy, the NPU's
 * counters and the ledger's totals.
 *
 * A timestep's hidden spikes reach the output layer in the next one, so after an image's last timestep
 * some are still queued. Before each image the neurons are reset, one flush timestep without input
 * delivers them, its output is thrown away and the neurons are reset again, so that no image sees
 * another's spikes. Every image, the first included, so begins after the same flush: where silence counts
 * -1 (XNOR cells), the hidden neurons that fire from rest on a silent input reach the output layer in the
 * image's first timestep, as the software network has them do.
 *
 * Input spikes reach the NPU by DMA: before an image's timesteps the firmware prepares a frame, each
 * timestep's spike words one after another, and each timestep one descriptor moves its words into the
 * input FIFO at a word a cycle. Built with FMNIST_INPUT_MMIO (the fmnist-mmio sample), it writes every
 * spike to IN_SPIKE with a store instead, as the first version did: the same spikes in the same order,
 * so the same answers, but the core's stores set the pace.
 */
#include <stdio.h>
#include <string.h>
#include "nmtj_host.h"
#include "nmtj_image.h"
#include "nmtj_npu.h"

#define FILE_CHIP 0u
#define FILE_IMAGES 1u
#define FILE_LABELS 2u
#define CHIP_MAX (1u << 20)
#define MAX_PIXELS 1024u
#define MAX_CLASSES 16u
#define MAX_ENTRIES NMTJ_IMAGE_MAX_ENTRIES
/* The tiles' own ledger actions (ACTION_CELL_READ to ACTION_TILE_WAKE); the SoC's are the host's to read. */
#define LEDGER_ACTIONS 23u
#define MAX_TIMESTEPS 32u
/* A Fashion-MNIST image's spikes into 16 input tiles over 32 timesteps; the firmware checks that a network fits. */
#define MAX_FRAME_WORDS (784u * MAX_ENTRIES * MAX_TIMESTEPS)

/* Mailbox phase marks, so the host can tell programming from inference. */
enum { PHASE_PROGRAM = 1, PHASE_CALIBRATE = 2, PHASE_INFER = 3, PHASE_DONE = 4 };

static uint32_t chip[CHIP_MAX / 4];
static uint8_t image[MAX_PIXELS];
static uint8_t labels_header[8];

static struct nmtj_net net;

static const char *const ACTIONS[LEDGER_ACTIONS] = {"cell_read", "string_read", "tdc_conversion", "tdc_count",
    "neuron_update", "spike", "neuron_pulse", "neuron_reset", "sot_pulse", "verify_read", "register_access",
    "sot_heat", "column_charge", "neuron_bit_op", "router_hop", "fifo_push", "fifo_pop", "router_buffer_write",
    "router_buffer_read", "router_eject", "link_um", "learning_check", "tile_wake"};

#ifndef FMNIST_INPUT_MMIO
/* One image's input spikes, timestep after timestep, and where each timestep's words start. */
static uint32_t frame[MAX_FRAME_WORDS];
static unsigned frame_start[MAX_TIMESTEPS + 1];
static struct nmtj_dma_desc feed __attribute__((aligned(16)));
#endif

static int fail(const char *what)
{
    printf("fmnist: %s\n", what);
    printf("FAIL\n");
    return 2;
}

static uint32_t big_endian(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Checks the chip image and that this firmware can run its network; returns the number of sections, or -1. */
static int check_image(uint32_t size)
{
    int sections = nmtj_image_check("fmnist", chip, size, CHIP_MAX, &net);
    if (sections >= 0 && (net.inputs > MAX_PIXELS || net.outputs > MAX_CLASSES || net.timesteps > MAX_TIMESTEPS)) {
        printf("fmnist: the network has %u inputs, %u outputs and %u timesteps; this firmware runs at most %u, %u"
               " and %u\n", net.inputs, net.outputs, net.timesteps, MAX_PIXELS, MAX_CLASSES, MAX_TIMESTEPS);
        return -1;
    }
    return sections;
}

/* Runs one image's timesteps; returns its answer, or -1 when no output neuron fired. */
static int classify(void)
{
    unsigned level[MAX_PIXELS];
    unsigned counts[MAX_CLASSES] = {0}, first[MAX_CLASSES];
    for (unsigned i = 0; i < net.inputs; i++) {
        level[i] = (image[i] * net.levels + 127) / 255;
    }
    for (unsigned c = 0; c < MAX_CLASSES; c++) {
        first[c] = ~0u;
    }
    unsigned tile, neuron, timestep;
    nmtj_image_reset_neurons(&net);
    nmtj_run(1);
    nmtj_run_wait();
    while (nmtj_spike_receive(&tile, &neuron, &timestep)) {
    }
    nmtj_image_reset_neurons(&net);
#ifndef FMNIST_INPUT_MMIO
    unsigned words = 0;
    for (unsigned t = 0; t < net.timesteps; t++) {
        frame_start[t] = words;
        for (unsigned i = 0; i < net.inputs; i++) {
            if (level[i] > t) {
                for (unsigned e = 0; e < net.entries; e++) {
                    frame[words++] = (net.entry_tile[e] << NMTJ_NPU_IN_SPIKE_TILE_LSB) | (net.entry_row[e] + i);
                }
            }
        }
    }
    frame_start[net.timesteps] = words;
#endif
    for (unsigned t = 0; t < net.timesteps; t++) {
#ifdef FMNIST_INPUT_MMIO
        for (unsigned i = 0; i < net.inputs; i++) {
            if (level[i] > t) {
                for (unsigned e = 0; e < net.entries; e++) {
                    NMTJ_NPU_IN_SPIKE = (net.entry_tile[e] << NMTJ_NPU_IN_SPIKE_TILE_LSB) | (net.entry_row[e] + i);
                }
            }
        }
#else
        unsigned count = frame_start[t + 1] - frame_start[t];
        if (count > 0) {
            nmtj_dma_describe(&feed, 0, &frame[frame_start[t]], count, NMTJ_NPU_DMA_TO_NPU);
            nmtj_dma_start(&feed);
            nmtj_dma_wait();
        }
#endif
        nmtj_run(1);
        nmtj_run_wait();
        while (nmtj_spike_receive(&tile, &neuron, &timestep)) {
            int c = nmtj_image_class_of(&net, tile, neuron);
            if (c >= 0) {
                counts[c]++;
                if (first[c] == ~0u) {
                    first[c] = t;
                }
            }
        }
    }
    int best = -1;
    for (unsigned c = 0; c < net.outputs; c++) {
        if (counts[c] > 0 && (best < 0 || counts[c] > counts[best] || (counts[c] == counts[best] && first[c] < first[best]))) {
            best = (int)c;
        }
    }
    return best;
}

int main(void)
{
    if (nmtj_host_files() < 3) {
        return fail("the host must offer three files: the chip image, the test images and their labels");
    }
    uint32_t size = nmtj_host_size(FILE_CHIP);
    if (size > CHIP_MAX) {
        return fail("the chip image is larger than this firmware's buffer");
    }
    if (nmtj_host_read(FILE_CHIP, 0, chip, size) != 0) {
        return fail("cannot read the chip image");
    }
    int sections = check_image(size);
    if (sections < 0) {
        return fail("the chip image does not fit this chip");
    }
    uint8_t images_header[16];
    if (nmtj_host_read(FILE_IMAGES, 0, images_header, 16) != 0 || nmtj_host_read(FILE_LABELS, 0, labels_header, 8) != 0
        || big_endian(images_header) != 0x803 || big_endian(labels_header) != 0x801
        || big_endian(images_header + 8) * big_endian(images_header + 12) != net.inputs) {
        printf("fmnist: the network takes %u pixels an image\n", net.inputs);
        return fail("host files 1 and 2 must be IDX files of images of that many pixels and of labels");
    }
    uint32_t count = big_endian(images_header + 4);
    if (big_endian(labels_header + 4) != count) {
        return fail("the images and labels files hold different numbers of items");
    }

    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_PROGRAM, 0, 0);
    uint32_t failed_cells = 0;
    const char *error = nmtj_image_apply("fmnist", chip, sections, &net, &failed_cells);
    if (error) {
        return fail(error);
    }
    if (net.biases > 0) {
        return fail("the chip image has bias rows, which this firmware does not drive (run it with nir-run)");
    }
#ifndef FMNIST_INPUT_MMIO
    if (net.inputs * net.entries * net.timesteps > MAX_FRAME_WORDS) {
        return fail("an image's spikes into the input tiles over its timesteps do not fit the firmware's frame");
    }
#endif
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_CALIBRATE, 0, 0);
    unsigned uncalibrated = nmtj_image_calibrate(&net);
    printf("fmnist: %u tiles programmed (%lu cells failed write-verify), %u tiles calibrated (%u with unresolved"
           " counts); %lu test images\n", net.tiles, (unsigned long)failed_cells, net.calibrations, uncalibrated,
           (unsigned long)count);

    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_INFER, 0, 0);
    uint32_t correct = 0, unanswered = 0;
    for (uint32_t n = 0; n < count; n++) {
        uint8_t label;
        if (nmtj_host_read(FILE_IMAGES, 16 + n * net.inputs, image, net.inputs) != 0
            || nmtj_host_read(FILE_LABELS, 8 + n, &label, 1) != 0) {
            return fail("an image or label is missing from its file");
        }
        int answer = classify();
        correct += answer == label;
        unanswered += answer < 0;
        nmtj_host_tell(NMTJ_HOST_MBOX_RESULT, n, (uint32_t)answer, label);
        if ((n + 1) % 10 == 0 || n + 1 == count) {
            nmtj_host_tell(NMTJ_HOST_MBOX_PROGRESS, n + 1, count, 0);
        }
    }
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_DONE, 0, 0);

    uint32_t permille = count ? (uint32_t)((10000ull * correct + count / 2) / count) : 0;
    printf("accuracy %lu/%lu = %lu.%02lu %% (%lu without an answer)\n", (unsigned long)correct, (unsigned long)count,
           (unsigned long)(permille / 100), (unsigned long)(permille % 100), (unsigned long)unanswered);
    struct nmtj_npu_counters k;
    nmtj_npu_counters(&k);
    printf("npu: %lu timesteps, %lu input spikes, %lu spikes fired, %lu to the core, %lu hops, %lu stalls\n",
           (unsigned long)k.timesteps, (unsigned long)k.spikes_in, (unsigned long)k.spikes_fired,
           (unsigned long)k.spikes_out, (unsigned long)k.router_hops, (unsigned long)k.router_stalls);
    printf("ledger:");
    for (unsigned a = 0; a < LEDGER_ACTIONS; a++) {
        uint64_t total = 0;
        for (unsigned t = 0; t < net.tiles; t++) {
            total += nmtj_ledger_count(net.tile[t], a);
        }
        printf(" %s %llu", ACTIONS[a], (unsigned long long)total);
    }
    printf("\nPASS\n");
    return 0;
}
