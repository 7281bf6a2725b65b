package org.neuromtj.chip.npu.geometry;

/**
 * How a neuron's weights lie across columns, combined digitally after the TDCs. A weight of
 * {@code weightBits} bits is bit-sliced across that many columns, the column of bit j counting 2^j;
 * a signed weight uses a differential pair of such groups, the negative group subtracted. A neuron's
 * input is the sum over all segments of its columns' counts so weighted.
 *
 * <p>Columns of neuron n: first its positive group, bits 0 to {@code weightBits − 1}, then, if
 * signed, its negative group in the same order.
 *
 * @param weightBits bits per weight magnitude, one column each
 * @param signed     whether a negative group follows
 */
public record SynapseLayout(int weightBits, boolean signed) {

    public SynapseLayout {
        if (weightBits < 1 || weightBits > 8) {
            throw new IllegalArgumentException("weight bits " + weightBits);
        }
    }

    /** @return columns one neuron occupies */
    public int columnsPerNeuron() {
        return weightBits * (signed ? 2 : 1);
    }

    /** @return neurons a crossbar of {@code columns} columns holds */
    public int neurons(int columns) {
        return columns / columnsPerNeuron();
    }

    /**
     * @param columnInNeuron a column's position among its neuron's columns
     * @return the factor its count is multiplied by: ±2^bit
     */
    public int factor(int columnInNeuron) {
        int bit = columnInNeuron % weightBits;
        return columnInNeuron >= weightBits ? -(1 << bit) : 1 << bit;
    }

    /** @return the largest weight magnitude for cells of {@code topLevel} */
    public int maxWeight(int topLevel) {
        return topLevel * ((1 << weightBits) - 1);
    }
}
