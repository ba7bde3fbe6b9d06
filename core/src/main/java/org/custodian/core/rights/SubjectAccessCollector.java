package org.custodian.core.rights;

import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.store.schema.Tables.SUPPLY_CALL;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.ConsentRecord;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.HistoryEntry;
import org.custodian.core.customers.Interaction;
import org.custodian.core.customers.SpecialCategoryEntry;
import org.custodian.core.handover.Handover;
import org.custodian.core.handover.HandoverRepository;
import org.custodian.core.rights.SubjectAccessReport.Row;
import org.custodian.core.rights.SubjectAccessReport.Section;
import org.custodian.core.store.SubjectKeys;
import org.custodian.core.supply.DisclosureEntry;
import org.custodian.core.supply.DisclosureItem;
import org.custodian.core.supply.SupplyRepository;
import org.custodian.core.supply.ThirdParty;
import org.jooq.DSLContext;

/**
 * Reads everything the store holds about one customer into a {@link SubjectAccessReport}: the record, contact
 * points, consents, interactions, corrections, special category data, identity checks, flags, people with
 * authority, disclosures, handovers, rights requests, and the access events about them (found by their
 * pseudonymous subject key) with the purpose each access stated. Every row is read through its MAC check.
 */
final class SubjectAccessCollector {

    private final CustomerRecords records;
    private final SupplyRepository supply;
    private final HandoverRepository handovers;
    private final RightsRepository requests;
    private final ProtectionRepository protections;
    private final SubjectKeys subjectKeys;

    SubjectAccessCollector(CustomerRecords records, SupplyRepository supply, HandoverRepository handovers, RightsRepository requests,
                           ProtectionRepository protections, SubjectKeys subjectKeys) {
        this.records = records;
        this.supply = supply;
        this.handovers = handovers;
        this.requests = requests;
        this.protections = protections;
        this.subjectKeys = subjectKeys;
    }

    SubjectAccessReport collect(DSLContext dsl, Customer c, Instant now) {
        List<Section> s = new ArrayList<>();
        s.add(section("record", "Your record", "The details on your customer record.", List.of(new Row()
                .put("Customer reference", c.reference()).put("Full name", c.fullName()).put("Date of birth", c.dateOfBirth())
                .put("Postcode", c.postcode()).put("Address", c.address()).put("Record created", c.createdAt()).done())));
        s.add(section("contact_points", "Contact points", "Phone numbers and email addresses, and when each was last confirmed.",
                records.contactPoints(dsl, c.id()).stream().map(SubjectAccessCollector::row).toList()));
        s.add(section("consents", "Consents", "Each consent given, refused or withdrawn, how and with which wording.",
                records.consents(dsl, c.id()).stream().map(SubjectAccessCollector::row).toList()));
        s.add(section("interactions", "Interactions", "A record of each call or contact and what was done.",
                records.interactions(dsl, c.id()).stream().map(SubjectAccessCollector::row).toList()));
        s.add(section("corrections", "Corrections", "Earlier values of details that were corrected, and why.",
                records.history(dsl, c.id()).stream().map(SubjectAccessCollector::row).toList()));
        s.add(section("special_category", "Special category data", "Sensitive details held, with the condition that allows it.",
                records.specialCategory(dsl, c.id()).stream().map(SubjectAccessCollector::row).toList()));
        s.add(section("identity_checks", "Identity checks on calls", "Checks of a caller's identity before details were given.",
                identityChecks(dsl, c.id())));
        s.add(section("flags", "Warnings and restrictions", "Warnings, restrictions and objections on the record.", flags(dsl, c.id())));
        s.add(section("third_parties", "People with authority to act for you", "Who may act for you, on what evidence, for what.",
                supply.thirdParties(dsl, c.id()).stream().map(SubjectAccessCollector::row).toList()));
        s.add(section("disclosures", "Disclosures", "Who was told what about you, when and on what basis.",
                supply.disclosures(dsl, c.id()).stream().map(SubjectAccessCollector::row).toList()));
        s.add(section("handovers", "Handovers", "Notes passed between colleagues about your matter.",
                handovers.forCustomer(dsl, c.id()).stream().map(SubjectAccessCollector::row).toList()));
        s.add(section("rights_requests", "Rights requests", "Requests you made to exercise your rights.",
                requests.forCustomer(dsl, c.id()).stream().map(SubjectAccessCollector::row).toList()));
        s.add(section("access_events", "Access to your data", "Each time your data was viewed, changed or disclosed, and the purpose stated.",
                accessEvents(dsl, c.id())));
        return new SubjectAccessReport(c.reference(), now, s);
    }

    private static Section section(String key, String title, String explanation, List<Map<String, String>> rows) {
        return new Section(key, title, explanation, rows);
    }

    private static Map<String, String> row(ContactPoint p) {
        return new Row().put("Kind", p.kind() == ContactPoint.Kind.PHONE ? "Phone" : "Email").put("Value", p.value())
                .put("Last confirmed", p.verifiedAt()).put("Added", p.createdAt()).done();
    }

    private static Map<String, String> row(ConsentRecord k) {
        return new Row().put("Purpose", k.purposeCode()).put("Channel", k.channel()).put("Status", k.status())
                .put("Method", k.method().label()).put("Wording version", k.wordingVersion())
                .put("Script", k.scriptId() + " v" + k.scriptVersion()).put("Recorded", k.recordedAt()).done();
    }

    private static Map<String, String> row(Interaction i) {
        String answers = i.otherAnswers().entrySet().stream().map(e -> e.getKey().label() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
        return new Row().put("Started", i.startedAt()).put("Saved", i.savedAt()).put("Enquiry", i.enquiryType())
                .put("Purpose", i.purposeCode()).put("Nature", i.nature()).put("Actions taken", i.actionsTaken())
                .put("Outcome", i.outcome()).put("Other answers", answers).put("Read back to you", i.readBack() ? "Yes" : "No").done();
    }

    private static Map<String, String> row(HistoryEntry h) {
        return new Row().put("Detail", h.field().label()).put("Earlier value", h.oldValue()).put("Changed", h.changedAt())
                .put("Reason", h.reason()).done();
    }

    private static Map<String, String> row(SpecialCategoryEntry e) {
        return new Row().put("Detail", e.field().label()).put("Value", e.value()).put("Condition", e.condition().label())
                .put("Recorded", e.recordedAt()).done();
    }

    private static Map<String, String> row(ThirdParty t) {
        return new Row().put("Name", t.fullName()).put("Authority", t.authority()).put("Evidence", t.evidence())
                .put("Evidence note", t.evidenceNote()).put("Covers", items(t.scope())).put("Until", t.expiresOn())
                .put("Recorded", t.recordedAt()).put("Withdrawn", t.revokedAt()).done();
    }

    private static Map<String, String> row(DisclosureEntry d) {
        return new Row().put("When", d.disclosedAt()).put("Recipient", d.recipientName()).put("Recipient kind", d.recipientKind())
                .put("Relation", d.relation()).put("Details given", items(d.items())).put("Lawful basis", d.basis().label())
                .put("Basis note", d.basisNote()).put("Purpose", d.purposeCode()).done();
    }

    private static Map<String, String> row(Handover h) {
        return new Row().put("Sent", h.sentAt()).put("Purpose", h.purposeCode()).put("Need", h.need()).put("Work done", h.done())
                .put("Promised", h.promised()).put("Urgency", h.urgency()).put("Status", h.status()).done();
    }

    private static Map<String, String> row(RightsRequest r) {
        return new Row().put("Right", r.kind().label()).put("Received", r.receivedOn()).put("Identity", r.identity())
                .put("Due", r.dueOn()).put("Extended by months", r.extensionMonths())
                .put("Outcome", r.closure() == null ? "Open" : r.closure().label()).done();
    }

    private static String items(java.util.Set<DisclosureItem> items) {
        return items.stream().sorted().map(DisclosureItem::label).collect(Collectors.joining(", "));
    }

    private List<Map<String, String>> identityChecks(DSLContext dsl, long customerId) {
        return dsl.select(SUPPLY_CALL.ID).from(SUPPLY_CALL).where(SUPPLY_CALL.CUSTOMER_ID.eq(customerId)).orderBy(SUPPLY_CALL.ID)
                .fetch(SUPPLY_CALL.ID).stream().map(id -> supply.call(dsl, id).orElseThrow())
                .map(call -> new Row().put("Call started", call.startedAt()).put("Purpose", call.purposeCode())
                        .put("Failed checks", call.failedChecks()).put("Identity confirmed", call.verified() ? "Yes" : "No").done())
                .toList();
    }

    private List<Map<String, String>> flags(DSLContext dsl, long customerId) {
        List<Map<String, String>> rows = new ArrayList<>();
        supply.openFlags(dsl, customerId).forEach(f -> rows.add(new Row().put("Flag", f.kind()).put("Since", f.raisedAt()).done()));
        protections.activeFlags(dsl, customerId).forEach(f -> rows.add(new Row().put("Flag", f.kind().label())
                .put("Since", f.setAt()).done()));
        return rows;
    }

    private List<Map<String, String>> accessEvents(DSLContext dsl, long customerId) {
        return dsl.select(EVENT.OCCURRED_AT, EVENT.ACTION, EVENT.PURPOSE, EVENT.DETAILS).from(EVENT)
                .where(EVENT.SUBJECT_KEY.eq(subjectKeys.forCustomer(customerId))).orderBy(EVENT.SEQ)
                .fetch(r -> new Row().put("When", r.value1().toInstant()).put("What", r.value2()).put("Purpose", r.value3())
                        .put("Details", r.value4()).done());
    }
}
