package org.neuromtj.sweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sweep specs: the designs' points, and every bad spec refused by name. */
class SweepSpecTest {
    private static final String GRID = """
            version: 1
            name: g
            workload: {kind: fmnist, images: 10, shard: 4}
            seed: 3
            design: grid
            parameters:
              - {path: technology.variation.sigma_log_r, values: [0.02, 0.05]}
              - {path: tile.tdc.bits, values: [6, 8, 10]}
            """;

    private static String sampled(String design) {
        return """
                version: 1
                name: s
                workload: {kind: fmnist, images: 10, shard: 5}
                seed: 3
                design: %s
                samples: 8
                parameters:
                  - {path: technology.variation.sigma_log_r, range: [0.0, 0.08]}
                  - {path: tile.tdc.bits, range: [6, 12], integer: true}
                """.formatted(design);
    }

    @Test
    void aGridTakesEveryCombinationInOrderAndSplitsImagesIntoShards() {
        SweepSpec spec = SweepSpec.parse("g.yaml", GRID);
        List<Map<String, Object>> points = spec.points();
        assertEquals(6, points.size());
        assertEquals(Map.of("technology.variation.sigma_log_r", 0.02, "tile.tdc.bits", 6.0), points.get(0));
        assertEquals(Map.of("technology.variation.sigma_log_r", 0.05, "tile.tdc.bits", 10.0), points.get(5));
        assertEquals(3, spec.shards(), "10 images in shards of 4");
    }

    @Test
    void aLatinHypercubeUsesEveryStratumOfEveryParameterOnce() {
        SweepSpec spec = SweepSpec.parse("s.yaml", sampled("latin-hypercube"));
        List<Map<String, Object>> points = spec.points();
        assertEquals(8, points.size());
        Set<Integer> strata = new HashSet<>();
        for (Map<String, Object> p : points) {
            strata.add((int) ((Double) p.get("technology.variation.sigma_log_r") / 0.01));
            double bits = (Double) p.get("tile.tdc.bits");
            assertEquals(Math.rint(bits), bits, "an integer parameter is drawn whole");
        }
        assertEquals(8, strata.size(), "eight strata of 0.01, each once");
        assertEquals(points, SweepSpec.parse("s.yaml", sampled("latin-hypercube")).points(), "the seed fixes them");
        assertNotEquals(points, SweepSpec.parse("s.yaml", sampled("random")).points());
    }

    @Test
    void theDigestIsTheTextsSoAChangedSpecIsAnotherSweep() {
        assertEquals(SweepSpec.parse("a", GRID).digest(), SweepSpec.parse("b", GRID).digest());
        assertNotEquals(SweepSpec.parse("a", GRID).digest(), SweepSpec.parse("a", GRID.replace("seed: 3", "seed: 4"))
                .digest());
    }

    private static String refused(String text) {
        return assertThrows(SpecException.class, () -> SweepSpec.parse("bad.yaml", text)).getMessage();
    }

    @Test
    void badSpecsAreRefusedByName() {
        assertTrue(refused(GRID.replace("seed: 3", "seed: 3\nspeed: 4")).contains("unknown key speed"));
        assertTrue(refused(GRID.replace("kind: fmnist", "kind: mnist")).contains("workload.kind must be fmnist"));
        assertTrue(refused(GRID.replace("path: tile.tdc.bits", "path: chip.tdc.bits"))
                .contains("path chip.tdc.bits must name a number in the technology, tile or npu file"));
        assertTrue(refused(GRID.replace("design: grid", "design: sobol")).contains("design must be grid, random or"));
        assertTrue(refused(GRID.replace("values: [6, 8, 10]", "range: [6, 10]")).contains("values must list"));
        assertTrue(refused(sampled("random").replace("range: [0.0, 0.08]", "range: [0.08, 0.0]"))
                .contains("range of technology.variation.sigma_log_r must be [low, high] with low < high"));
        assertTrue(refused(GRID.replace("shard: 4", "shard: 11")).contains("shard must be a whole number from 1 to 10"));
        assertTrue(refused("[1, 2]").contains("a sweep spec is a mapping"));
        assertTrue(refused(GRID.replace("values: [6, 8, 10]", "values: [6, fast]"))
                .contains("values of tile.tdc.bits must be all numbers or all texts"));
        assertTrue(refused("version: 1\nname: x\n  bad: [").startsWith("bad.yaml: not YAML"));
    }

    @Test
    void aReproduceWorkloadNamesAnExperimentAndTheFiguresItTrades() {
        String experiment = GRID.replace("{kind: fmnist, images: 10, shard: 4}", "{kind: reproduce, experiment:"
                + " multilevel, quick: true, maximise: 'accuracy*', minimise: 'programming*'}");
        SweepSpec spec = SweepSpec.parse("e.yaml", experiment);
        assertEquals(SweepSpec.Kind.REPRODUCE, spec.workload().kind());
        assertEquals(1, spec.shards(), "an experiment runs whole, in one task a point");
        assertTrue(spec.workload().quick());
        assertTrue(refused(experiment.replace("multilevel", "multilayer"))
                .contains("workload.experiment multilayer is no experiment of ./neuromtj reproduce: they are"));
        assertTrue(refused(experiment.replace("quick: true", "quick: 1")).contains("workload.quick must be true"));
        assertTrue(refused(experiment.replace(", minimise: 'programming*'", "")).contains("minimise must be a text"));
        assertTrue(refused(experiment.replace("path: tile.tdc.bits", "path: workload.timesteps"))
                .contains("workload.timesteps is a setting of the fmnist workload"));
        assertTrue(refused(GRID.replace("shard: 4}", "shard: 4, maximise: x}")).contains("unknown key"
                + " workload.maximise"));
    }
}
