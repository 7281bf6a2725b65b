package org.neuromtj.chip.soc;

import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.isa.core.Hart;
import org.neuromtj.isa.core.Ram;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * The SoC's ledger: the bus, the DMA engine and the host link count into it as they act; the core's
 * instructions by class, its fetches and its RAM accesses, and the time the always-on domain and the
 * written RAM banks stayed powered, are brought in when it is settled. The core counts its retired
 * instructions by class itself, so the interpreter never calls out to a ledger.
 */
public final class SocLedger implements Stateful {
    private final Ledger ledger = new Ledger();
    private final int ramBankBytes;
    /** Loads and stores that went to devices, not RAM; and what they and the core had reached at the last settle. */
    private long deviceLoads;
    private long deviceStores;
    private Hart.InstructionMix settledMix = new Hart.InstructionMix(0, 0, 0, 0, 0, 0);
    private long settledLoads;
    private long settledStores;
    private long settledCycle;

    /** @param ramBankBytes bytes per RAM bank, the unit in which RAM is power-gated while it holds only zeros */
    public SocLedger(int ramBankBytes) {
        this.ramBankBytes = ramBankBytes;
    }

    /**
     * Counts a transfer on the bus.
     *
     * @param store      whether it was a store
     * @param peripheral whether the device's registers are the SoC's (the tiles count theirs themselves)
     */
    void transfer(boolean store, boolean peripheral) {
        ledger.add(Action.BUS_TRANSFER, 1);
        if (peripheral) {
            ledger.add(Action.PERIPHERAL_ACCESS, 1);
        }
        if (store) {
            deviceStores++;
        } else {
            deviceLoads++;
        }
    }

    /** @return the ledger the bus, the DMA engine and the host link count into; settle it before reading it */
    public Ledger ledger() {
        return ledger;
    }

    /**
     * Brings in what the core did and the powered time up to now. The RAM banks holding data now are counted
     * powered since the last settle: the machine settles whenever its ledgers are read (at the firmware's
     * phase marks, for a report), so a bank filled or cleared between two settles is counted from the one
     * or the other.
     *
     * @param now  the present core cycle
     * @param hart the core, whose retired instructions are charged
     * @param ram  main memory, whose written banks leak
     */
    public void settle(long now, Hart hart, Ram ram) {
        Hart.InstructionMix mix = hart.mix();
        Hart.InstructionMix was = settledMix;
        long loads = mix.loads() - was.loads();
        long stores = mix.stores() - was.stores();
        long all = loads + stores + mix.multiplies() - was.multiplies() + mix.divides() - was.divides()
                + mix.systems() - was.systems() + mix.others() - was.others();
        ledger.add(Action.CORE_ALU, mix.others() - was.others());
        ledger.add(Action.CORE_MEMORY, loads + stores);
        ledger.add(Action.CORE_MUL, mix.multiplies() - was.multiplies());
        ledger.add(Action.CORE_DIV, mix.divides() - was.divides());
        ledger.add(Action.CORE_SYSTEM, mix.systems() - was.systems());
        // Every retired instruction was fetched from RAM; loads and stores that did not go to a device went to RAM.
        ledger.add(Action.RAM_READ, all + loads - (deviceLoads - settledLoads));
        ledger.add(Action.RAM_WRITE, stores - (deviceStores - settledStores));
        settledMix = mix;
        settledLoads = deviceLoads;
        settledStores = deviceStores;
        long ps = Math.round(ClockDomain.CORE.nanoseconds(now - settledCycle) * 1000);
        ledger.add(Action.ALWAYS_ON_PS, ps);
        ledger.add(Action.RAM_BANK_PS, ps * ram.banksHoldingData(ramBankBytes));
        settledCycle = now;
    }

    /** Starts the core's counts and the clock again from zero, as a reset of the core does; the ledger keeps its totals. */
    public void rebase() {
        settledMix = new Hart.InstructionMix(0, 0, 0, 0, 0, 0);
        settledCycle = 0;
    }

    @Override
    public void save(StateWriter out) {
        out.section("soc-ledger");
        ledger.save(out);
        Hart.InstructionMix m = settledMix;
        out.longs(new long[] {m.loads(), m.stores(), m.multiplies(), m.divides(), m.systems(), m.others()});
        out.longs(new long[] {deviceLoads, deviceStores, settledLoads, settledStores, settledCycle});
    }

    @Override
    public void restore(StateReader in) {
        in.section("soc-ledger");
        ledger.restore(in);
        long[] m = in.longs(6);
        settledMix = new Hart.InstructionMix(m[0], m[1], m[2], m[3], m[4], m[5]);
        long[] s = in.longs(5);
        deviceLoads = s[0];
        deviceStores = s[1];
        settledLoads = s[2];
        settledStores = s[3];
        settledCycle = s[4];
    }
}
