/*
 * Programs NPU tile 0's crossbar through its weight window with write-verify, reads the pattern back
 * through the sense path, reruns the TDC calibration, and reports what the write driver did. Pulses
 * are set at 1 V, above the SOT device's 50% switching point (894 mV at 0.75 ns), so verify retries a
 * pulse now and then, mostly on the junctions whose critical current lies above nominal; at the 50%
 * point itself the strongest of them (a 5% spread of I_c0) would use up their retries.
 */
#include <stdio.h>
#include <stdint.h>
#include "neuromtj_regs.h"

#define ROWS_USED 16u

static unsigned pattern(unsigned row, unsigned column)
{
    return ((row * 7u + column * 3u) >> 2) & 1u;
}

int main(void)
{
    unsigned rows = NMTJ_NPU_TILE_ROWS, columns = NMTJ_NPU_TILE_COLUMNS;
    printf("tile0: %u x %u cells in strings of %u, %u levels, %u TDCs of %u bits, %u neurons\n", rows, columns,
           (unsigned)NMTJ_NPU_TILE_SEGMENT, (unsigned)NMTJ_NPU_TILE_LEVELS, (unsigned)NMTJ_NPU_TILE_TDC_COUNT,
           (unsigned)NMTJ_NPU_TILE_TDC_BITS, (unsigned)NMTJ_NPU_TILE_NEURONS);

    NMTJ_NPU_TILE_CTRL = NMTJ_NPU_TILE_CTRL_VERIFY_MASK;
    NMTJ_NPU_TILE_PULSE_MV = 1000;
    NMTJ_NPU_TILE_PULSE_PS = 750;
    NMTJ_NPU_TILE_MAX_RETRIES = 64;
    NMTJ_NPU_TILE_CMD = NMTJ_NPU_TILE_CMD_CLEAR_COUNTS_MASK;
    for (unsigned r = 0; r < ROWS_USED; r++) {
        for (unsigned c = 0; c < columns; c++) {
            NMTJ_NPU_TILE_WEIGHT(r * columns + c) = (uint8_t)pattern(r, c);
        }
    }
    unsigned wrong = 0, ones = 0;
    for (unsigned r = 0; r < ROWS_USED; r++) {
        for (unsigned c = 0; c < columns; c++) {
            unsigned level = NMTJ_NPU_TILE_WEIGHT(r * columns + c);
            wrong += level != pattern(r, c);
            ones += level;
        }
    }
    unsigned pulses = NMTJ_NPU_TILE_WRITE_PULSES, retries = NMTJ_NPU_TILE_WRITE_RETRIES, fails = NMTJ_NPU_TILE_WRITE_FAILS;
    printf("programmed %u cells (%u parallel): %u pulses, %u retries, %u failed, %u read back wrong\n",
           ROWS_USED * columns, ones, pulses, retries, fails, wrong);

    NMTJ_NPU_TILE_CMD = NMTJ_NPU_TILE_CMD_CALIBRATE_MASK;
    unsigned calibrated = (NMTJ_NPU_TILE_STATUS & NMTJ_NPU_TILE_STATUS_CALIBRATED_MASK) != 0;
    printf("calibration: %s, TDC0 offset %u, gain %u/256\n", calibrated ? "resolves every count" : "TOO COARSE",
           (unsigned)NMTJ_NPU_TILE_TDC_OFFSET(0), (unsigned)NMTJ_NPU_TILE_TDC_GAIN(0));

    int ok = wrong == 0 && fails == 0 && retries > 0 && pulses == ones + retries && calibrated;
    printf("%s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
