package org.neuromtj.chip.npu.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteSequencerTest {

    /** Drives a command against cells that move one level on every second pulse; returns what it decided. */
    private static List<Object> drive(WriteController c, int[] start, int columns) {
        int[] cell = start.clone();
        int[] pulses = new int[columns];
        List<Object> decisions = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            c.sensed(i, cell[i]);
        }
        while (c.nextRound()) {
            for (int i = 0; i < columns; i++) {
                decisions.add(c.pulses(i));
                if (c.pulses(i)) {
                    decisions.add(c.up(i));
                    if (pulses[i]++ % 2 == 1) {
                        cell[i] += c.up(i) ? 1 : -1;
                    }
                    c.sensed(i, cell[i]);
                }
            }
        }
        for (int i = 0; i < columns; i++) {
            decisions.add(c.failed(i));
        }
        decisions.add(c.retries());
        decisions.add(c.cycles());
        return decisions;
    }

    @Test
    void aReusedSequencerDecidesEachCommandAsAFreshOneWould() {
        WriteController.Factory reusing = WriteSequencer.reusing();
        int[][] targets = {{3, 0, 2}, {0, 1, 3}, {2}, {1, 1}, {0, 3, 3}};
        int[][] starts = {{0, 3, 2}, {3, 0, 0}, {0}, {0, 1}, {3, 3, 0}};
        WriteController first = null;
        for (int k = 0; k < targets.length; k++) {
            int n = targets[k].length;
            boolean[] enabled = new boolean[n];
            java.util.Arrays.fill(enabled, true);
            enabled[n - 1] = k % 2 == 0;
            int maxRetries = k % 3;
            WriteController reused = reusing.begin(true, maxRetries, 4, 3, targets[k], enabled);
            first = first == null ? reused : first;
            List<Object> fresh = drive(new WriteSequencer(true, maxRetries, 4, 3, targets[k], enabled), starts[k], n);
            assertEquals(fresh, drive(reused, starts[k], n), "command " + k);
        }
        assertSame(first, reusing.begin(false, 0, 1, 1, new int[] {1}, new boolean[] {true}), "one sequencer throughout");
    }
}
