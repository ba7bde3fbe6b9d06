package org.custodian.bench;

import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.imports.ImportReport;
import org.custodian.core.progress.Progress;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.synthetic.SyntheticCustomer;
import org.custodian.core.synthetic.SyntheticCustomers;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;

/**
 * Issue 7's figure: a customer-list CSV of 100,000 synthetic rows imported into a fresh encrypted store, from
 * reading the file to the commit (every row through intake's validators and the duplicate checks, then written
 * with its events in one transaction).
 */
final class ImportBench {

    private static final int ROWS = Integer.getInteger("bench.importRows", 100_000);

    private ImportBench() {
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("custodian-bench-import-");
        Path csv = dir.resolveSibling(dir.getFileName() + ".csv");
        int phones = writeCsv(csv);
        try (Workspace ws = new Custodian(DataDirectory.at(dir), Clock.systemUTC())
                .setUp(Bench.USER, "Bench Lead", Passphrase.copyOf(Bench.PASSWORD))) {
            long start = System.nanoTime();
            long[] checked = {0};
            Progress checkEnd = (done, total) -> {
                if (checked[0] == 0 && done >= total / 2) {
                    checked[0] = System.nanoTime();
                }
            };
            ImportReport report;
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                report = ws.imports().importFile(ws.session(), reader, "account-management", checkEnd, () -> false);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!report.clean() || report.imported() != ROWS) {
                throw new IllegalStateException("the bench file did not import cleanly: " + report.problems().size()
                        + " problems, first at row " + (report.problems().isEmpty() ? 0 : report.problems().get(0).row()));
            }
            Bench.say("import: " + ROWS + " rows (" + phones + " with a phone number; Ofcom's drama ranges hold few), "
                    + "checked and imported in one transaction into a fresh store in " + Math.round(seconds) + " s (reading and "
                    + "checking " + Math.round((checked[0] - start) / 1e9) + " s)");
            Bench.figure("import_rows_per_s", ROWS / seconds, "rows/s");
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /** Synthetic rows, one per person: the same name and birth date, phone or email is never used twice. */
    private static int writeCsv(Path csv) throws Exception {
        SyntheticCustomers people = new SyntheticCustomers(7, LocalDate.now());
        Set<String> used = new HashSet<>();
        DateTimeFormatter uk = DateTimeFormatter.ofPattern("dd/MM/uuuu");
        int written = 0;
        int withPhone = 0;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("full_name,date_of_birth,phone,email,postcode,address\n");
            while (written < ROWS) {
                SyntheticCustomer c = people.next();
                if (!used.add(c.fullName().toLowerCase(java.util.Locale.UK) + "|" + c.dateOfBirth())) {
                    continue;
                }
                String phone = c.phones().stream().filter(used::add).findFirst().orElse("");
                withPhone += phone.isEmpty() ? 0 : 1;
                out.write(quoted(c.fullName()) + "," + (c.dateOfBirth() == null ? "" : uk.format(c.dateOfBirth())) + "," + phone + ",person" + written
                        + "@example.com," + quoted(c.postcode()) + "," + quoted(c.address()) + "\n");
                written++;
            }
        }
        return withPhone;
    }

    private static String quoted(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
