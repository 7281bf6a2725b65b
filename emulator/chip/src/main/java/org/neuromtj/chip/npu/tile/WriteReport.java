package org.neuromtj.chip.npu.tile;

import java.util.List;

/**
 * What programming took.
 *
 * @param pulses      SOT pulses applied
 * @param retries     pulses that did not move their cell (only known with verify)
 * @param verifyReads single-cell reads made to verify
 * @param failedCells cells left at a wrong level: with verify, those that exhausted their retries;
 *                    without, those the driver could not know about are not listed
 * @param cycles      NPU cycles the programming took
 */
public record WriteReport(long pulses, long retries, long verifyReads, List<Cell> failedCells, long cycles) {

    public WriteReport {
        failedCells = List.copyOf(failedCells);
    }

    /**
     * A cell of the crossbar.
     *
     * @param row    its row
     * @param column its column
     */
    public record Cell(int row, int column) {
    }
}
