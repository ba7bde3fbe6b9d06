package org.custodian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.intake.IntakeChecks;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.scripts.Script;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;

/**
 * Issue 3's figures: a full new-customer intake saved on the encrypted store (review, duplicate check, customer,
 * contact points, interaction and events in one transaction), and a full intake validated.
 */
final class IntakeBench {

    private static final int SAVES = Integer.getInteger("bench.saves", 10_000);

    private IntakeBench() {
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("custodian-bench-intake-");
        try (Workspace ws = new Custodian(DataDirectory.at(dir), Clock.systemUTC())
                .setUp(Bench.USER, "Bench Lead", Passphrase.copyOf(Bench.PASSWORD))) {
            Script script = ws.scripts().scripts().stream().filter(s -> s.id().equals("new-customer")).findFirst().orElseThrow();
            SyntheticPeople people = new SyntheticPeople(42);
            for (int i = 0; i < 300; i++) {
                save(ws, script, people.newCustomerAnswers());
            }
            List<Double> saveMs = new ArrayList<>(SAVES);
            List<Double> reviewMs = new ArrayList<>(SAVES);
            for (int i = 0; i < SAVES; i++) {
                IntakeForm form = new IntakeForm(script, people.newCustomerAnswers(), null, Instant.now().minusSeconds(60));
                long start = System.nanoTime();
                ws.intake().review(ws.session(), form);
                long reviewed = System.nanoTime();
                ws.intake().save(ws.session(), form, null, true);
                reviewMs.add((reviewed - start) / 1e6);
                saveMs.add((System.nanoTime() - reviewed) / 1e6);
            }
            Bench.say("intake: " + SAVES + " read-backs and saves after 300 warm-up saves; the store grew to "
                    + (SAVES + 300) + " customers");
            Bench.figure("save_ms_p95", percentile(saveMs, 95), "ms");
            Bench.say("save_ms p50 " + oneDecimal(percentile(saveMs, 50)) + ", p99 " + oneDecimal(percentile(saveMs, 99))
                    + "; read-back with duplicate check p95 " + oneDecimal(percentile(reviewMs, 95)) + " ms");

            List<Double> validateUs = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                Map<String, String> answers = people.newCustomerAnswers();
                long start = System.nanoTime();
                for (Script.Step step : IntakeChecks.path(script, answers)) {
                    IntakeChecks.checkStep(step, answers, ws.intake().today());
                }
                IntakeChecks.values(script, answers, ws.intake().today());
                if (i >= 10_000) {
                    validateUs.add((System.nanoTime() - start) / 1e3);
                }
            }
            Bench.figure("validate_us_p95", percentile(validateUs, 95), "us");
        }
    }

    private static void save(Workspace ws, Script script, Map<String, String> answers) {
        ws.intake().save(ws.session(), new IntakeForm(script, answers, null, Instant.now().minusSeconds(60)), null, true);
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static double percentile(List<Double> samples, int p) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
