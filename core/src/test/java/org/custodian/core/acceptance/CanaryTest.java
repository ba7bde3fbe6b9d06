package org.custodian.core.acceptance;

import static org.custodian.core.workspace.TestStores.LEAD;
import static org.custodian.core.workspace.TestStores.LEAD_NAME;
import static org.custodian.core.workspace.TestStores.custodian;
import static org.custodian.core.workspace.TestStores.pw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.customers.Customer;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.errors.WrongCredentialsException;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A canary saved through the store is found in no file of the data directory (database, key ring, login attempts,
 * logs) nor in any file written to the temp directory meanwhile, in UTF-8, UTF-16LE or UTF-16BE; nor are the
 * passwords, usernames or staff names. The secrets are random per run, so no source or build file holds them.
 */
class CanaryTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PURPOSE = "ACCOUNT_QUERY";

    @TempDir
    Path dir;

    @Test
    void noSecretSavedThroughTheStoreReachesAnyFileInPlaintext() throws IOException {
        Instant start = Instant.now().minusSeconds(2); // file times can be coarse
        String token = "Canary-" + token(10);
        String customerName = "Zoë " + token + " Testperson";
        String leadPassword = "orbit " + token(12).toLowerCase() + " kettle";
        String agentUsername = "kit." + token(8).toLowerCase();
        String agentName = "Kit " + token(8) + " Sample";
        String agentPassword = "meadow " + token(12).toLowerCase() + " tram";
        String agentNewPassword = "lantern " + token(12).toLowerCase() + " pebble";
        String wrongPassword = "wrong " + token(12).toLowerCase() + " guess";
        Path data = dir.resolve("data");
        Path logFile = data.resolve("logs").resolve("test.log");

        Custodian custodian = custodian(data);
        try (LogCapture ignored = LogCapture.into(logFile)) {
            try (Workspace lead = custodian.setUp(LEAD, LEAD_NAME, pw(leadPassword))) {
                Customer saved = lead.customers().register(lead.session(), customerName);
                lead.users().add(lead.session(), agentUsername, agentName, Role.AGENT, pw(agentPassword));
                // a refused value must not be echoed anywhere either
                assertThrows(InvalidInputException.class,
                        () -> lead.customers().register(lead.session(), customerName + "\t" + token));
                lead.logOut();
                assertThrows(WrongCredentialsException.class, () -> custodian.logIn(LEAD, pw(wrongPassword)));
                // a damaged login-attempts file makes core log a warning: proof that core's lines reach the log
                Files.writeString(data.resolve("login-attempts.txt"), "not a login-attempts file\n");
                try (Workspace again = custodian.logIn(LEAD, pw(leadPassword))) {
                    assertEquals(customerName, again.customers().open(again.session(), saved.reference(), PURPOSE)
                            .orElseThrow().fullName(), "the canary is really in the store");
                    // also while the store is open (H2 may keep working files beside the database)
                    assertEquals(List.of(), secrets(customerName, token, leadPassword).scan(PlaintextScan.filesUnder(data)),
                            "secrets in plaintext in the data directory while the store is open");
                    again.logOut();
                }
            }
            try (Workspace agent = custodian.logIn(agentUsername, pw(agentPassword))) {
                agent.users().changeOwnPassword(agent.session(), pw(agentPassword), pw(agentNewPassword));
                agent.logOut();
            }
            custodian.logIn(agentUsername, pw(agentNewPassword)).logOut();
        }

        String log = Files.readString(logFile, StandardCharsets.UTF_8);
        assertTrue(log.contains("Login-attempts file was unreadable"), "core's own log lines reach the test log");

        PlaintextScan scan = new PlaintextScan()
                .secret("customer name", customerName)
                .secret("canary token", token)
                .secret("lead password", leadPassword)
                .secret("agent username", agentUsername)
                .secret("agent name", agentName)
                .secret("agent initial password", agentPassword)
                .secret("agent new password", agentNewPassword)
                .secret("wrong password tried", wrongPassword);
        List<Path> dataFiles = PlaintextScan.filesUnder(data);
        List<String> names = dataFiles.stream().map(p -> data.relativize(p).toString()).sorted().toList();
        assertTrue(names.containsAll(List.of("custodian.mv.db", "keyring.bin", "login-attempts.txt", "logs/test.log")),
                "the scan covers the store's files: " + names);
        assertEquals(List.of(), scan.scan(dataFiles), "secrets in plaintext in the data directory " + names);

        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> tempFiles = PlaintextScan.filesUnder(tmp, start, 256L * 1024 * 1024);
        assertEquals(List.of(), scan.scan(tempFiles), "secrets in plaintext in files written to " + tmp);

        System.out.println("CanaryTest scanned " + dataFiles.size() + " files in the data directory " + names + ", "
                + tempFiles.size() + " files written to " + tmp + " during the test; log lines: " + log.lines().count());
        // positive control on the very same files: a value known to be in the log is found there
        assertFalse(new PlaintextScan().secret("known log text", "Login-attempts file was unreadable").scan(dataFiles).isEmpty());
    }

    @Test
    void controlTheScanFindsTheCanaryInAnUnencryptedH2FileButNotInAnEncryptedOne() throws SQLException {
        String token = "Canary-" + token(10);
        String name = "Zoë " + token + " Testperson";
        Path plain = dir.resolve("plain");
        Path encrypted = dir.resolve("encrypted");
        saveWithRawH2("jdbc:h2:file:" + plain.resolve("control") + ";TRACE_LEVEL_FILE=0", "sa", "", name);
        String filePassword = token(32).toLowerCase();
        saveWithRawH2("jdbc:h2:file:" + encrypted.resolve("control") + ";CIPHER=AES;TRACE_LEVEL_FILE=0", "sa",
                filePassword + " userpw", name);

        PlaintextScan scan = new PlaintextScan().secret("canary token", token);
        List<PlaintextScan.Hit> inPlain = scan.scan(PlaintextScan.filesUnder(plain));
        assertFalse(inPlain.isEmpty(), "an unencrypted H2 file holds the canary in clear");
        assertTrue(inPlain.stream().anyMatch(h -> h.encoding().equals("UTF-8")), inPlain.toString());
        assertEquals(List.of(), scan.scan(PlaintextScan.filesUnder(encrypted)), "AES file");
    }

    @Test
    void controlTheScanFindsEachEncodingAndFileNamesAnywhereUnderTheDirectory() throws IOException {
        String token = "Canary-" + token(10);
        Path deep = Files.createDirectories(dir.resolve("a/b/c"));
        Files.write(deep.resolve("x.bin"), concat(new byte[] {1, 2, 3}, token.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("a/y"), token.getBytes(StandardCharsets.UTF_16BE));
        Files.write(dir.resolve("a/b/z.txt"), ("..." + token).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("named-" + token), new byte[] {0});
        Map<String, String> found = new HashMap<>();
        for (PlaintextScan.Hit hit : new PlaintextScan().secret("t", token).scan(PlaintextScan.filesUnder(dir))) {
            found.put(dir.relativize(hit.file()).toString(), hit.encoding());
        }
        assertEquals(Map.of("a/b/c/x.bin", "UTF-16LE", "a/y", "UTF-16BE", "a/b/z.txt", "UTF-8", "named-" + token, "name"), found);
    }

    private static PlaintextScan secrets(String customerName, String token, String password) {
        return new PlaintextScan().secret("customer name", customerName).secret("canary token", token)
                .secret("lead password", password);
    }

    private static void saveWithRawH2(String url, String user, String password, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE person (id INT PRIMARY KEY, full_name VARCHAR(200))");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO person VALUES (1, ?)")) {
                insert.setString(1, name);
                insert.executeUpdate();
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String token(int length) {
        String alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /**
     * Routes every logger into a file for the duration, at DEBUG (core at TRACE), so anything core or a library
     * would log on this path is on disk to be scanned.
     */
    static final class LogCapture implements AutoCloseable {
        private final LoggerContext context;
        private final FileAppender<ILoggingEvent> appender;
        private final Map<String, Level> levels = new HashMap<>();

        private LogCapture(Path file) {
            context = (LoggerContext) LoggerFactory.getILoggerFactory();
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger - %msg%n%ex");
            encoder.start();
            appender = new FileAppender<>();
            appender.setContext(context);
            appender.setName("canary-test");
            appender.setFile(file.toString());
            appender.setEncoder(encoder);
            appender.setImmediateFlush(true);
            appender.start();
            context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
            setLevel(Logger.ROOT_LOGGER_NAME, Level.DEBUG);
            setLevel("org.custodian", Level.TRACE);
            setLevel("org.flywaydb", Level.DEBUG);
            setLevel("org.jooq", Level.DEBUG);
            setLevel("org.h2", Level.DEBUG);
        }

        static LogCapture into(Path file) {
            return new LogCapture(file);
        }

        private void setLevel(String name, Level level) {
            Logger logger = context.getLogger(name);
            levels.put(name, logger.getLevel());
            logger.setLevel(level);
        }

        @Override
        public void close() {
            context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
            appender.stop();
            levels.forEach((name, level) -> context.getLogger(name).setLevel(level));
        }
    }
}
