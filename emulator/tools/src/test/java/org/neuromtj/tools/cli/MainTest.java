package org.neuromtj.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line builds only the subcommand it runs, yet shows them all when none is named. */
class MainTest {

    @Test
    void everySubcommandIsKeptUnderItsOwnName() {
        for (Map.Entry<String, java.util.function.Supplier<Object>> e : Main.SUBCOMMANDS.entrySet()) {
            assertEquals(e.getKey(), new CommandLine(e.getValue().get()).getCommandName());
        }
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertEquals(List.of("run"), List.copyOf(Main.commandLine("run").getSubcommands().keySet()));
        assertEquals(List.of("bench"), List.copyOf(Main.commandLine("bench").getSubcommands().keySet()));
    }

    @Test
    void withoutANamedSubcommandTheUsageListsEveryOneInOrder() {
        for (String first : List.of("", "--help", "rnu")) {
            assertEquals(List.copyOf(Main.SUBCOMMANDS.keySet()),
                    List.copyOf(Main.commandLine(first).getSubcommands().keySet()), first);
        }
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.status());
        for (String name : Main.SUBCOMMANDS.keySet()) {
            assertTrue(help.out().contains("  " + name + " "), name + " in\n" + help.out());
        }
    }

    @Test
    void aMistypedSubcommandIsRefusedWithASuggestion() {
        CliRun typo = CliRun.of("rnu", "x.elf");
        assertNotEquals(0, typo.status());
        assertTrue(typo.err().contains("Unmatched argument") && typo.err().contains("run"), typo.err());
    }

    @Test
    void aSubcommandStillParsesItsOwnOptions() {
        CliRun bad = CliRun.of("run", "--max-cycles", "0", "x.elf");
        assertEquals(UsageFailure.BAD_INPUT, bad.status());
        assertTrue(bad.err().contains("--max-cycles must be positive, not 0"), bad.err());
    }
}
