package org.neuromtj.sweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A task's line in tasks.csv reads back as the result it was, and a line cut anywhere does not read at all. */
class TaskResultTest {
    private static final TaskResult IMAGES = new TaskResult(3, 1, 3, 2, 1.5e6, 40, 900, 12345.5, 2.25,
            List.of(1000L, 2000L, 3500L), Map.of());
    private static final TaskResult EXPERIMENT = TaskResult.ofExperiment(7, figures());

    private static Map<String, Double> figures() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("accuracy with 32-level cells", 80.75);
        f.put("energy, per image; a=b", 1.25e-3);
        return f;
    }

    @Test
    void aLineReadsBackAsItsResult() {
        assertEquals(IMAGES, TaskResult.parse(IMAGES.csv()));
        TaskResult back = TaskResult.parse(EXPERIMENT.csv());
        assertEquals(EXPERIMENT, back);
        assertEquals(List.copyOf(figures().keySet()), List.copyOf(back.figures().keySet()), "in the experiment's order");
    }

    @Test
    void aLineCutAnywhereIsRefused() {
        for (TaskResult r : List.of(IMAGES, EXPERIMENT)) {
            String line = r.csv();
            for (int at = 0; at < line.length(); at++) {
                String cut = line.substring(0, at);
                assertThrows(IllegalArgumentException.class, () -> TaskResult.parse(cut), cut);
            }
        }
    }
}
