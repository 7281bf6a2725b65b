package org.neuromtj.chip.ledger;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a ledger's actions and powered time cost under a technology: the only place counts meet joules.
 * Dynamic energy is each action's count times its cost; static energy is each block's leakage times the
 * time its power domain was powered, where a floorplan says what the blocks leak.
 *
 * @param byAction      dynamic energy per action type, in femtojoules
 * @param byBlock       dynamic energy per block, in femtojoules
 * @param staticByBlock static (leakage) energy per block, in femtojoules; empty when no floorplan was given
 * @param counts        how many times each action was performed (for powered time: picoseconds per unit)
 */
public record EnergyReport(Map<Action, Double> byAction, Map<Block, Double> byBlock,
                           Map<Block, Double> staticByBlock, Map<Action, Long> counts) {

    public EnergyReport {
        byAction = Collections.unmodifiableMap(new EnumMap<>(byAction));
        byBlock = Collections.unmodifiableMap(new EnumMap<>(byBlock));
        staticByBlock = staticByBlock.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(staticByBlock));
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /**
     * @param ledger     what was done
     * @param technology what each action costs
     * @return the dynamic energy of everything the ledger counted
     */
    public static EnergyReport of(Ledger ledger, Technology technology) {
        return of(List.of(ledger), technology, null);
    }

    /**
     * @param ledgers    what several blocks did, such as every tile of the mesh and the SoC
     * @param technology what each action costs
     * @param floorplan  what each block leaks, or null for dynamic energy alone
     * @return the energy of everything they counted
     */
    public static EnergyReport of(Collection<Ledger> ledgers, Technology technology, Floorplan floorplan) {
        long[] counts = new long[Action.values().length];
        for (Ledger ledger : ledgers) {
            for (Action a : Action.values()) {
                counts[a.ordinal()] += ledger.total(a);
            }
        }
        return of(counts, technology, floorplan);
    }

    /**
     * @param timestep   one closed timestep
     * @param technology what each action costs
     * @return the dynamic energy of that timestep
     */
    public static EnergyReport of(Ledger.Timestep timestep, Technology technology) {
        long[] counts = new long[Action.values().length];
        for (Action a : Action.values()) {
            counts[a.ordinal()] = timestep.count(a);
        }
        return of(counts, technology, null);
    }

    /**
     * @param counts     how many times each action was performed, by {@link Action#ordinal()}
     * @param technology what each action costs
     * @param floorplan  what each block leaks, or null for dynamic energy alone
     * @return their energy
     */
    public static EnergyReport of(long[] counts, Technology technology, Floorplan floorplan) {
        Map<Action, Double> byAction = new EnumMap<>(Action.class);
        Map<Block, Double> byBlock = new EnumMap<>(Block.class);
        Map<Block, Double> leaked = new EnumMap<>(Block.class);
        Map<Action, Long> count = new EnumMap<>(Action.class);
        for (Block b : Block.values()) {
            byBlock.put(b, 0.0);
            if (floorplan != null) {
                leaked.put(b, counts[b.domain().time().ordinal()] * floorplan.leakFjPerPs(b));
            }
        }
        for (Action a : Action.values()) {
            count.put(a, counts[a.ordinal()]);
            if (a.isStatic()) {
                continue;
            }
            double fj = counts[a.ordinal()] * technology.cost(a).energyFj();
            byAction.put(a, fj);
            byBlock.merge(a.block(), fj, Double::sum);
        }
        return new EnergyReport(byAction, byBlock, leaked, count);
    }

    /** @return the dynamic energy in femtojoules */
    public double dynamicFj() {
        return byAction.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** @return the static energy in femtojoules (0 without a floorplan) */
    public double staticFj() {
        return staticByBlock.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** @return the total energy, dynamic and static, in femtojoules */
    public double totalFj() {
        return dynamicFj() + staticFj();
    }

    /** @return energy per spike emitted, in femtojoules (NaN without spikes) */
    public double perSpikeFj() {
        long spikes = counts.get(Action.SPIKE);
        return spikes == 0 ? Double.NaN : totalFj() / spikes;
    }

    /** @return energy per synaptic operation (one cell read in a string), in femtojoules (NaN without) */
    public double perSynapticOpFj() {
        long ops = counts.get(Action.CELL_READ);
        return ops == 0 ? Double.NaN : totalFj() / ops;
    }
}
