package org.neuromtj.tools.reproduce;

import java.io.PrintStream;
import java.nio.file.Path;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;

/** An experiment from a source paper, run on the model and set beside the paper's figures. */
public interface Experiment {
    /** @return the name {@code ./neuromtj reproduce} knows it by */
    String name();

    /** @return one line saying what it reproduces */
    String title();

    /**
     * @param run how to run it
     * @return the figures, ours beside the paper's, and how they were obtained
     */
    Reproduction run(Run run);

    /**
     * How an experiment runs. Its chip files are read through {@link #technology(Path)}, {@link #tile(Path)}
     * and {@link #npu(Path)}, so that a sweep's overrides reach every one of them.
     *
     * @param home      the NeuroMTJ checkout, whose firmware and configuration files it uses
     * @param seed      the master seed of the devices
     * @param quick     whether to run a short form (fewer images, fewer points), as the test suite does
     * @param log       where progress goes
     * @param overrides values laid over every chip file it reads
     */
    record Run(Path home, long seed, boolean quick, PrintStream log, ChipOverrides overrides) {
        /**
         * A run on the experiment's own files.
         *
         * @param home  the NeuroMTJ checkout
         * @param seed  the master seed of the devices
         * @param quick whether to run the short form
         * @param log   where progress goes
         */
        public Run(Path home, long seed, boolean quick, PrintStream log) {
            this(home, seed, quick, log, ChipOverrides.NONE);
        }

        /**
         * @param file a technology file
         * @return its devices, overridden
         */
        public Technology technology(Path file) {
            return overrides.technology(Technology.read(file));
        }

        /** @return the default devices, overridden */
        public Technology technology() {
            return overrides.technology(Technology.defaults());
        }

        /**
         * @param file a tile file
         * @return its mapping, overridden, for an experiment that changes it further
         */
        public ConfigNode tileFile(Path file) {
            return overrides.apply("tile", ConfigNode.read(file));
        }

        /** @return the default tile's mapping, overridden */
        public ConfigNode defaultTileFile() {
            return overrides.apply("tile", ConfigNode.resource(TileConfig.class, "default-tile.yaml"));
        }

        /**
         * @param file a tile file
         * @return the tile, overridden
         */
        public TileConfig tile(Path file) {
            return TileConfig.read(tileFile(file));
        }

        /**
         * @param file an NPU file
         * @return the NPU, overridden
         */
        public NpuConfig npu(Path file) {
            return NpuConfig.read(overrides.apply("npu", ConfigNode.read(file)));
        }
    }
}
