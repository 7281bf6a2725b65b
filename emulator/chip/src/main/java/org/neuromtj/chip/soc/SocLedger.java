package org.neuromtj.chip.soc;

import java.util.EnumMap;
import java.util.Map;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.isa.core.Hart;
import org.neuromtj.isa.core.Ram;
import org.neuromtj.isa.core.Timing;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * The SoC's ledger: the bus, the DMA engine and the host link count into it as they act; the core's
 * instructions by class, its fetches and its RAM accesses, and the time the always-on domain and the
 * written RAM banks stayed powered, are brought in when it is settled. The core counts its retired
 * instructions itself (an increment per instruction), so the interpreter never calls out to a ledger.
 */
public final class SocLedger implements Stateful {
    /** What each instruction class of the core is charged as. */
    private static final Map<Timing, Action> CLASSES = new EnumMap<>(Map.of(
            Timing.ALU, Action.CORE_ALU, Timing.BRANCH, Action.CORE_ALU, Timing.JUMP, Action.CORE_ALU,
            Timing.FENCE, Action.CORE_ALU, Timing.FENCE_I, Action.CORE_ALU, Timing.LOAD, Action.CORE_MEMORY,
            Timing.STORE, Action.CORE_MEMORY, Timing.MUL, Action.CORE_MUL, Timing.DIV, Action.CORE_DIV,
            Timing.CSR, Action.CORE_SYSTEM));

    private final Ledger ledger = new Ledger();
    private final int ramBankBytes;
    /** Loads and stores that went to devices, not RAM; and what they and the core had reached at the last settle. */
    private long deviceLoads;
    private long deviceStores;
    private final long[] settledClasses = new long[Timing.values().length];
    private long settledLoads;
    private long settledStores;
    private long settledCycle;

    /** @param ramBankBytes bytes per RAM bank, the unit in which RAM is power-gated */
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
     * Brings in what the core did and the powered time up to now. A bank first written since the last
     * settle is counted powered from that settle: the SoC settles at every timestep and whenever its
     * ledger is read, so the error is at most one such interval per bank.
     *
     * @param now  the present core cycle
     * @param hart the core, whose retired instructions are charged
     * @param ram  main memory, whose written banks leak
     */
    public void settle(long now, Hart hart, Ram ram) {
        long fetched = 0;
        long memory = 0;
        for (Timing t : Timing.values()) {
            long retired = hart.retired(t);
            long delta = retired - settledClasses[t.ordinal()];
            settledClasses[t.ordinal()] = retired;
            fetched += delta;
            Action a = CLASSES.getOrDefault(t, Action.CORE_SYSTEM);
            ledger.add(a, delta);
            if (t == Timing.LOAD) {
                memory += delta - (deviceLoads - settledLoads);
            } else if (t == Timing.STORE) {
                ledger.add(Action.RAM_WRITE, delta - (deviceStores - settledStores));
            }
        }
        ledger.add(Action.RAM_READ, fetched + memory);
        settledLoads = deviceLoads;
        settledStores = deviceStores;
        long ps = Math.round(ClockDomain.CORE.nanoseconds(now - settledCycle) * 1000);
        ledger.add(Action.ALWAYS_ON_PS, ps);
        ledger.add(Action.RAM_BANK_PS, ps * ram.banksWritten(ramBankBytes));
        settledCycle = now;
    }

    /** Starts the core's counts and the clock again from zero, as a reset of the core does; the ledger keeps its totals. */
    public void rebase() {
        java.util.Arrays.fill(settledClasses, 0);
        settledCycle = 0;
    }

    @Override
    public void save(StateWriter out) {
        out.section("soc-ledger");
        ledger.save(out);
        out.longs(settledClasses);
        out.longs(new long[] {deviceLoads, deviceStores, settledLoads, settledStores, settledCycle});
    }

    @Override
    public void restore(StateReader in) {
        in.section("soc-ledger");
        ledger.restore(in);
        System.arraycopy(in.longs(settledClasses.length), 0, settledClasses, 0, settledClasses.length);
        long[] s = in.longs(5);
        deviceLoads = s[0];
        deviceStores = s[1];
        settledLoads = s[2];
        settledStores = s[3];
        settledCycle = s[4];
    }
}
