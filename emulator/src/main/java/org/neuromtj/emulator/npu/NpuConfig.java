package org.neuromtj.emulator.npu;

import org.neuromtj.emulator.npu.router.RouterConfig;

/**
 * The NPU around its tiles.
 *
 * @param mesh            the mesh of tiles and its routers
 * @param inputFifoDepth  input spikes the core can queue before the next timestep takes them
 * @param outputFifoDepth output spikes waiting for the core; a full FIFO holds the sequencer
 * @param inputMapEntries key ranges each tile maps to its rows
 */
public record NpuConfig(RouterConfig mesh, int inputFifoDepth, int outputFifoDepth, int inputMapEntries) {

    public NpuConfig {
        if (inputFifoDepth < 1 || outputFifoDepth < 1 || inputMapEntries < 1) {
            throw new IllegalArgumentException("invalid NPU configuration " + this);
        }
    }
}
