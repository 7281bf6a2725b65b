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
#include "nmtj_npu.h"

#define FILE_CHIP 0u
#define FILE_IMAGES 1u
#define FILE_LABELS 2u
#define CHIP_MAX (1u << 20)
#define MAX_PIXELS 1024u
#define MAX_CLASSES 16u
#define MAX_TILES 64u
#define MAX_ENTRIES 16u
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

/* What the chip image says about the network and where its answers come from. */
static struct {
    unsigned inputs, outputs, levels, timesteps;
    unsigned entries;
    unsigned entry_tile[MAX_ENTRIES], entry_row[MAX_ENTRIES];
    unsigned answers;
    unsigned answer_tile[MAX_CLASSES], answer_neuron[MAX_CLASSES], answer_class[MAX_CLASSES];
    unsigned tiles;
    unsigned tile[MAX_TILES];
    unsigned calibrations;
    unsigned calibrate[MAX_TILES];
} net;

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

static uint32_t crc32(const uint8_t *p, uint32_t n)
{
    static uint32_t table[256];
    if (!table[1]) {
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++) {
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[i] = c;
        }
    }
    uint32_t c = 0xFFFFFFFFu;
    for (uint32_t i = 0; i < n; i++) {
        c = table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    }
    return c ^ 0xFFFFFFFFu;
}

static uint32_t big_endian(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Checks the chip image's header against this chip; returns the number of sections, or -1. */
static int check_image(uint32_t size)
{
    if (size < 80 || size > CHIP_MAX || memcmp(chip, "NMTJIMG", 8) != 0) {
        printf("fmnist: host file %u is not a chip image\n", FILE_CHIP);
        return -1;
    }
    if (chip[2] != 1) {
        printf("fmnist: chip image version %lu, this firmware reads version 1\n", (unsigned long)chip[2]);
        return -1;
    }
    if (chip[3] != size || crc32((const uint8_t *)chip + 20, size - 20) != chip[4]) {
        printf("fmnist: the chip image is corrupt (length or CRC-32 mismatch)\n");
        return -1;
    }
    uint32_t mesh = NMTJ_NPU_MESH;
    nmtj_tile_select(0);
    uint32_t here[7] = {mesh & NMTJ_NPU_MESH_WIDTH_MASK, (mesh & NMTJ_NPU_MESH_HEIGHT_MASK) >> NMTJ_NPU_MESH_HEIGHT_LSB,
                        NMTJ_NPU_TILE_ROWS, NMTJ_NPU_TILE_COLUMNS, NMTJ_NPU_TILE_SEGMENT, 0, 0};
    const uint32_t *want = &chip[5];
    for (int k = 0; k < 5; k++) {
        if (want[k] != here[k]) {
            printf("fmnist: the chip image is for a %lux%lu mesh of %lux%lu tiles (strings of %lu); this chip is a"
                   " %lux%lu mesh of %lux%lu tiles (strings of %lu)\n",
                   (unsigned long)want[0], (unsigned long)want[1], (unsigned long)want[2], (unsigned long)want[3],
                   (unsigned long)want[4], (unsigned long)here[0], (unsigned long)here[1], (unsigned long)here[2],
                   (unsigned long)here[3], (unsigned long)here[4]);
            return -1;
        }
    }
    if (want[7] != NMTJ_NPU_TILE_NEURONS) {
        printf("fmnist: the chip image has %lu neurons a tile, this chip %lu\n", (unsigned long)want[7],
               (unsigned long)NMTJ_NPU_TILE_NEURONS);
        return -1;
    }
    net.inputs = chip[15];
    net.outputs = chip[16];
    net.levels = chip[17];
    net.timesteps = chip[18];
    if (net.inputs > MAX_PIXELS || net.outputs > MAX_CLASSES || net.timesteps > MAX_TIMESTEPS) {
        printf("fmnist: the network has %u inputs, %u outputs and %u timesteps; this firmware runs at most %u, %u"
               " and %u\n", net.inputs, net.outputs, net.timesteps, MAX_PIXELS, MAX_CLASSES, MAX_TIMESTEPS);
        return -1;
    }
    return (int)chip[19];
}

static void remember_tile(unsigned tile)
{
    for (unsigned k = 0; k < net.tiles; k++) {
        if (net.tile[k] == tile) {
            return;
        }
    }
    if (net.tiles < MAX_TILES) {
        net.tile[net.tiles++] = tile;
    }
}

/* Programs a tile's cells with write-verify and its threshold; returns the cells that failed. */
static uint32_t program_tile(const uint32_t *s)
{
    unsigned tile = s[0], threshold = s[1], rows = s[2], columns = s[3];
    const uint8_t *cells = (const uint8_t *)&s[4];
    nmtj_tile_select(tile);
    nmtj_tile_write_policy(1000, 750, 1, 32);
    NMTJ_NPU_TILE_CMD = NMTJ_NPU_TILE_CMD_CLEAR_COUNTS_MASK;
    unsigned stride = NMTJ_NPU_TILE_COLUMNS;
    for (unsigned r = 0; r < rows; r++) {
        for (unsigned c = 0; c < columns; c++) {
            NMTJ_NPU_TILE_WEIGHT(r * stride + c) = cells[r * columns + c];
        }
    }
    NMTJ_NPU_TILE_THRESHOLD = threshold;
    remember_tile(tile);
    return NMTJ_NPU_TILE_WRITE_FAILS;
}

/* Applies every section; returns 0 or a failure's message. */
static const char *apply(int sections, uint32_t *failed_cells)
{
    const uint32_t *p = &chip[20];
    const uint32_t *end = chip + chip[3] / 4;
    for (int k = 0; k < sections; k++) {
        if (p + 2 > end) {
            return "the chip image's sections run past its end";
        }
        uint32_t type = p[0], length = p[1];
        const uint32_t *s = p + 2;
        if (s + length / 4 > end) {
            return "the chip image's sections run past its end";
        }
        switch (type) {
        case 1:
            *failed_cells += program_tile(s);
            break;
        case 2:
            nmtj_route_add(s[0], s[1], s[2], s[3], s[4]);
            break;
        case 3:
            nmtj_map_set(s[0], s[1], s[2], s[3], s[4], s[5]);
            break;
        case 4:
            if (net.answers == MAX_CLASSES) {
                return "the chip image names too many answering neurons";
            }
            net.answer_tile[net.answers] = s[0];
            net.answer_neuron[net.answers] = s[1];
            net.answer_class[net.answers++] = s[2];
            nmtj_output_enable(s[0], s[1], 1);
            break;
        case 6:
            if (net.calibrations == MAX_TILES) {
                return "the chip image names too many tiles to calibrate";
            }
            net.calibrate[net.calibrations++] = s[0];
            break;
        case 5:
            if (net.entries == MAX_ENTRIES) {
                return "the chip image names too many input tiles";
            }
            net.entry_tile[net.entries] = s[0];
            net.entry_row[net.entries++] = s[1];
            break;
        default:
            return "the chip image has a section of unknown type";
        }
        p = s + length / 4;
    }
    unsigned bad;
    if (nmtj_route_commit(&bad) != 0) {
        printf("fmnist: router %u refused its routing table\n", bad);
        return "the routing tables were refused";
    }
    return 0;
}

static void reset_neurons(void)
{
    for (unsigned k = 0; k < net.tiles; k++) {
        nmtj_tile_reset_neurons(net.tile[k]);
    }
}

static int class_of(unsigned tile, unsigned neuron)
{
    for (unsigned k = 0; k < net.answers; k++) {
        if (net.answer_tile[k] == tile && net.answer_neuron[k] == neuron) {
            return (int)net.answer_class[k];
        }
    }
    return -1;
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
    reset_neurons();
    nmtj_run(1);
    nmtj_run_wait();
    while (nmtj_spike_receive(&tile, &neuron, &timestep)) {
    }
    reset_neurons();
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
            int c = class_of(tile, neuron);
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
    const char *error = apply(sections, &failed_cells);
    if (error) {
        return fail(error);
    }
#ifndef FMNIST_INPUT_MMIO
    if (net.inputs * net.entries * net.timesteps > MAX_FRAME_WORDS) {
        return fail("an image's spikes into the input tiles over its timesteps do not fit the firmware's frame");
    }
#endif
    nmtj_host_tell(NMTJ_HOST_MBOX_MARK, PHASE_CALIBRATE, 0, 0);
    unsigned uncalibrated = 0;
    for (unsigned k = 0; k < net.calibrations; k++) {
        uncalibrated += nmtj_tile_calibrate(net.calibrate[k]) != 0;
    }
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
