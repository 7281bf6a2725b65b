package org.neuromtj.testbench;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.neuromtj.cosim.ClockedBlock;
import org.neuromtj.cosim.Lockstep;
import org.neuromtj.cosim.RtlBlock;
import org.neuromtj.cosim.Signal;
import org.neuromtj.cosim.Stimulus;

/**
 * What every block's testbench shares: the block's name (also its RTL's), its regression's size, its
 * mutants, and a scoreboard made of its cycle model, its RTL and its stimulus. A testbench adds its
 * coverage model and the monitor that fills it.
 */
public abstract class BlockTestbench implements Testbench {
    private final String name;
    private final int seeds;
    private final long cycles;
    private final List<Signal> inputs;
    private final List<Signal> outputs;
    private final Supplier<ClockedBlock> model;
    private final LongFunction<Stimulus> stimulus;
    private final List<Mutant> mutants;

    /**
     * @param name     the block, and its RTL's name in the library
     * @param seeds    seeds of the default regression
     * @param cycles   cycles per seed
     * @param inputs   the RTL's inputs
     * @param outputs  the RTL's outputs
     * @param model    makes the Java cycle model
     * @param stimulus makes a seed's stimulus
     * @param mutants  the mutants the regression must kill
     */
    protected BlockTestbench(String name, int seeds, long cycles, List<Signal> inputs, List<Signal> outputs,
                             Supplier<ClockedBlock> model, LongFunction<Stimulus> stimulus, List<Mutant> mutants) {
        this.name = name;
        this.seeds = seeds;
        this.cycles = cycles;
        this.inputs = inputs;
        this.outputs = outputs;
        this.model = model;
        this.stimulus = stimulus;
        this.mutants = List.copyOf(mutants);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String rtl() {
        return name;
    }

    @Override
    public final List<Mutant> mutants() {
        return mutants;
    }

    @Override
    public final int seeds() {
        return seeds;
    }

    @Override
    public final long cyclesPerSeed() {
        return cycles;
    }

    @Override
    public final Lockstep lockstep(String rtl) {
        return new Lockstep(model, () -> RtlBlock.open(rtl, inputs, outputs), stimulus);
    }

    @Override
    public String toString() {
        return name;
    }

    /** @return {@code value} when the condition holds, otherwise no value (the sample is not counted) */
    protected static OptionalLong when(boolean condition, long value) {
        return condition ? OptionalLong.of(value) : OptionalLong.empty();
    }
}
