package org.neuromtj.chip.soc;

import org.neuromtj.chip.regs.ChipRegisters.Finisher;

/** QEMU-compatible test finisher: a 32-bit write of a status code ends (or resets) the simulation. */
public final class TestFinisher implements MmioDevice {

    /** Receives the firmware's request. */
    public interface Listener {

        /** @param exitStatus the status the simulation ends with */
        void finish(int exitStatus);

        /** The firmware asked for a reset. */
        void resetRequested();
    }

    private final Listener listener;

    /** @param listener who ends or resets the simulation */
    public TestFinisher(Listener listener) {
        this.listener = listener;
    }

    @Override
    public int read(int offset, int size) {
        return 0;
    }

    @Override
    public void write(int offset, int size, int value) {
        if (offset != Finisher.CTRL || size != 4) {
            return;
        }
        int status = value & Finisher.CTRL_STATUS;
        int code = (value & Finisher.CTRL_CODE) >>> Finisher.CTRL_CODE_LSB;
        switch (status) {
            case Finisher.PASS -> listener.finish(0);
            case Finisher.FAIL -> listener.finish(code);
            case Finisher.RESET -> listener.resetRequested();
            default -> {
                // Other values are ignored, as by QEMU's sifive_test.
            }
        }
    }

    @Override
    public void reset() {
        // Stateless.
    }
}
