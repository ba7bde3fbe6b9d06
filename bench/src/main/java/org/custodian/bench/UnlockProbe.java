package org.custodian.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;

/**
 * Child JVM: does what the app does at login. With "warm", it first runs the warm-up the login screen starts
 * while the password is typed; then it times password submitted to store ready (Custodian.logIn).
 */
public final class UnlockProbe {

    private static final org.slf4j.Logger PROBE = org.slf4j.LoggerFactory.getLogger("probe");

    private UnlockProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String username = args[1];
        boolean warm = "warm".equals(args[2]);
        String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        Custodian custodian = new Custodian(DataDirectory.at(dir), Clock.systemUTC());
        if (warm) {
            custodian.warmUp();
        }
        long start = System.nanoTime();
        try (Workspace workspace = custodian.logIn(username, Passphrase.copyOf(password))) {
            long elapsed = System.nanoTime() - start;
            // stdout is this child's one channel to the benchmark parent; it carries a timing, nothing else
            BenchLogging.configure(); // after the timing, so the measured unlock is as before
            PROBE.info("unlock_ns {}", elapsed); // to the parent benchmark, on stdout
        }
    }
}
