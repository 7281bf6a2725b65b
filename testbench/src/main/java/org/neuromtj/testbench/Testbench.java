package org.neuromtj.testbench;

import java.util.List;
import org.neuromtj.cosim.Lockstep;
import org.neuromtj.testbench.coverage.Covergroup;

/**
 * A block's testbench: its scoreboard (the Java model in lockstep with an RTL build of the block,
 * driven by the block's constrained-random stimulus), its coverage model and goal, and the mutants its
 * regression must kill.
 */
public interface Testbench {

    /** @return the block's name, as {@code ./neuromtj verify} takes it */
    String name();

    /** @return the RTL build checked by default */
    String rtl();

    /** @return deliberately wrong RTL builds of the block, each of which the regression must catch */
    List<Mutant> mutants();

    /** @return seeds the default regression runs */
    int seeds();

    /** @return cycles per seed */
    long cyclesPerSeed();

    /**
     * @param rtl the RTL build to check: {@link #rtl()} or a mutant's
     * @return the model and that RTL in lockstep
     */
    Lockstep lockstep(String rtl);

    /**
     * A fresh monitor: the coverage it fills, sampled every agreed cycle. A new seed starts from a new
     * monitor on the same covergroup.
     *
     * @param coverage the covergroup to fill, from {@link #coverage()}
     * @return what to show each cycle
     */
    Monitor monitor(Covergroup<CycleSample> coverage);

    /** @return the coverage model with every bin of the goal, none hit yet */
    Covergroup<CycleSample> coverage();

    /**
     * A mutant: a deliberately wrong build of the block.
     *
     * @param rtl  its name in the RTL library
     * @param flaw what is wrong in it
     */
    record Mutant(String rtl, String flaw) {
    }

    /** Sees the cycles of one seed, keeps what the coverage needs across them, and samples. */
    interface Monitor {
        /** @param sample the cycle */
        void cycle(CycleSample sample);
    }
}
