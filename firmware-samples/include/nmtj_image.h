/**
 * @file
 * Chip images (made by `neuromtj map` or `neuromtj import`): checking one against the chip the firmware runs
 * on, and programming it: every tile's cells through the SOT write drivers with write-verify and its threshold,
 * the routing tables, the input maps, the output enables, and the lists of input tiles, bias rows and tiles to
 * calibrate that the image names. The layout is ChipImage's (emulator/tools .../workload/map/ChipImage.java).
 */
#ifndef NMTJ_IMAGE_H
#define NMTJ_IMAGE_H

#include <stdio.h>
#include <string.h>
#include "nmtj_npu.h"

#define NMTJ_IMAGE_MAX_TILES 64u    /**< The most tiles an image programs or calibrates. */
#define NMTJ_IMAGE_MAX_ENTRIES 16u  /**< The most input tiles an image names. */
#define NMTJ_IMAGE_MAX_ANSWERS 256u /**< The most answering neurons an image names. */
#define NMTJ_IMAGE_MAX_BIASES 64u   /**< The most bias rows an image names. */

/** What a chip image says about its network: sizes, where inputs enter, which neurons answer, what to calibrate. */
struct nmtj_net {
    unsigned inputs;                                  /**< Input neurons (pixels, for an image classifier). */
    unsigned outputs;                                 /**< Classes the network answers. */
    unsigned levels;                                  /**< Levels of the cells the weights were quantised to. */
    unsigned timesteps;                               /**< Timesteps an input is presented for. */
    unsigned entries;                                 /**< Input tiles named. */
    unsigned entry_tile[NMTJ_IMAGE_MAX_ENTRIES];      /**< Each input tile. */
    unsigned entry_row[NMTJ_IMAGE_MAX_ENTRIES];       /**< The row input 0 drives in that tile; input i drives the row i after it. */
    unsigned answers;                                 /**< Answering neurons named. */
    unsigned answer_tile[NMTJ_IMAGE_MAX_ANSWERS];     /**< Each answering neuron's tile. */
    unsigned answer_neuron[NMTJ_IMAGE_MAX_ANSWERS];   /**< Its neuron. */
    unsigned answer_class[NMTJ_IMAGE_MAX_ANSWERS];    /**< The class its spikes vote for. */
    unsigned tiles;                                   /**< Tiles programmed. */
    unsigned tile[NMTJ_IMAGE_MAX_TILES];              /**< Each programmed tile. */
    unsigned threshold[NMTJ_IMAGE_MAX_TILES];         /**< Its neurons' threshold. */
    unsigned calibrations;                            /**< Tiles to calibrate. */
    unsigned calibrate[NMTJ_IMAGE_MAX_TILES];         /**< Each. */
    unsigned biases;                                  /**< Runs of bias rows named. */
    unsigned bias_tile[NMTJ_IMAGE_MAX_BIASES];        /**< Each run's tile. */
    unsigned bias_row[NMTJ_IMAGE_MAX_BIASES];         /**< Its first row. */
    unsigned bias_count[NMTJ_IMAGE_MAX_BIASES];       /**< Its rows, each driven every timestep an input is presented. */
};

/**
 * CRC-32 (IEEE), as the image's header states it.
 * @param p the bytes
 * @param n how many
 * @return their CRC-32
 */
static uint32_t nmtj_crc32(const uint8_t *p, uint32_t n)
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

/**
 * Checks an image's header against this chip (magic, version, length, CRC-32, mesh, tile geometry, neurons)
 * and reads its sizes into @p net.
 * @param who  what printed messages start with
 * @param chip the image, word-aligned in RAM
 * @param size its bytes
 * @param max  the most bytes the firmware's buffer holds
 * @param net  where its sizes go
 * @return the number of sections, or -1 after printing why
 */
static int nmtj_image_check(const char *who, const uint32_t *chip, uint32_t size, uint32_t max, struct nmtj_net *net)
{
    if (size < 80 || size > max || memcmp(chip, "NMTJIMG", 8) != 0) {
        printf("%s: host file 0 is not a chip image\n", who);
        return -1;
    }
    if (chip[2] != 1) {
        printf("%s: chip image version %lu, this firmware reads version 1\n", who, (unsigned long)chip[2]);
        return -1;
    }
    if (chip[3] != size || nmtj_crc32((const uint8_t *)chip + 20, size - 20) != chip[4]) {
        printf("%s: the chip image is corrupt (length or CRC-32 mismatch)\n", who);
        return -1;
    }
    uint32_t mesh = NMTJ_NPU_MESH;
    nmtj_tile_select(0);
    uint32_t here[7] = {mesh & NMTJ_NPU_MESH_WIDTH_MASK, (mesh & NMTJ_NPU_MESH_HEIGHT_MASK) >> NMTJ_NPU_MESH_HEIGHT_LSB,
                        NMTJ_NPU_TILE_ROWS, NMTJ_NPU_TILE_COLUMNS, NMTJ_NPU_TILE_SEGMENT, 0, 0};
    const uint32_t *want = &chip[5];
    for (int k = 0; k < 5; k++) {
        if (want[k] != here[k]) {
            printf("%s: the chip image is for a %lux%lu mesh of %lux%lu tiles (strings of %lu); this chip is a"
                   " %lux%lu mesh of %lux%lu tiles (strings of %lu)\n", who,
                   (unsigned long)want[0], (unsigned long)want[1], (unsigned long)want[2], (unsigned long)want[3],
                   (unsigned long)want[4], (unsigned long)here[0], (unsigned long)here[1], (unsigned long)here[2],
                   (unsigned long)here[3], (unsigned long)here[4]);
            return -1;
        }
    }
    if (want[7] != NMTJ_NPU_TILE_NEURONS) {
        printf("%s: the chip image has %lu neurons a tile, this chip %lu\n", who, (unsigned long)want[7],
               (unsigned long)NMTJ_NPU_TILE_NEURONS);
        return -1;
    }
    net->inputs = chip[15];
    net->outputs = chip[16];
    net->levels = chip[17];
    net->timesteps = chip[18];
    return (int)chip[19];
}

/**
 * Notes a programmed tile and its threshold in @p net, once per tile.
 * @param net       the network
 * @param tile      the tile
 * @param threshold its neurons' threshold
 */
static void nmtj_image_remember_tile(struct nmtj_net *net, unsigned tile, unsigned threshold)
{
    for (unsigned k = 0; k < net->tiles; k++) {
        if (net->tile[k] == tile) {
            net->threshold[k] = threshold;
            return;
        }
    }
    if (net->tiles < NMTJ_IMAGE_MAX_TILES) {
        net->threshold[net->tiles] = threshold;
        net->tile[net->tiles++] = tile;
    }
}

/**
 * Programs a tile section's cells with write-verify and its threshold: one nmtj_weight_write() of waiting per
 * cell (the pulses and verify reads of a 1000 mV, 750 ps pulse, up to 32 retries).
 * @param net the network, which notes the tile
 * @param s   the section's words: tile, threshold, rows, columns, then a byte a cell
 * @return the cells that failed to reach their level
 */
static uint32_t nmtj_image_program_tile(struct nmtj_net *net, const uint32_t *s)
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
    nmtj_image_remember_tile(net, tile, threshold);
    return NMTJ_NPU_TILE_WRITE_FAILS;
}

/**
 * Applies every section of the image: tiles, routes (committed at the end), input maps, answering neurons,
 * input tiles, tiles to calibrate, bias rows.
 * @param who          what printed messages start with
 * @param chip         the image nmtj_image_check() accepted
 * @param sections     its number of sections
 * @param net          where what it names goes
 * @param failed_cells counts the cells that failed to reach their level
 * @return 0, or a failure's message
 */
static const char *nmtj_image_apply(const char *who, const uint32_t *chip, int sections, struct nmtj_net *net,
                                    uint32_t *failed_cells)
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
            *failed_cells += nmtj_image_program_tile(net, s);
            break;
        case 2:
            nmtj_route_add(s[0], s[1], s[2], s[3], s[4]);
            break;
        case 3:
            nmtj_map_set(s[0], s[1], s[2], s[3], s[4], s[5]);
            break;
        case 4:
            if (net->answers == NMTJ_IMAGE_MAX_ANSWERS) {
                return "the chip image names too many answering neurons";
            }
            net->answer_tile[net->answers] = s[0];
            net->answer_neuron[net->answers] = s[1];
            net->answer_class[net->answers++] = s[2];
            nmtj_output_enable(s[0], s[1], 1);
            break;
        case 5:
            if (net->entries == NMTJ_IMAGE_MAX_ENTRIES) {
                return "the chip image names too many input tiles";
            }
            net->entry_tile[net->entries] = s[0];
            net->entry_row[net->entries++] = s[1];
            break;
        case 6:
            if (net->calibrations == NMTJ_IMAGE_MAX_TILES) {
                return "the chip image names too many tiles to calibrate";
            }
            net->calibrate[net->calibrations++] = s[0];
            break;
        case 7:
            if (net->biases == NMTJ_IMAGE_MAX_BIASES) {
                return "the chip image names too many bias rows";
            }
            net->bias_tile[net->biases] = s[0];
            net->bias_row[net->biases] = s[1];
            net->bias_count[net->biases++] = s[2];
            break;
        default:
            return "the chip image has a section of unknown type";
        }
        p = s + length / 4;
    }
    unsigned bad;
    if (nmtj_route_commit(&bad) != 0) {
        printf("%s: router %u refused its routing table\n", who, bad);
        return "the routing tables were refused";
    }
    return 0;
}

/**
 * Returns every neuron of the image's tiles to its reset state.
 * @param net the network
 */
static void nmtj_image_reset_neurons(const struct nmtj_net *net)
{
    for (unsigned k = 0; k < net->tiles; k++) {
        nmtj_tile_reset_neurons(net->tile[k]);
    }
}

/**
 * @param net    the network
 * @param tile   a neuron's tile
 * @param neuron the neuron
 * @return the class (output) it answers, or -1 for a neuron that answers nothing
 */
static int nmtj_image_class_of(const struct nmtj_net *net, unsigned tile, unsigned neuron)
{
    for (unsigned k = 0; k < net->answers; k++) {
        if (net->answer_tile[k] == tile && net->answer_neuron[k] == neuron) {
            return (int)net->answer_class[k];
        }
    }
    return -1;
}

/**
 * Calibrates the TDCs of the tiles the image names, one nmtj_tile_calibrate() of waiting each.
 * @param net the network
 * @return how many tiles left counts unresolved
 */
static unsigned nmtj_image_calibrate(const struct nmtj_net *net)
{
    unsigned uncalibrated = 0;
    for (unsigned k = 0; k < net->calibrations; k++) {
        uncalibrated += nmtj_tile_calibrate(net->calibrate[k]) != 0;
    }
    return uncalibrated;
}

#endif
