package org.neuromtj.cosim.regs;

import java.util.List;
import org.neuromtj.cosim.CycleModel;
import org.neuromtj.isa.regs.gen.RegisterBlockLayout.Element;
import org.neuromtj.isa.regs.gen.RegisterBlockLayout;

/**
 * The generated APB register block's cycle behaviour, read from the same register description the
 * generator reads ({@link RegisterBlockLayout}): what the lockstep checks is that the generated
 * SystemVerilog does what the description says each access type does.
 */
public final class RegisterBlockModel extends CycleModel {
    private final RegisterBlockPorts ports;
    private final List<Element> elements;
    private final long[] state;
    private final int aw;
    private final int rst;
    private final int psel;
    private final int penable;
    private final int pwrite;
    private final int paddr;
    private final int pwdata;
    private final int hwWe;
    private final int hwAddr;
    private final int hwData;
    private final int[] port;
    private final int[] fixed;
    private int prdata;
    private boolean pready;
    private boolean pslverr;
    private boolean wrValid;
    private int wrAddr;
    private int wrData;
    private boolean rdValid;
    private int rdAddr;

    /** @param ports the block's ports and layout */
    public RegisterBlockModel(RegisterBlockPorts ports) {
        super(ports.inputs(), ports.outputs());
        this.ports = ports;
        this.elements = ports.layout().elements();
        this.state = new long[elements.size()];
        this.aw = ports.layout().addressBits();
        this.rst = ports.at("rst");
        this.psel = ports.at("psel");
        this.penable = ports.at("penable");
        this.pwrite = ports.at("pwrite");
        this.paddr = ports.at("paddr");
        this.pwdata = ports.at("pwdata");
        this.hwWe = ports.at("hw_we");
        this.hwAddr = ports.at("hw_addr");
        this.hwData = ports.at("hw_data");
        this.port = new int[elements.size()];
        for (int k = 0; k < elements.size(); k++) {
            Element e = elements.get(k);
            boolean stored = RegisterBlockLayout.stored(e.register());
            port[k] = stored || RegisterBlockLayout.input(e.register()) ? ports.at(e, stored ? "_q" : "_i") : -1;
        }
        this.fixed = new int[] {ports.at("prdata"), ports.at("pready"), ports.at("pslverr"), ports.at("wr_valid"),
            ports.at("wr_addr"), ports.at("wr_data"), ports.at("rd_valid"), ports.at("rd_addr")};
    }

    @Override
    protected void edge(int[] in, int i, int[] out, int o) {
        if (in[i + rst] != 0) {
            for (int k = 0; k < elements.size(); k++) {
                Element e = elements.get(k);
                state[k] = e.register().reset() & e.mask();
            }
            prdata = 0;
            pready = false;
            pslverr = false;
            wrValid = false;
            wrAddr = 0;
            wrData = 0;
            rdValid = false;
            rdAddr = 0;
        } else {
            clock(in, i);
        }
        int[] values = {prdata, pready ? 1 : 0, pslverr ? 1 : 0, wrValid ? 1 : 0, wrAddr, wrData, rdValid ? 1 : 0,
            rdAddr};
        for (int f = 0; f < fixed.length; f++) {
            out[o + fixed[f]] = values[f];
        }
        for (int k = 0; k < elements.size(); k++) {
            if (RegisterBlockLayout.stored(elements.get(k).register())) {
                out[o + port[k]] = (int) state[k];
            }
        }
    }

    private void clock(int[] in, int i) {
        int address = in[i + paddr] & ((1 << aw) - 1);
        int hit = index(address);
        long rvalue = 0;
        long hmask = 0;
        if (hit >= 0) {
            Element e = elements.get(hit);
            hmask = e.mask();
            if (RegisterBlockLayout.stored(e.register())) {
                rvalue = state[hit];
            } else if (RegisterBlockLayout.input(e.register())) {
                rvalue = in[i + port[hit]] & e.mask() & 0xFFFF_FFFFL;
            }
        }
        long[] next = state.clone();
        if (in[i + hwWe] != 0) {
            int h = index(in[i + hwAddr] & ((1 << aw) - 1));
            if (h >= 0 && RegisterBlockLayout.stored(elements.get(h).register())) {
                next[h] = in[i + hwData] & elements.get(h).mask();
            }
        }
        boolean access = in[i + psel] != 0 && in[i + penable] != 0 && !pready;
        boolean write = in[i + pwrite] != 0;
        wrValid = false;
        rdValid = false;
        pslverr = false;
        if (access) {
            pslverr = hit < 0;
            prdata = hit >= 0 && !write ? (int) rvalue : 0;
            wrValid = hit >= 0 && write;
            rdValid = hit >= 0 && !write;
            if (hit >= 0 && write) {
                wrAddr = address;
                long data = in[i + pwdata] & hmask;
                wrData = (int) data;
                next[hit] = elements.get(hit).register().access().afterWrite(next[hit], data);
            } else if (hit >= 0) {
                rdAddr = address;
            }
        }
        pready = access;
        System.arraycopy(next, 0, state, 0, state.length);
    }

    private int index(long address) {
        return ports.layout().index(address);
    }
}
