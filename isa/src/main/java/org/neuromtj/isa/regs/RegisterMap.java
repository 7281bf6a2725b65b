package org.neuromtj.isa.regs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The whole programmer-visible chip: memories, devices and interrupt sources, as read from the
 * register description.
 *
 * @param chip       chip name
 * @param prefix     prefix of generated C and SystemVerilog names
 * @param version    version of the description
 * @param memories   memory regions
 * @param devices    memory-mapped devices
 * @param interrupts interrupt controller sources
 */
public record RegisterMap(String chip, String prefix, int version, List<Memory> memories, List<Device> devices,
                          List<InterruptSource> interrupts) {

    /** Class-path location of the chip's register description. */
    public static final String RESOURCE = "/org/neuromtj/isa/registers.yaml";

    public RegisterMap {
        memories = List.copyOf(memories);
        devices = List.copyOf(devices);
        interrupts = List.copyOf(interrupts);
    }

    /** @return the chip's register description, read from the class path and validated */
    public static RegisterMap load() {
        try (InputStream in = RegisterMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new RegisterDescriptionException(RESOURCE + ": not found on the class path");
            }
            return RegisterDescriptionReader.read("registers.yaml", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name device name
     * @return the device
     * @throws IllegalArgumentException if there is no such device
     */
    public Device device(String name) {
        return devices.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the register description has no device " + name));
    }

    /**
     * @param name memory name
     * @return the memory
     * @throws IllegalArgumentException if there is no such memory
     */
    public Memory memory(String name) {
        return memories.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the register description has no memory " + name));
    }

    /**
     * @param name interrupt source name
     * @return the source, if it exists
     */
    public Optional<InterruptSource> interrupt(String name) {
        return interrupts.stream().filter(i -> i.name().equals(name)).findFirst();
    }
}
