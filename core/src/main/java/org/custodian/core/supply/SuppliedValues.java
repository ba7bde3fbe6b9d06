package org.custodian.core.supply;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.custodian.core.customers.ConsentRecord;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.Interaction;
import org.custodian.core.customers.SpecialCategoryEntry;
import org.custodian.core.validation.Phones;
import org.jooq.DSLContext;

/** The clear values of supplied items, as the agent reads them to the recipient. */
final class SuppliedValues {

    static final int HISTORY_LINES = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final CustomerRecords records;

    SuppliedValues(CustomerRecords records) {
        this.records = records;
    }

    /** One line per item; "Not held" where the record has nothing for it. */
    List<SuppliedValue> of(DSLContext dsl, Customer customer, Iterable<DisclosureItem> items) {
        List<SuppliedValue> out = new ArrayList<>();
        for (DisclosureItem item : items) {
            String value = switch (item) {
                case DATE_OF_BIRTH -> customer.dateOfBirth() == null ? null : customer.dateOfBirth().format(DAY);
                case POSTCODE -> customer.postcode();
                case ADDRESS -> customer.address();
                case PHONE -> contacts(dsl, customer, ContactPoint.Kind.PHONE);
                case EMAIL -> contacts(dsl, customer, ContactPoint.Kind.EMAIL);
                case HEALTH_NEEDS -> records.specialCategory(dsl, customer.id()).stream().map(SpecialCategoryEntry::value)
                        .collect(Collectors.joining("; "));
                case INTERACTION_HISTORY -> interactions(dsl, customer);
                case CONSENT_HISTORY -> consents(dsl, customer);
            };
            out.add(new SuppliedValue(item, value == null || value.isEmpty() ? "Not held" : value));
        }
        return out;
    }

    private String contacts(DSLContext dsl, Customer customer, ContactPoint.Kind kind) {
        return records.contactPoints(dsl, customer.id()).stream().filter(p -> p.kind() == kind)
                .map(p -> kind == ContactPoint.Kind.PHONE ? Phones.display(p.value()) : p.value()).collect(Collectors.joining(", "));
    }

    private String interactions(DSLContext dsl, Customer customer) {
        return records.interactions(dsl, customer.id()).stream().limit(HISTORY_LINES)
                .map((Interaction i) -> i.savedAt().atZone(LONDON).format(DAY) + ": " + i.nature() + " (" + i.actionsTaken() + ")")
                .collect(Collectors.joining("\n"));
    }

    private String consents(DSLContext dsl, Customer customer) {
        List<ConsentRecord> all = new ArrayList<>(records.consents(dsl, customer.id()));
        java.util.Collections.reverse(all);
        return all.stream().limit(HISTORY_LINES)
                .map(c -> c.recordedAt().atZone(LONDON).format(DAY) + ": " + c.purposeCode()
                        + (c.channel() == null ? "" : " by " + c.channel().name().toLowerCase(Locale.UK)) + ", "
                        + c.status().name().toLowerCase(Locale.UK))
                .collect(Collectors.joining("\n"));
    }
}
