package org.neuromtj.chip.npu.geometry;

/**
 * The shape of a crossbar: {@code rows × columns} cells, each column cut into series strings of
 * {@code segment} cells.
 *
 * @param rows    input rows (word lines)
 * @param columns columns (one string per segment each)
 * @param segment cells in series per string
 */
public record CrossbarGeometry(int rows, int columns, int segment) {

    public CrossbarGeometry {
        if (rows <= 0 || columns <= 0 || segment <= 0 || rows % segment != 0) {
            throw new IllegalArgumentException("segment " + segment + " must divide rows " + rows);
        }
    }

    /** @return strings per column */
    public int segments() {
        return rows / segment;
    }

    /** @return strings in the array */
    public int strings() {
        return segments() * columns;
    }

    /** @return cells in the array */
    public int cells() {
        return rows * columns;
    }

    /** @return index of the cell at a row and column; cells are stored row by row */
    public int cell(int row, int column) {
        return row * columns + column;
    }

    /** @return index of the string of a segment and column */
    public int string(int segmentIndex, int column) {
        return segmentIndex * columns + column;
    }
}
