package org.neuromtj.isa.regs;

/**
 * A memory region of the address map.
 *
 * @param name        upper-case identifier
 * @param base        first byte address
 * @param size        size in bytes
 * @param description one line for the reference page
 */
public record Memory(String name, long base, long size, String description) {
}
