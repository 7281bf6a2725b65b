package org.neuromtj.isa.regs;

/**
 * A named value that belongs to a device, such as a command code or a clock frequency.
 *
 * @param name        upper-case identifier, unique within its device
 * @param value       the value
 * @param description one line for the reference page
 */
public record Constant(String name, long value, String description) {
}
