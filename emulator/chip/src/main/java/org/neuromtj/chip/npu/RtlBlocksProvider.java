package org.neuromtj.chip.npu;

import java.util.List;
import java.util.Set;

/**
 * The co-simulation bridge, found with {@link java.util.ServiceLoader} when it is on the class path:
 * it names the blocks it has RTL for and builds implementations that take those from RTL.
 */
public interface RtlBlocksProvider {

    /** @return the blocks it has RTL for */
    List<String> blocks();

    /**
     * @param chosen blocks to take from RTL, each one of {@link #blocks()}
     * @return the others by their models, the chosen by their RTL
     */
    BlockImplementations implementations(Set<String> chosen);
}
