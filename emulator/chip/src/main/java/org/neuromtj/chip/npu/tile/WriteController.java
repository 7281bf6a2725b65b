package org.neuromtj.chip.npu.tile;

/**
 * The digital controller of the SOT write driver during one programming command, as the driver's
 * analog side sees it: the driver reports the verify reads it made, asks for the next round, applies
 * the pulses the controller chose, and at the end collects the verdict. {@link WriteSequencer} is the
 * Java model; the RTL proxy drives {@code rtl/sot/sot_write_ctrl.sv}.
 */
public interface WriteController {

    /**
     * Takes a verify read: every enabled column once before the first round, then each pulsed column
     * after its pulse.
     *
     * @param column the column
     * @param sensed the level read
     */
    void sensed(int column, int sensed);

    /**
     * Decides the next round.
     *
     * @return whether any column gets a pulse in it; if not, the command is finished
     */
    boolean nextRound();

    /** @return whether a column gets a pulse in the round just decided */
    boolean pulses(int column);

    /** @return whether that pulse goes toward parallel (a level up) */
    boolean up(int column);

    /** @return pulses that did not move their cell, over all columns, once finished */
    int retries();

    /** @return whether a column was left at a wrong level that verify saw, once finished */
    boolean failed(int column);

    /** @return NPU cycles the command kept the controller busy, once finished */
    long cycles();

    /** Starts commands. */
    @FunctionalInterface
    interface Factory {
        /** The Java model's controller. */
        Factory MODEL = WriteSequencer::new;

        /**
         * @param verify      whether cells are read after every pulse
         * @param maxRetries  pulses per cell that may fail to move it
         * @param pulseCycles NPU cycles of one pulse, at least one
         * @param top         the highest level a cell holds
         * @param target      target level per column
         * @param enabled     which columns the command programs
         * @return the command's controller
         */
        WriteController begin(boolean verify, int maxRetries, long pulseCycles, int top, int[] target,
                              boolean[] enabled);
    }
}
