package org.custodian.app.cli;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.custodian.app.AppContext;
import org.custodian.app.common.UserMessages;
import org.custodian.app.logging.LogbackConfigurator;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.errors.CustodianException;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.synthetic.SyntheticDataService;
import org.custodian.core.synthetic.SyntheticRun;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an existing store with synthetic customers from the command line, signed in as a team lead:
 *
 * <pre>CUSTODIAN_HOME=/path CUSTODIAN_USER=name mvn -B -q -Pgenerate -pl app -am -DskipTests verify -Dcustomers=100000</pre>
 *
 * The password comes from {@code CUSTODIAN_PASSWORD} or is asked for without echo. It prints counts only (never a
 * name), a progress line at most once a second, and one plain sentence when something is wrong. Ctrl+C stops
 * after the batch being written (up to 20,000 customers); what was committed stays.
 */
public final class Generate {

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int INTERRUPTED = 130;
    private static final Logger LOG = LoggerFactory.getLogger(Generate.class);

    /** Where the password comes from; null when there is none (no variable and no terminal). */
    interface Passwords {
        char[] read(String user);
    }

    private final Path dataDirectory;
    private final Map<String, String> options;
    private final Passwords passwords;
    private final PrintStream out;
    private final PrintStream err;
    private final Consumer<Path> startLogging;
    private final LongSupplier nanoTime;

    Generate(Path dataDirectory, Map<String, String> options, Passwords passwords, PrintStream out, PrintStream err,
             Consumer<Path> startLogging, LongSupplier nanoTime) {
        this.dataDirectory = dataDirectory;
        this.options = options;
        this.passwords = passwords;
        this.out = out;
        this.err = err;
        this.startLogging = startLogging;
        this.nanoTime = nanoTime;
    }

    public static void main(String[] args) {
        Map<String, String> options = options(System.getProperty("custodian.customers"), System.getProperty("custodian.user"),
                System.getenv("CUSTODIAN_USER"), System.getProperty("custodian.seed"));
        Generate command = new Generate(AppContext.defaultDataDirectory().toAbsolutePath(), options, Generate::password,
                System.out, System.err, dir -> LogbackConfigurator.logToFile(dir.resolve("logs")), System::nanoTime);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.set(true);
            try {
                finished.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "generate-stop"));
        int code = command.run(stop::get);
        finished.countDown();
        if (!stop.get()) {
            System.exit(code); // during a Ctrl+C shutdown exit would wait for the hook forever; the JVM ends anyway
        }
    }

    /** The options as given: {@code -Dcustomers}, {@code -Duser} or {@code CUSTODIAN_USER}, and {@code -Dseed}. */
    static Map<String, String> options(String customers, String userProperty, String userVariable, String seed) {
        Map<String, String> options = new HashMap<>();
        options.put("customers", blankToNull(customers));
        options.put("user", blankToNull(userProperty) != null ? userProperty.strip() : blankToNull(userVariable));
        options.put("seed", blankToNull(seed));
        return options;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static char[] password(String user) {
        String variable = System.getenv("CUSTODIAN_PASSWORD");
        if (variable != null && !variable.isEmpty()) {
            return variable.toCharArray();
        }
        Console console = System.console();
        return console == null ? null : console.readPassword("Password for %s: ", user);
    }

    int run(java.util.function.BooleanSupplier stopRequested) {
        Integer count = parseCount(options.get("customers"));
        if (count == null) {
            return usage("Say how many customers to generate with -Dcustomers=N (between 1 and 2,000,000).");
        }
        try {
            SyntheticDataService.checkCount(count);
        } catch (CustodianException e) {
            return usage(e.userMessage());
        }
        String user = options.get("user");
        if (user == null) {
            return usage("Say which team lead signs in with -Duser=NAME or CUSTODIAN_USER.");
        }
        long seed;
        try {
            seed = options.get("seed") == null ? new SecureRandom().nextLong() : Long.parseLong(options.get("seed"));
        } catch (NumberFormatException e) {
            return usage("The seed must be a whole number, for example -Dseed=42.");
        }
        Custodian custodian;
        try {
            custodian = new Custodian(DataDirectory.at(dataDirectory), Clock.systemDefaultZone());
            if (custodian.state() == DataDirectory.StoreState.NEW) {
                return usage("There is no Custodian store in " + dataDirectory + " yet; start the app once to set one up.");
            }
        } catch (CustodianException e) {
            return failed(e.userMessage());
        }
        startLogging.accept(dataDirectory);
        char[] typed = passwords.read(user);
        if (typed == null) {
            return usage("No password: set CUSTODIAN_PASSWORD or run this in a terminal to be asked for it.");
        }
        Workspace workspace;
        try (Passphrase password = Passphrase.copyOf(typed)) {
            workspace = custodian.logIn(user, password);
        } catch (RuntimeException e) {
            return failed(UserMessages.sentenceFor(e, LOG, "signing in to generate customers"));
        } finally {
            Arrays.fill(typed, '\0');
        }
        try {
            return generate(workspace, count, seed, stopRequested);
        } finally {
            try {
                workspace.logOut();
            } catch (RuntimeException e) {
                LOG.warn("Logging out after generating failed: {}", UserMessages.describe(e));
            }
        }
    }

    private int generate(Workspace workspace, int count, long seed, java.util.function.BooleanSupplier stopRequested) {
        out.println("adding " + count + " synthetic customers to " + dataDirectory + " (seed " + seed + ")");
        ProgressLine progress = new ProgressLine(nanoTime.getAsLong());
        int[] written = {0};
        SyntheticRun run;
        try {
            run = workspace.synthetic().generate(workspace.session(), count, seed, (done, total) -> {
                written[0] = done;
                String line = progress.update(done, total, nanoTime.getAsLong());
                if (line != null) {
                    out.println(line);
                }
            }, stopRequested);
        } catch (RuntimeException e) {
            int code = failed(UserMessages.sentenceFor(e, LOG, "generating customers"));
            if (written[0] > 0) {
                out.println("stopped: " + written[0] + " of " + count + " customers were added before the problem; they stay.");
            }
            return code;
        }
        long now = nanoTime.getAsLong();
        if (run.cancelled()) {
            out.println("stopped: " + run.written() + " of " + run.requested() + " customers were added; the rest were not.");
            return INTERRUPTED;
        }
        out.println("done: " + run.written() + " customers added in " + progress.seconds(now) + " s ("
                + progress.rate(run.written(), now) + ")");
        return DONE;
    }

    private static Integer parseCount(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            return text.matches("[0-9,_]+") ? SyntheticDataService.MAX_COUNT + 1 : null;
        }
    }

    private int usage(String sentence) {
        err.println(sentence);
        return USAGE;
    }

    private int failed(String sentence) {
        err.println(sentence);
        return FAILED;
    }
}
