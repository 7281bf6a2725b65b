package org.neuromtj.chip.npu;

/**
 * A spike for a tile's row, queued by the core or delivered by the mesh.
 *
 * @param tile       the tile
 * @param row        the row it drives in the next timestep
 * @param causeCycle the cycle its cause entered the chip: when the core wrote it, or when the input that
 *                   made its source neuron fire did
 */
public record InputSpike(int tile, int row, long causeCycle) {
}
