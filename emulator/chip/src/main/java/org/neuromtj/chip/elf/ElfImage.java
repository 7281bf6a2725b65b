package org.neuromtj.chip.elf;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated RV32 executable: where it starts, what to load where, and its symbols.
 *
 * @param name     file name, for messages
 * @param entry    entry point
 * @param segments loadable segments
 * @param symbols  function and object symbols by name
 */
public record ElfImage(String name, int entry, List<Segment> segments, Map<String, Integer> symbols) {

    public ElfImage {
        segments = List.copyOf(segments);
        symbols = Map.copyOf(symbols);
    }

    /**
     * @param symbol a symbol name
     * @return its address, if the file defines it
     */
    public Optional<Integer> symbol(String symbol) {
        return Optional.ofNullable(symbols.get(symbol));
    }
}
