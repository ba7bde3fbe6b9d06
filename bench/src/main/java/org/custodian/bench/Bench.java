package org.custodian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.custodian.core.crypto.Argon2Params;
import org.custodian.core.crypto.Crypto;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.workspace.Custodian;

/**
 * Custodian's benchmarks. Prints one line per figure, exactly {@code figure <name> <value> <unit>}; lines
 * starting with '#' say how a figure was taken. Every sample runs in a freshly started JVM.
 */
public final class Bench {

    private static final org.slf4j.Logger FIGURES = org.slf4j.LoggerFactory.getLogger("figures");
    static final String USER = "bench.lead";
    static final String PASSWORD = "bench harbour lantern violet";
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 7);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        BenchLogging.configure();
        Path dir = Files.createTempDirectory("custodian-bench-");
        new Custodian(DataDirectory.at(dir), Clock.systemUTC())
                .setUp(USER, "Bench Lead", Passphrase.copyOf(PASSWORD)).close();
        say("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", Argon2id m=" + Argon2Params.DEFAULT.memoryKiB() / 1024 + " MiB t=" + Argon2Params.DEFAULT.iterations()
                + " p=" + Argon2Params.DEFAULT.parallelism() + ", " + ROUNDS + " fresh JVMs per figure");

        if (selected("unlock")) {
            figure("argon2id_ms_median", median(argon2Samples()), "ms");
            figure("unlock_ms_median", median(unlockSamples(dir, "warm")), "ms");
            figure("unlock_cold_ms_median", median(unlockSamples(dir, "cold")), "ms");
        }
        if (selected("cold-start")) {
            ColdStart.run(dir, ROUNDS);
        }
        if (selected("intake")) {
            IntakeBench.run();
        }
        if (selected("search")) {
            SearchBench.run();
        }
        if (selected("rights")) {
            RightsBench.run();
        }
        if (selected("import")) {
            ImportBench.run();
        }
        if (selected("audit") || selected("audit-chain")) {
            AuditBench.chainVerify();
        }
        if (selected("audit") || selected("audit-pack")) {
            AuditBench.packExport();
        }
    }

    /**
     * BENCH_ONLY=unlock,cold-start,intake,search,rights,import,audit runs a subset (audit-chain or audit-pack for
     * half of audit); unset runs everything.
     */
    static boolean selected(String group) {
        String only = System.getenv("BENCH_ONLY");
        return only == null || only.isBlank() || List.of(only.split(",")).contains(group);
    }

    private static List<Double> argon2Samples() {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 2; i++) {
            long start = System.nanoTime();
            Crypto.argon2id(Passphrase.copyOf(PASSWORD), Crypto.randomBytes(16), Argon2Params.DEFAULT);
            if (i >= 2) {
                samples.add((System.nanoTime() - start) / 1e6);
            }
        }
        return samples;
    }

    private static List<Double> unlockSamples(Path dir, String mode) throws Exception {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            ChildJvm.Result result = ChildJvm.run(UnlockProbe.class, List.of(), List.of(dir.toString(), USER, mode),
                    Map.of(), PASSWORD + "\n", null);
            samples.add(Long.parseLong(result.valueOf("unlock_ns")) / 1e6);
        }
        say(mode + " unlock samples ms: " + rounded(samples));
        return samples;
    }

    static double median(List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static List<Long> rounded(List<Double> samples) {
        return samples.stream().map(Math::round).toList();
    }

    /** Counts, timings and settings only; never a name or any other value from the store. */
    static void figure(String name, double value, String unit) {
        FIGURES.info("figure {} {} {}", name, Math.round(value), unit);
    }

    static void say(String text) {
        FIGURES.info("# {}", text);
    }
}
