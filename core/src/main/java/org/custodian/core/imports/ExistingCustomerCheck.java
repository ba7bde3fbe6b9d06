package org.custodian.core.imports;

import static org.custodian.core.store.schema.Tables.CUSTOMER;

import java.util.ArrayList;
import java.util.List;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.names.NameMatching;
import org.jooq.DSLContext;

/**
 * A row that is already a customer: the same phone number or email (the contact-point search keys), or a
 * similar name with the same date of birth (as intake's duplicate finder matches). Such rows are refused rather
 * than merged: linking a list to existing records is for an agent who can check, not for a bulk load.
 */
public final class ExistingCustomerCheck implements ImportCheck {

    private static final int LIMIT = 200;
    private static final String FIX = "; remove the row (the customer is already on file).";
    private final CustomerRepository customers;
    private final CustomerRecords records;

    public ExistingCustomerCheck(CustomerRepository customers, CustomerRecords records) {
        this.customers = customers;
        this.records = records;
    }

    @Override
    public List<ImportProblem> check(DSLContext dsl, ImportCandidate c) {
        List<ImportProblem> problems = new ArrayList<>();
        if (c.phone() != null && !records.customersWith(dsl, ContactPoint.Kind.PHONE, c.phone()).isEmpty()) {
            problems.add(new ImportProblem(c.row(), "Phone number", "Phone number: an existing customer has this number" + FIX));
        }
        if (c.email() != null && !records.customersWith(dsl, ContactPoint.Kind.EMAIL, c.email()).isEmpty()) {
            problems.add(new ImportProblem(c.row(), "Email", "Email: an existing customer has this email" + FIX));
        }
        if (c.dateOfBirth() != null && customers.namesWhere(dsl, CUSTOMER.DATE_OF_BIRTH.eq(c.dateOfBirth()), LIMIT).stream()
                .anyMatch(r -> NameMatching.similar(r.value2(), c.fullName()))) {
            problems.add(new ImportProblem(c.row(), "Full name",
                    "Full name: an existing customer has a similar name and the same date of birth" + FIX));
        }
        return problems;
    }
}
