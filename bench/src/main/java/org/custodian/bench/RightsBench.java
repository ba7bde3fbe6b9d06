package org.custodian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.Interaction;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.rights.IdentityStatus;
import org.custodian.core.rights.RightKind;
import org.custodian.core.scripts.Script;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;

/**
 * Issue 7's figure: a subject access export (every row read through its MAC check, HTML and JSON written) for one
 * customer with 10,000 interactions on the encrypted store, among a few hundred others.
 */
final class RightsBench {

    private static final int INTERACTIONS = Integer.getInteger("bench.interactions", 10_000);
    private static final int RUNS = 7;
    /** The JIT needs a few exports of this size before it settles; the first (cold) one is reported apart. */
    private static final int WARM_UP = 3;

    private RightsBench() {
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("custodian-bench-rights-");
        Path out = Files.createTempDirectory("custodian-bench-sar-");
        try (Workspace ws = new Custodian(DataDirectory.at(dir), Clock.systemUTC())
                .setUp(Bench.USER, "Bench Lead", Passphrase.copyOf(Bench.PASSWORD))) {
            Script script = ws.scripts().scripts().stream().filter(s -> s.id().equals("new-customer")).findFirst().orElseThrow();
            SyntheticPeople people = new SyntheticPeople(7);
            for (int i = 0; i < 300; i++) {
                ws.intake().save(ws.session(), new IntakeForm(script, people.newCustomerAnswers(), null, Instant.now().minusSeconds(60)),
                        null, true);
            }
            long customerId = ws.intake().save(ws.session(), new IntakeForm(script, people.newCustomerAnswers(), null,
                    Instant.now().minusSeconds(60)), null, true).customerId();
            CustomerRecords records = new CustomerRecords(ws.store().rowMac());
            Interaction first = records.interactions(ws.store().dsl(), customerId).get(0);
            for (int done = 1; done < INTERACTIONS; ) {
                int batch = Math.min(1_000, INTERACTIONS - done);
                int from = done;
                ws.store().write(tx -> {
                    for (int i = 0; i < batch; i++) {
                        Instant at = Instant.now();
                        records.addInteraction(tx, new Interaction(0, customerId, first.agentId(), at.minusSeconds(300), at,
                                first.enquiryType(), first.scriptId(), first.scriptVersion(), first.purposeCode(), first.purposeVersion(),
                                "Follow-up call number " + (from + i), "Explained the latest statement and checked the address",
                                "Customer satisfied", first.otherAnswers(), true));
                    }
                    return null;
                });
                done += batch;
            }
            long request = ws.rights().requests().log(ws.session(), customerId, RightKind.ACCESS, LocalDate.now(Clock.systemUTC()),
                    IdentityStatus.NOT_NEEDED).request().id();
            List<Double> samples = new ArrayList<>();
            double cold = 0;
            for (int i = 0; i < RUNS + WARM_UP; i++) {
                long start = System.nanoTime();
                var report = ws.rights().subjectAccess().export(ws.session(), request, out.resolve("sar-" + i + ".html"),
                        out.resolve("sar-" + i + ".json"));
                double ms = (System.nanoTime() - start) / 1e6;
                if (report.section("interactions").rows().size() != INTERACTIONS) {
                    throw new IllegalStateException("the export missed interactions");
                }
                if (i == 0) {
                    cold = ms;
                }
                if (i >= WARM_UP) {
                    samples.add(ms);
                }
            }
            Bench.say("sar export: one customer with " + INTERACTIONS + " interactions among 301 customers, HTML "
                    + Files.size(out.resolve("sar-2.html")) / 1024 + " KiB and JSON " + Files.size(out.resolve("sar-2.json")) / 1024
                    + " KiB written; first (cold) export " + Math.round(cold) + " ms; " + RUNS + " runs after " + WARM_UP
                    + " warm-up, samples ms " + Bench.rounded(samples));
            Bench.figure("sar_export_ms", Bench.median(samples), "ms");
        } finally {
            deleteTree(out);
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
