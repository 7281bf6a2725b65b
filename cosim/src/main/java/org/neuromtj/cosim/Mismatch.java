package org.neuromtj.cosim;

import java.nio.file.Path;

/**
 * The first cycle at which the RTL and its model disagreed.
 *
 * @param block    the block
 * @param cycle    the cycle, counted from 0 at the first stimulus word
 * @param signal   the first output, in port order, that differed
 * @param expected the model's value
 * @param actual   the RTL's value
 * @param seed     the stimulus seed that replays it
 * @param waveform the VCD of the cycles around it, or null if none was written
 */
public record Mismatch(String block, long cycle, String signal, int expected, int actual, long seed, Path waveform) {

    /** @return one line: where, what, and how to replay it */
    public String describe() {
        return String.format("block %s: cycle %d: %s expected 0x%x (%d), RTL gave 0x%x (%d); replay with seed %d%s",
                block, cycle, signal, expected, expected, actual, actual, seed,
                waveform == null ? "" : "; waveform " + waveform);
    }
}
