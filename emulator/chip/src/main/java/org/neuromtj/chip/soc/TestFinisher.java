package org.neuromtj.chip.soc;

import org.neuromtj.chip.regs.ChipRegisters.Finisher;

/** QEMU-compatible test finisher: a 32-bit write of a status code ends (or resets) the simulation. */
public final class TestFinisher implements RegisterDevice {

    /** Receives the firmware's request. */
    public interface Listener {

        /** @param exitStatus the status the simulation ends with */
        void finish(int exitStatus);

        /** The firmware asked for a reset. */
        void resetRequested();
    }

    private final RegisterFront registers;

    /** @param listener who ends or resets the simulation */
    public TestFinisher(Listener listener) {
        this.registers = new RegisterFront("FINISHER", RegisterFront.Miss.IGNORE)
                .onWrite("CTRL", (e, before, ctrl) -> {
                    int status = (int) (ctrl & Finisher.CTRL_STATUS);
                    int code = (int) ((ctrl & Finisher.CTRL_CODE) >>> Finisher.CTRL_CODE_LSB);
                    switch (status) {
                        case Finisher.PASS -> listener.finish(0);
                        case Finisher.FAIL -> listener.finish(code);
                        case Finisher.RESET -> listener.resetRequested();
                        default -> {
                            // Other values are ignored, as by QEMU's sifive_test.
                        }
                    }
                });
    }

    @Override
    public RegisterFront registers() {
        return registers;
    }

    @Override
    public void reset() {
        // Stateless.
    }
}
