package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromtj.firmware.ReportJson.figure;
import static org.neuromtj.firmware.ReportJson.percent;
import static org.neuromtj.firmware.ReportJson.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.tools.cli.CliRun;

/**
 * {@code reproduce multilevel --quick}: the fmnist firmware programs a one-layer classifier into 2- to 32-level
 * cells with write-verify; the chip answers as the same quantised weights do in software, and programming
 * costs more pulses and energy the more levels a weight spans.
 */
class MultilevelTest {
    @TempDir
    Path out;

    @Test
    void theQuickReproductionRunsTheClassifierOnEveryCellAndCountsItsProgramming() throws Exception {
        CliRun r = CliRun.of("reproduce", "multilevel", "--quick", "--out", out.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode main = figure(json, "accuracy with 32-level cells");
        assertTrue(main.get("ours").asDouble() >= 45, "the classifier answers on 32-level cells: " + main);
        JsonNode levels = figure(json, "levels a cell holds");
        assertEquals(25, levels.get("paper").asDouble(), 1e-9);
        assertTrue(levels.get("differences").size() > 0, "a measured device is not an assumed one: " + levels);
        JsonNode rows = table(json, "Accuracy and programming against levels").get("rows");
        assertEquals(5, rows.size());
        for (int k = 1; k < rows.size(); k++) {
            assertTrue(rows.get(k).get(4).asDouble() > rows.get(k - 1).get(4).asDouble(),
                    "more levels, more pulses a cell: " + rows);
            assertTrue(rows.get(k).get(8).asDouble() > rows.get(k - 1).get(8).asDouble(),
                    "and more programming energy: " + rows);
        }
        for (JsonNode row : rows) {
            assertTrue(Math.abs(percent(row.get(1)) - percent(row.get(2))) <= 15,
                    "the chip answers about as the quantised weights do in software: " + row);
        }
        assertEquals(4, table(json, "Read precision at 32 levels").get("rows").size());
        assertEquals(1, json.get("assumptions").size());
    }
}
