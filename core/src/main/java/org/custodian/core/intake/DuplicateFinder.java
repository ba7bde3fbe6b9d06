package org.custodian.core.intake;

import static org.custodian.core.store.schema.Tables.CUSTOMER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.Masking;
import org.custodian.core.names.NameMatching;
import org.custodian.core.validation.Phones;
import org.custodian.core.validation.Postcodes;
import org.jooq.DSLContext;

/** Likely existing customers: same phone or email, or a similar name with the same postcode or date of birth. */
final class DuplicateFinder {

    private static final int LIMIT = 200;
    private final CustomerRepository customers;
    private final CustomerRecords records;

    DuplicateFinder(CustomerRepository customers, CustomerRecords records) {
        this.customers = customers;
        this.records = records;
    }

    List<IntakeReview.DuplicateCandidate> find(DSLContext dsl, Map<Field, String> v) {
        Map<Long, String> reasons = new LinkedHashMap<>();
        if (v.containsKey(Field.PHONE)) {
            records.customersWith(dsl, ContactPoint.Kind.PHONE, v.get(Field.PHONE)).forEach(id -> reasons.putIfAbsent(id, "same phone number"));
        }
        if (v.containsKey(Field.EMAIL)) {
            records.customersWith(dsl, ContactPoint.Kind.EMAIL, v.get(Field.EMAIL)).forEach(id -> reasons.putIfAbsent(id, "same email"));
        }
        String name = v.get(Field.FULL_NAME);
        if (name != null && v.containsKey(Field.POSTCODE)) {
            customers.namesWhere(dsl, CUSTOMER.POSTCODE.eq(v.get(Field.POSTCODE)), LIMIT).stream()
                    .filter(c -> NameMatching.similar(c.value2(), name))
                    .forEach(c -> reasons.putIfAbsent(c.value1(), "similar name, same postcode"));
        }
        if (name != null && v.containsKey(Field.DATE_OF_BIRTH)) {
            customers.namesWhere(dsl, CUSTOMER.DATE_OF_BIRTH.eq(LocalDate.parse(v.get(Field.DATE_OF_BIRTH))), LIMIT).stream()
                    .filter(c -> NameMatching.similar(c.value2(), name))
                    .forEach(c -> reasons.putIfAbsent(c.value1(), "similar name, same date of birth"));
        }
        List<IntakeReview.DuplicateCandidate> candidates = new ArrayList<>();
        reasons.forEach((id, reason) -> customers.findById(dsl, id).ifPresent(c -> candidates.add(candidate(dsl, c, reason))));
        return candidates;
    }

    private IntakeReview.DuplicateCandidate candidate(DSLContext dsl, Customer c, String reason) {
        String phone = records.contactPoints(dsl, c.id()).stream().filter(p -> p.kind() == ContactPoint.Kind.PHONE)
                .map(p -> Masking.phone(Phones.display(p.value()))).findFirst().orElse("");
        return new IntakeReview.DuplicateCandidate(c.id(), c.reference(), c.fullName(),
                c.postcode() == null ? "" : Postcodes.outward(c.postcode()), phone, reason);
    }
}
