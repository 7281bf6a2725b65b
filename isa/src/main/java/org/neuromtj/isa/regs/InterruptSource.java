package org.neuromtj.isa.regs;

/**
 * A source wired to the platform interrupt controller.
 *
 * @param name        upper-case identifier
 * @param id          source number at the interrupt controller (1..31)
 * @param device      name of the device raising it
 * @param description one line for the reference page
 */
public record InterruptSource(String name, int id, String device, String description) {
}
