package org.neuromtj.cosim.regs;

import java.util.Arrays;
import java.util.Optional;
import org.neuromtj.chip.soc.MmioDevice;
import org.neuromtj.cosim.RtlBlock;
import org.neuromtj.cosim.RtlException;
import org.neuromtj.isa.regs.gen.RegisterBlockLayout;

/**
 * A device's generated APB register block from RTL in front of the device's model: every 32-bit
 * access to a register travels as an APB transfer through the RTL, which decodes it, applies its access
 * type and answers. The model behind plays the hardware around the block: before a read it gives the
 * register's current value (on the RO input, or through the hardware write port into the stored
 * register), and after a write it acts on the value the RTL reports having written. Accesses the block
 * does not decode (windows, other sizes) go to the model as before.
 */
public final class RtlRegisterFront implements MmioDevice, AutoCloseable {
    private static final int CYCLES = 3;

    private final MmioDevice model;
    private final RegisterBlockPorts ports;
    private final RtlBlock block;
    private final int[] inputs;
    private final int[] stimulus;
    private final int[] response;

    /**
     * @param device the device's name in the register description
     * @param model  the device's model
     */
    public RtlRegisterFront(String device, MmioDevice model) {
        this.model = model;
        this.ports = new RegisterBlockPorts(device);
        this.block = RtlBlock.open(ports.block(), ports.inputs(), ports.outputs());
        this.inputs = new int[ports.inputs().size()];
        this.stimulus = new int[CYCLES * inputs.length];
        this.response = new int[CYCLES * ports.outputs().size()];
        resetBlock();
    }

    @Override
    public int read(int offset, int size) {
        Optional<RegisterBlockLayout.Element> e = ports.layout().element(offset);
        if (e.isEmpty() || size != 4) {
            return model.read(offset, size);
        }
        int value = model.read(offset, size);
        if (RegisterBlockLayout.input(e.get().register())) {
            inputs[ports.at(e.get(), "_i")] = value;
        }
        transfer(offset, false, 0, RegisterBlockLayout.stored(e.get().register()), value);
        return response[ports.outputs().size() + ports.at("prdata")];
    }

    @Override
    public void write(int offset, int size, int value) {
        if (ports.layout().element(offset).isEmpty() || size != 4) {
            model.write(offset, size, value);
            return;
        }
        transfer(offset, true, value, false, 0);
        int no = ports.outputs().size();
        if (response[no + ports.at("wr_valid")] == 0) {
            throw new RtlException("block " + ports.block() + ": no write reported for offset 0x"
                    + Integer.toHexString(offset));
        }
        model.write(offset, size, response[no + ports.at("wr_data")]);
    }

    /** Setup, first access (decode and act), second access (pready); hardware state goes in with setup. */
    private void transfer(int offset, boolean write, int data, boolean hwWrite, int hwData) {
        int ni = inputs.length;
        for (int c = 0; c < CYCLES; c++) {
            System.arraycopy(inputs, 0, stimulus, c * ni, ni);
            stimulus[c * ni + ports.at("psel")] = 1;
            stimulus[c * ni + ports.at("penable")] = c > 0 ? 1 : 0;
            stimulus[c * ni + ports.at("pwrite")] = write ? 1 : 0;
            stimulus[c * ni + ports.at("paddr")] = offset;
            stimulus[c * ni + ports.at("pwdata")] = data;
        }
        if (hwWrite) {
            stimulus[ports.at("hw_we")] = 1;
            stimulus[ports.at("hw_addr")] = offset;
            stimulus[ports.at("hw_data")] = hwData;
        }
        block.run(CYCLES, stimulus, response);
        int no = ports.outputs().size();
        if (response[no + ports.at("pready")] == 0 || response[no + ports.at("pslverr")] != 0) {
            throw new RtlException("block " + ports.block() + ": offset 0x" + Integer.toHexString(offset)
                    + (response[no + ports.at("pslverr")] != 0 ? " answered pslverr" : " not ready after one wait state"));
        }
    }

    @Override
    public void reset() {
        model.reset();
        resetBlock();
    }

    private void resetBlock() {
        int[] one = new int[inputs.length];
        one[ports.at("rst")] = 1;
        block.run(1, one, new int[ports.outputs().size()]);
        Arrays.fill(inputs, 0);
    }

    @Override
    public void close() {
        block.close();
    }
}
