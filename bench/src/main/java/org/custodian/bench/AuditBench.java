package org.custodian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.core.audit.keys.TeamLeadKeys;
import org.custodian.core.audit.pack.PackRequest;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.events.ChainVerification;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.scripts.Script;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;

/**
 * Issue 6's figures: walking and checking the whole event chain of an encrypted store holding a million events,
 * and exporting an audit pack (gather, sign, seal) of 10,000 intake entries.
 */
final class AuditBench {

    private static final int EVENTS = Integer.getInteger("bench.events", 1_000_000);
    private static final int ENTRIES = Integer.getInteger("bench.entries", 10_000);
    private static final int BATCH = 20_000;

    private AuditBench() {
    }

    static void chainVerify() throws Exception {
        Path dir = Files.createTempDirectory("custodian-bench-chain-");
        try (Workspace ws = new Custodian(DataDirectory.at(dir), Clock.systemUTC())
                .setUp(Bench.USER, "Bench Lead", Passphrase.copyOf(Bench.PASSWORD))) {
            EventLog log = new EventLog(Clock.systemUTC());
            long seeded = log.count(ws.store().dsl());
            long started = System.nanoTime();
            while (seeded < EVENTS) {
                int n = (int) Math.min(BATCH, EVENTS - seeded);
                List<EventDraft> drafts = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    drafts.add(new EventDraft(ws.session().userId(), EventAction.CUSTOMER_VIEWED, "customer-service",
                            "s" + (seeded + i) % 50_000, Map.of("fields", "4"), null));
                }
                ws.store().write(tx -> {
                    log.appendAll(tx, drafts);
                    return null;
                });
                seeded += n;
            }
            Bench.say("chain: " + seeded + " events appended in " + (System.nanoTime() - started) / 1_000_000_000 + " s");
            List<Double> rates = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                ChainVerification result = log.verify(ws.store().dsl());
                double seconds = (System.nanoTime() - start) / 1e9;
                if (!(result instanceof ChainVerification.Intact intact) || intact.count() != seeded) {
                    throw new IllegalStateException("the seeded chain did not verify");
                }
                rates.add(seeded / seconds);
            }
            Bench.say("chain_verify events/s per round (the first reads a cold cache): " + Bench.rounded(rates));
            Bench.figure("chain_verify_events_per_s", Bench.median(rates), "events/s");
        } finally {
            SearchBench.deleteRecursively(dir);
        }
    }

    static void packExport() throws Exception {
        Path dir = Files.createTempDirectory("custodian-bench-pack-");
        try (Workspace ws = new Custodian(DataDirectory.at(dir), Clock.systemUTC())
                .setUp(Bench.USER, "Bench Lead", Passphrase.copyOf(Bench.PASSWORD));
             TeamLeadKeys lead = TeamLeadKeys.generate()) {
            ws.auditKeys().register(ws.session(), lead.publicKey());
            Script script = ws.scripts().scripts().stream().filter(s -> s.id().equals("new-customer")).findFirst().orElseThrow();
            SyntheticPeople people = new SyntheticPeople(6);
            Instant from = Instant.now().minusSeconds(3600);
            long started = System.nanoTime();
            for (int i = 0; i < ENTRIES; i++) {
                ws.intake().save(ws.session(), new IntakeForm(script, people.newCustomerAnswers(), null,
                        Instant.now().minusSeconds(60)), null, true);
            }
            Bench.say("pack: " + ENTRIES + " intakes saved in " + (System.nanoTime() - started) / 1_000_000_000 + " s");
            PackRequest request = new PackRequest(from, Instant.now().plusSeconds(3600), null);
            List<Double> samples = new ArrayList<>();
            int size = 0;
            for (int round = 0; round < 4; round++) {
                long start = System.nanoTime();
                byte[] pack = ws.auditPacks().export(ws.session(), request, lead.publicKey().fingerprint());
                samples.add((System.nanoTime() - start) / 1e6);
                size = pack.length;
            }
            Bench.say("audit_pack_export ms per round (first one warms up): " + Bench.rounded(samples) + "; pack "
                    + size / 1024 + " KiB");
            Bench.figure("audit_pack_export_ms", Bench.median(samples.subList(1, samples.size())), "ms");
        } finally {
            SearchBench.deleteRecursively(dir);
        }
    }
}
