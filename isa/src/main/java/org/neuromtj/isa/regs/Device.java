package org.neuromtj.isa.regs;

import java.util.List;
import java.util.Optional;

/**
 * A memory-mapped device and its registers.
 *
 * @param name        upper-case identifier
 * @param base        first byte address
 * @param size        size of its address window in bytes
 * @param description one paragraph for the reference page
 * @param registers   registers in the order of the description
 * @param constants   named values belonging to the device
 */
public record Device(String name, long base, long size, String description, List<Register> registers,
                     List<Constant> constants) {

    public Device {
        registers = List.copyOf(registers);
        constants = List.copyOf(constants);
    }

    /**
     * @param registerName name of a register of this device
     * @return the register, if it exists
     */
    public Optional<Register> register(String registerName) {
        return registers.stream().filter(r -> r.name().equals(registerName)).findFirst();
    }
}
