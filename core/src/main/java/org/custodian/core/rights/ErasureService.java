package org.custodian.core.rights;

import static org.custodian.core.store.schema.Tables.CONSENT;
import static org.custodian.core.store.schema.Tables.CONTACT_POINT;
import static org.custodian.core.store.schema.Tables.CUSTOMER_HISTORY;
import static org.custodian.core.store.schema.Tables.DISCLOSURE;
import static org.custodian.core.store.schema.Tables.HANDOVER;
import static org.custodian.core.store.schema.Tables.INTAKE_DRAFT;
import static org.custodian.core.store.schema.Tables.INTERACTION;
import static org.custodian.core.store.schema.Tables.LEGAL_HOLD;
import static org.custodian.core.store.schema.Tables.RECORD_FLAG;
import static org.custodian.core.store.schema.Tables.SECURITY_QUESTION;
import static org.custodian.core.store.schema.Tables.SPECIAL_CATEGORY;
import static org.custodian.core.store.schema.Tables.SUPPLY_CALL;
import static org.custodian.core.store.schema.Tables.THIRD_PARTY;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.events.EventAction;
import org.custodian.core.store.Store;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Table;

/**
 * Answers an erasure request (UK GDPR Art 17): in one transaction every row holding the person's data is deleted,
 * the customer row keeps only its id and reference (so the case and the event log still point somewhere), their
 * words leave the name index, and a suppression entry lets intake and import recognise them if they come back.
 * The event log is untouched: its subject keys are keyed hashes and its details hold codes only. A legal hold
 * refuses erasure with its reason.
 */
public final class ErasureService {

    /** What the erased customer's row says instead of a name. */
    public static final String ERASED_NAME = "Erased customer";

    private final Store store;
    private final RightsService rights;
    private final CustomerRepository customers;
    private final CustomerRecords records;
    private final ProtectionRepository protections;
    private final SuppressionList suppression;
    private final Clock clock;

    ErasureService(Store store, RightsService rights, CustomerRepository customers, CustomerRecords records,
                   ProtectionRepository protections, SuppressionList suppression, Clock clock) {
        this.store = store;
        this.rights = rights;
        this.customers = customers;
        this.records = records;
        this.protections = protections;
        this.suppression = suppression;
        this.clock = clock;
    }

    /** Erases the person an open erasure request is about, and closes the request as completed (team leads). */
    public RightsCase erase(Session session, long requestId) {
        session.require(Role.TEAM_LEAD, "erase a customer's data");
        DSLContext dsl = store.dsl();
        RightsRequest request = rights.openRequest(dsl, requestId);
        if (request.kind() != RightKind.ERASURE) {
            throw RightsService.invalid("Request", "rights.not-erasure", "Request: only an erasure request erases a record.");
        }
        if (request.identity() == IdentityStatus.AWAITING) {
            throw RightsService.invalid("Identity evidence", "rights.id-awaited",
                    "Identity evidence: record that it arrived before erasing anything.");
        }
        List<ProtectionRepository.Hold> holds = protections.activeHolds(dsl, request.customerId());
        if (!holds.isEmpty()) {
            store.write(tx -> {
                rights.event(tx, session, EventAction.ERASURE_REFUSED, request, Map.of("reason", "legal-hold"));
                return null;
            });
            throw RightsService.invalid("Erasure", "rights.legal-hold", "Erasure: the record is under a legal hold ("
                    + holds.get(0).reason() + "); it can be erased only after a team lead releases the hold.");
        }
        return store.write(tx -> {
            RightsRequest r = rights.openRequest(tx, requestId);
            Customer customer = customers.findById(tx, r.customerId()).orElseThrow();
            List<ContactPoint> points = records.contactPoints(tx, customer.id());
            int suppressed = 0;
            for (SuppressionList.Identifiers person : identifiers(customer, points)) {
                suppressed += suppression.add(tx, person, r.id(), clock.instant());
            }
            Map<String, String> counts = new TreeMap<>();
            counts.put("drafts", Integer.toString(deleteDrafts(tx, customer, points)));
            long id = customer.id();
            counts.put("consents", del(tx, CONSENT, CONSENT.CUSTOMER_ID.eq(id)));
            counts.put("disclosures", del(tx, DISCLOSURE, DISCLOSURE.CUSTOMER_ID.eq(id)));
            counts.put("third_parties", del(tx, THIRD_PARTY, THIRD_PARTY.CUSTOMER_ID.eq(id)));
            counts.put("calls", del(tx, SUPPLY_CALL, SUPPLY_CALL.CUSTOMER_ID.eq(id)));
            counts.put("security_question", del(tx, SECURITY_QUESTION, SECURITY_QUESTION.CUSTOMER_ID.eq(id)));
            counts.put("record_flags", del(tx, RECORD_FLAG, RECORD_FLAG.CUSTOMER_ID.eq(id)));
            counts.put("handovers", del(tx, HANDOVER, HANDOVER.CUSTOMER_ID.eq(id)));
            counts.put("interactions", del(tx, INTERACTION, INTERACTION.CUSTOMER_ID.eq(id)));
            counts.put("contact_points", del(tx, CONTACT_POINT, CONTACT_POINT.CUSTOMER_ID.eq(id)));
            counts.put("special_category", del(tx, SPECIAL_CATEGORY, SPECIAL_CATEGORY.CUSTOMER_ID.eq(id)));
            counts.put("history", del(tx, CUSTOMER_HISTORY, CUSTOMER_HISTORY.CUSTOMER_ID.eq(id)));
            counts.put("released_holds", del(tx, LEGAL_HOLD, LEGAL_HOLD.CUSTOMER_ID.eq(id)));
            protections.deleteFlags(tx, id);
            customers.anonymise(tx, customer, ERASED_NAME);
            counts.put("suppression", Integer.toString(suppressed));
            rights.event(tx, session, EventAction.CUSTOMER_ERASED, r, counts);
            return rights.closeIn(tx, session, r, RightsRequest.Closure.COMPLETED);
        });
    }

    /** One entry per identifier pair: name with date of birth, and each email and phone held. */
    private static List<SuppressionList.Identifiers> identifiers(Customer c, List<ContactPoint> points) {
        List<SuppressionList.Identifiers> out = new ArrayList<>();
        out.add(new SuppressionList.Identifiers(c.fullName(), c.dateOfBirth(), null, null));
        for (ContactPoint p : points) {
            out.add(p.kind() == ContactPoint.Kind.EMAIL
                    ? new SuppressionList.Identifiers(null, null, p.value(), null)
                    : new SuppressionList.Identifiers(null, null, null, p.value()));
        }
        return out;
    }

    /**
     * Parked intakes are not linked to a customer until saved, so a draft is the person's when its answers hold
     * their name, an email of theirs, or a phone of theirs (compared by its last ten digits, however it was typed).
     */
    private static int deleteDrafts(DSLContext tx, Customer c, List<ContactPoint> points) {
        String name = c.fullName().toLowerCase(Locale.ROOT);
        List<Long> theirs = new ArrayList<>();
        for (Record2<Long, String> draft : tx.select(INTAKE_DRAFT.ID, INTAKE_DRAFT.STATE).from(INTAKE_DRAFT).fetch()) {
            String state = draft.value2().toLowerCase(Locale.ROOT);
            String digits = state.replaceAll("[^0-9]", "");
            boolean match = state.contains(name);
            for (ContactPoint p : points) {
                String v = p.value().toLowerCase(Locale.ROOT);
                if (p.kind() == ContactPoint.Kind.EMAIL ? state.contains(v) : digits.contains(lastTen(v))) {
                    match = true;
                }
            }
            if (match) {
                theirs.add(draft.value1());
            }
        }
        return theirs.isEmpty() ? 0 : tx.deleteFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.ID.in(theirs)).execute();
    }

    private static String lastTen(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }

    private static String del(DSLContext tx, Table<?> table, org.jooq.Condition where) {
        return Integer.toString(tx.deleteFrom(table).where(where).execute());
    }
}
