package org.custodian.app.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTest {

    private static final String LEAD = "gen.lead";
    private static final String LEAD_PASSWORD = "quartz meadow lantern 81";
    private static final String AGENT = "gen.agent";
    private static final String AGENT_PASSWORD = "copper violet harbour 23";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Path> logging = new ArrayList<>();
    private long clock;

    private Generate command(Map<String, String> options, String password) {
        return new Generate(dir, options, user -> password == null ? null : password.toCharArray(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                logging::add, () -> clock += 1_500_000_000L);
    }

    private static Map<String, String> options(String customers, String user) {
        return Generate.options(customers, user, null, "5");
    }

    private List<String> outLines() {
        String text = out.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void withoutAStoreItSaysSoInOneSentenceAndStops() {
        assertEquals(Generate.USAGE, command(options("100", LEAD), LEAD_PASSWORD).run(() -> false));
        assertEquals("There is no Custodian store in " + dir + " yet; start the app once to set one up.", errText());
        assertEquals(List.of(), outLines());
        assertEquals(List.of(), logging, "nothing is written into a directory that holds no store");
    }

    @Test
    void missingOrWrongOptionsAreOnePlainSentenceEach() {
        assertEquals(Generate.USAGE, command(options(null, LEAD), LEAD_PASSWORD).run(() -> false));
        assertEquals("Say how many customers to generate with -Dcustomers=N (between 1 and 2,000,000).", errText());
        for (String count : List.of("0", "2000001", "99999999999")) {
            err.reset();
            assertEquals(Generate.USAGE, command(options(count, LEAD), LEAD_PASSWORD).run(() -> false));
            assertEquals("Number of customers: choose between 1 and 2,000,000.", errText());
        }
        err.reset();
        assertEquals(Generate.USAGE, command(options("10", null), LEAD_PASSWORD).run(() -> false));
        assertEquals("Say which team lead signs in with -Duser=NAME or CUSTODIAN_USER.", errText());
        err.reset();
        assertEquals(Generate.USAGE, command(Generate.options("10", LEAD, null, "forty-two"), LEAD_PASSWORD).run(() -> false));
        assertEquals("The seed must be a whole number, for example -Dseed=42.", errText());
    }

    @Test
    void theUserComesFromThePropertyFirstThenTheVariable() {
        assertEquals("prop.user", Generate.options("1", "prop.user", "env.user", null).get("user"));
        assertEquals("env.user", Generate.options("1", " ", "env.user", null).get("user"));
        assertNull(Generate.options(" ", null, null, "").get("customers"));
    }

    @Test
    void aTeamLeadFillsTheStoreAndTheOutputHoldsCountsOnly() {
        setUpStoreWithAnAgent();
        assertEquals(Generate.DONE, command(options("1,200", LEAD), LEAD_PASSWORD).run(() -> false), errText());

        List<String> lines = outLines();
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertEquals("adding 1200 synthetic customers to " + dir + " (seed 5)", lines.get(0));
        assertTrue(lines.get(1).matches("done: 1200 customers added in [0-9]+ s \\([0-9,]+/s\\)"), lines.get(1));
        assertEquals("", errText());
        assertEquals(List.of(dir), logging, "the log goes to the store's own log folder");
        try (Workspace lead = custodian().logIn(LEAD, Passphrase.copyOf(LEAD_PASSWORD))) {
            assertEquals(1_200, new CustomerRepository(lead.store().rowMac()).count(lead.store().dsl()));
        }
    }

    @Test
    void aWrongPasswordAnAgentOrNoPasswordAtAllIsRefusedInOneSentence() {
        setUpStoreWithAnAgent();
        assertEquals(Generate.FAILED, command(options("10", LEAD), "not the password").run(() -> false));
        assertFalse(errText().isEmpty());
        assertFalse(errText().contains("\n"), "one sentence");
        err.reset();
        assertEquals(Generate.FAILED, command(options("10", AGENT), AGENT_PASSWORD).run(() -> false));
        assertEquals("Only a team lead can generate synthetic customers.", errText());
        err.reset();
        assertEquals(Generate.USAGE, command(options("10", LEAD), null).run(() -> false));
        assertEquals("No password: set CUSTODIAN_PASSWORD or run this in a terminal to be asked for it.", errText());
    }

    @Test
    void stoppingBeforeTheFirstBatchWritesNothingAndSaysSo() {
        setUpStoreWithAnAgent();
        assertEquals(Generate.INTERRUPTED, command(options("10", LEAD), LEAD_PASSWORD).run(() -> true));
        assertEquals("stopped: 0 of 10 customers were added; the rest were not.", outLines().get(1));
    }

    private Custodian custodian() {
        return new Custodian(DataDirectory.at(dir), Clock.systemUTC());
    }

    private void setUpStoreWithAnAgent() {
        try (Workspace lead = custodian().setUp(LEAD, "Gen Lead", Passphrase.copyOf(LEAD_PASSWORD))) {
            lead.users().add(lead.session(), AGENT, "Gen Agent", Role.AGENT, Passphrase.copyOf(AGENT_PASSWORD));
        }
    }
}
