package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromtj.firmware.ReportJson.figure;
import static org.neuromtj.firmware.ReportJson.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.tools.cli.CliRun;
import org.neuromtj.tools.workload.ChipRun;

/**
 * {@code snn-patterns} with a settings file (timesteps, thresholds, relay rows) reports every image and keeps
 * its answers on CMOS neurons, refuses bad settings by name, and {@code reproduce mtj-neurons --quick} runs
 * both networks on all three neuron models with the energy of a firing from the ledger.
 */
class MtjNeuronsTest {
    @TempDir
    Path out;

    private static byte[] settings(String magic, int... words) {
        ByteBuffer b = ByteBuffer.allocate(8 + 4 * words.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(magic.getBytes(StandardCharsets.US_ASCII));
        for (int w : words) {
            b.putInt(w);
        }
        return b.array();
    }

    private static ChipRun.Outcome snn(byte[] settings) throws Exception {
        ChipRun.Board board = new ChipRun.Board(Firmware.image("snn-patterns"), NpuConfig.defaults(),
                TileConfig.defaults(), Technology.defaults(), 1, Firmware.MAX_CYCLES);
        return ChipRun.run(board, List.of(settings), 68, 0, d -> { });
    }

    @Test
    void settingsOfOneTimestepGiveTheSamplesOwnAnswersImageByImage() throws Exception {
        ChipRun.Outcome o = snn(settings("NMTJSNNP", 1, 1, 8, 1, 1));
        assertEquals(0, o.result().exitStatus(), o.uart());
        assertTrue(o.uart().contains("accuracy 68/68"), o.uart());
        assertEquals(1.0, o.accuracy(), 1e-12, "every image reported through the mailbox, and right");
        ChipRun.Outcome wider = snn(settings("NMTJSNNP", 1, 4, 8, 2, 4));
        assertEquals(1.0, wider.accuracy(), 1e-12, "four timesteps and four relay rows answer alike on CMOS neurons");
    }

    @Test
    void badSettingsAreRefusedByName() throws Exception {
        ChipRun.Outcome magic = snn(settings("NMTJSNNX", 1, 1, 8, 1, 1));
        assertEquals(2, magic.result().exitStatus());
        assertTrue(magic.uart().contains("must start \"NMTJSNNP\", version 1"), magic.uart());
        ChipRun.Outcome fanout = snn(settings("NMTJSNNP", 1, 4, 8, 1, 17));
        assertEquals(2, fanout.result().exitStatus());
        assertTrue(fanout.uart().contains("rows a detector drives 1 to 16"), fanout.uart());
        ChipRun.Outcome shortFile = snn(settings("NMTJSNNP", 1, 4));
        assertEquals(2, shortFile.result().exitStatus());
        assertTrue(shortFile.uart().contains("must hold 7 words"), shortFile.uart());
    }

    @Test
    void theQuickReproductionRunsBothNetworksOnEveryNeuronModel() throws Exception {
        CliRun r = CliRun.of("reproduce", "mtj-neurons", "--quick", "--out", out.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(100, figure(json, "snn-patterns accuracy, CMOS LIF").get("ours").asDouble(), 1e-9);
        assertTrue(figure(json, "snn-patterns accuracy, stochastic MTJ").get("ours").asDouble() >= 90);
        assertTrue(figure(json, "snn-patterns accuracy, exchange-bias MTJ (001)").get("ours").asDouble() >= 90,
                "calibrated, the exchange-bias neurons classify the patterns (they scored 0/68 with the sample's own"
                        + " mapping)");
        double lif = figure(json, "Fashion-MNIST accuracy, CMOS LIF").get("ours").asDouble();
        assertTrue(lif >= 80, "the reference network: " + lif);
        for (String m : List.of("stochastic MTJ", "exchange-bias MTJ (001)")) {
            double a = figure(json, "Fashion-MNIST accuracy, " + m).get("ours").asDouble();
            assertTrue(a >= 50 && a <= lif + 10, m + " far above chance: " + a);
        }
        JsonNode eb = figure(json, "energy per firing, exchange-bias MTJ neuron");
        assertTrue(eb.get("ours").asDouble() > 300, "more than one pulse a firing: " + eb);
        assertTrue(eb.get("paper").isNull(), "the seed's per-firing range does not stand beside a per-pulse charge");
        assertEquals(3, table(json, "Fashion-MNIST on each neuron model").get("rows").size());
        assertEquals(1, json.get("assumptions").size());
    }
}
