package org.custodian.core.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.imports.ImportProblem;
import org.custodian.core.imports.ImportReport;
import org.custodian.core.store.Store;

/**
 * CSV exports a team lead may take out of the store. Only views without personal data are offered: the import
 * validation report (row, field, reason; the reasons never echo values). A customer list is deliberately not
 * exportable: it would leave the store as plaintext personal data on disk with no purpose bound to it
 * (docs/decisions/0017-retention-import-export.md). Each export is recorded as an event with the view and rows.
 */
public final class ExportService {

    public static final List<String> IMPORT_REPORT_HEADERS = List.of("Row", "Field", "Reason");
    private final Store store;
    private final EventLog events;

    public ExportService(Store store, EventLog events) {
        this.store = store;
        this.events = events;
    }

    public void importReport(Session session, ImportReport report, Writer out) {
        session.require(Role.TEAM_LEAD, "export an import report");
        List<List<String>> rows = report.problems().stream()
                .map((ImportProblem p) -> List.of(Integer.toString(p.row()), p.field(), p.reason())).toList();
        try {
            CsvExport.write(out, IMPORT_REPORT_HEADERS, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.write(tx -> events.append(tx, EventDraft.of(session.userId(), EventAction.CSV_EXPORTED,
                Map.of("view", "import-report", "rows", Integer.toString(rows.size())))));
    }
}
