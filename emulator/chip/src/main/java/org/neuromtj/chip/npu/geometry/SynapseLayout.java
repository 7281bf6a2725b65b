package org.neuromtj.chip.npu.geometry;

/**
 * How a neuron's weights lie across columns, combined digitally after the TDCs. A weight of
 * {@code weightBits} bits is bit-sliced across that many columns, the column of bit j counting 2^j.
 *
 * <p>With {@link Cell#BYPASS} cells a row's input is a spike (1) or none (0); a signed weight uses a
 * differential pair of such groups, the negative group subtracted. Columns of neuron n: first its
 * positive group, bits 0 to {@code weightBits − 1}, then, if signed, its negative group in the same
 * order. With {@link Cell#XNOR} cells a row's input is +1 (a spike) or −1 (none) and every bit is ±1 by
 * itself, so a neuron has one group and its weights are odd: ±1 for one bit.
 *
 * <p>A neuron's input is the sum over all segments of its columns' signed counts so weighted.
 *
 * @param cell       the bit-cell
 * @param weightBits bits per weight magnitude, one column each
 * @param signed     whether weights have a sign: a negative group for bypass cells, always for XNOR cells
 */
public record SynapseLayout(Cell cell, int weightBits, boolean signed) {

    /** Bit-cells of a resistance-summation string. */
    public enum Cell {
        /**
         * One junction with its access transistor, shunted by a bypass transistor when its row is not
         * driven: the cell adds its junction to the string only for an input spike.
         */
        BYPASS,
        /**
         * Two complementary junction paths, each with its access transistor, one selected by an input of
         * +1 and the other by −1 (Jung et al., Nature 601, 211 (2022)): the cell always adds one path,
         * high when input and weight agree and low when they differ, so a string sums ±1 products.
         */
        XNOR
    }

    /**
     * @throws IllegalArgumentException if the bits are out of range or XNOR cells are asked to be unsigned
     */
    public SynapseLayout {
        if (weightBits < 1 || weightBits > 8) {
            throw new IllegalArgumentException("weight bits " + weightBits);
        }
        if (cell == Cell.XNOR && !signed) {
            throw new IllegalArgumentException("XNOR cells hold signed (±1) weights");
        }
    }

    /**
     * @param weightBits bits per weight magnitude
     * @param signed     whether a negative group follows
     * @return a layout of bypass cells
     */
    public static SynapseLayout bypass(int weightBits, boolean signed) {
        return new SynapseLayout(Cell.BYPASS, weightBits, signed);
    }

    /** @return whether a signed weight takes a differential pair of column groups */
    public boolean differential() {
        return signed && cell == Cell.BYPASS;
    }

    /** @return columns one neuron occupies */
    public int columnsPerNeuron() {
        return weightBits * (differential() ? 2 : 1);
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

    /**
     * What a string's decoded count adds to its column's sum, before the column's {@link #factor}: the count
     * itself for bypass cells; for XNOR cells, whose count is the level steps by which input and weight
     * differ, the ±1 product sum, each such step taking 2 from a string that would otherwise agree everywhere.
     *
     * @param count     the string's decoded count
     * @param agreeing  a string's count were every cell's input and weight to agree: cells times top level
     * @return the string's contribution
     */
    public int signedCount(int count, int agreeing) {
        return cell == Cell.XNOR ? agreeing - 2 * count : count;
    }

    /** @return the largest weight magnitude for cells of {@code topLevel} */
    public int maxWeight(int topLevel) {
        return topLevel * ((1 << weightBits) - 1);
    }
}
