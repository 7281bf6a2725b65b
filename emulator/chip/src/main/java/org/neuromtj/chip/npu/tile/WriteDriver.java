package org.neuromtj.chip.npu.tile;

/**
 * The SOT write driver of a tile: pulse timing, the write-verify loop and its retry count. The Java
 * model and the RTL proxy of the controller both implement it; whether a pulse switches a junction is
 * decided by the junction's physics either way.
 */
public interface WriteDriver {

    /** @return the pulse shape and verify policy in force */
    WriteDriverConfig config();

    /** @param next the pulse shape and verify policy for the writes that follow */
    void configure(WriteDriverConfig next);

    /**
     * @param row    the row
     * @param column the column
     * @param level  the target level
     * @return what it took
     */
    WriteReport program(int row, int column, int level);

    /**
     * Programs every column of a row in parallel.
     *
     * @param row    the row
     * @param levels target level per column
     * @return what it took
     */
    WriteReport programRow(int row, int[] levels);

    /**
     * Reads a cell's level through the verify path.
     *
     * @param row    the row
     * @param column the column
     * @return the sensed level
     */
    int sense(int row, int column);
}
