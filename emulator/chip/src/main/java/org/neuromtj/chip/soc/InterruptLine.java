package org.neuromtj.chip.soc;

/** A level-sensitive interrupt wire from a device to a controller or the core. */
@FunctionalInterface
public interface InterruptLine {

    /** @param level whether the line is asserted */
    void set(boolean level);
}
