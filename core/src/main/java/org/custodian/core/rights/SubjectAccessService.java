package org.custodian.core.rights;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.events.EventAction;
import org.custodian.core.store.Store;
import org.jooq.DSLContext;

/**
 * Answers an access or portability request: everything held about the person, written as readable HTML and as
 * JSON to files the team lead chose. Nothing is written anywhere else; the export is an event with counts only.
 */
public final class SubjectAccessService {

    private final Store store;
    private final RightsService rights;
    private final RightsRepository requests;
    private final CustomerRepository customers;
    private final SubjectAccessCollector collector;
    private final Clock clock;

    SubjectAccessService(Store store, RightsService rights, RightsRepository requests, CustomerRepository customers,
                         SubjectAccessCollector collector, Clock clock) {
        this.store = store;
        this.rights = rights;
        this.requests = requests;
        this.customers = customers;
        this.collector = collector;
        this.clock = clock;
    }

    /** What the export would hold, for a request whose identity is settled (team leads). */
    public SubjectAccessReport report(Session session, long requestId) {
        session.require(Role.TEAM_LEAD, "export a customer's data");
        DSLContext dsl = store.dsl();
        RightsRequest r = exportable(dsl, requestId);
        Customer customer = customers.findById(dsl, r.customerId()).orElseThrow();
        return collector.collect(dsl, customer, clock.instant());
    }

    /**
     * Writes the HTML (null to skip, e.g. portability alone) and the JSON file, then records the export as an event.
     * A file that cannot be written is refused in one sentence and nothing is recorded.
     */
    public SubjectAccessReport export(Session session, long requestId, Path htmlFile, Path jsonFile) {
        if (jsonFile == null) {
            throw RightsService.invalid("File", "rights.export-file", "File: choose where to save the data file.");
        }
        SubjectAccessReport report = report(session, requestId);
        try {
            if (htmlFile != null) {
                SubjectAccessFiles.writeHtml(report, htmlFile);
            }
            SubjectAccessFiles.writeJson(report, jsonFile);
        } catch (IOException e) {
            throw RightsService.invalid("File", "rights.export-write",
                    "File: it could not be saved there; choose a folder you can write to with free space.");
        }
        store.write(tx -> {
            RightsRequest r = requests.find(tx, requestId).orElseThrow();
            Map<String, String> details = new HashMap<>();
            details.put("html", Boolean.toString(htmlFile != null));
            report.sections().forEach(s -> details.put(s.key(), Integer.toString(s.rows().size())));
            rights.event(tx, session, EventAction.SUBJECT_ACCESS_EXPORTED, r, details);
            return null;
        });
        return report;
    }

    private RightsRequest exportable(DSLContext dsl, long requestId) {
        RightsRequest r = rights.openRequest(dsl, requestId);
        if (r.kind() != RightKind.ACCESS && r.kind() != RightKind.PORTABILITY) {
            throw RightsService.invalid("Request", "rights.not-access", "Request: only an access or portability request is answered with an export.");
        }
        if (r.identity() == IdentityStatus.AWAITING) {
            throw RightsService.invalid("Identity evidence", "rights.id-awaited",
                    "Identity evidence: record that it arrived before sending anyone this person's data.");
        }
        return r;
    }
}
