package org.neuromtj.sweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A task's line in tasks.csv reads back as the result it was, and a line cut short does not read at all. */
class TaskResultTest {
    private static final TaskResult RESULT = new TaskResult(3, 1, 3, 2, 1.5e6, 40, 900, 12345.5, 2.25,
            List.of(1000L, 2000L, 3500L));

    @Test
    void aLineReadsBackAsItsResult() {
        assertEquals(RESULT, TaskResult.parse(RESULT.csv()));
    }

    @Test
    void aLineCutInsideItsImageTimesIsRefused() {
        String line = RESULT.csv();
        String cut = line.substring(0, line.lastIndexOf(';'));
        assertThrows(IllegalArgumentException.class, () -> TaskResult.parse(cut), cut);
        assertThrows(IllegalArgumentException.class, () -> TaskResult.parse(line.substring(0, line.indexOf(',', 8))));
    }
}
