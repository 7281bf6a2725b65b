package org.neuromtj.chip.elf;

/**
 * A loadable segment: {@code data} goes to {@code address}, followed by zeros up to {@code memorySize}.
 *
 * @param address    physical load address
 * @param data       file contents of the segment
 * @param memorySize size in memory, at least {@code data.length}
 */
public record Segment(long address, byte[] data, long memorySize) {
}
