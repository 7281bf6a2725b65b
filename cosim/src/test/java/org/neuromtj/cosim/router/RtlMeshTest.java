package org.neuromtj.cosim.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.npu.router.Port;
import org.neuromtj.chip.npu.router.RouterConfig;
import org.neuromtj.chip.npu.router.RoutingTable;

/** A mesh or a table beyond what the router RTL was built to hold is refused, naming the setting. */
class RtlMeshTest {

    @Test
    void aMeshBeyondTheRtlsCapacityIsRefusedNamingTheSetting() {
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> new RtlMesh(new RouterConfig(5, 2, 8, 2, 1, 64)));
        assertEquals("mesh.width = 5: the router RTL holds at most 4", wide.getMessage());
        IllegalArgumentException deep = assertThrows(IllegalArgumentException.class,
                () -> new RtlMesh(new RouterConfig(2, 2, 9, 2, 1, 64)));
        assertEquals("mesh.fifo_depth = 9: the router RTL holds at most 8", deep.getMessage());
        IllegalArgumentException slow = assertThrows(IllegalArgumentException.class,
                () -> new RtlMesh(new RouterConfig(2, 2, 8, 9, 1, 64)));
        assertEquals("mesh.hop_latency_cycles = 9: the router RTL holds at most 8", slow.getMessage());
    }

    @Test
    void aTableLongerThanTheRtlsIsRefusedAndTheTablesStayAsTheyWere() {
        try (RtlMesh mesh = new RtlMesh(new RouterConfig(2, 2, 8, 2, 1, 64))) {
            List<RoutingTable.Entry> entries = new ArrayList<>();
            for (int n = 0; n < RouterPorts.ENTRIES + 1; n++) {
                entries.add(new RoutingTable.Entry(n, -1, Port.LOCAL.bit()));
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mesh.setTable(0, entries));
            assertEquals("router 0: 17 table entries; the router RTL holds 16", e.getMessage());
            assertEquals(List.of(), mesh.table(0).entries());
        }
    }
}
