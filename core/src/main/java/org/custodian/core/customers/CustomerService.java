package org.custodian.core.customers;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodian.core.auth.Session;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.rules.Violation;
import org.custodian.core.store.Store;

/**
 * The customer record's core. Saving and opening are events naming the customer only by a pseudonymous key.
 * (Intake, search and purposes build on this in later issues.)
 */
public final class CustomerService {

    public static final String NAME_FIELD = "Full name";
    private final Store store;
    private final CustomerRepository customers;
    private final EventLog events;
    private final Clock clock;

    public CustomerService(Store store, CustomerRepository customers, EventLog events, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /** Saves a new customer; when this returns, the save survives a crash (WRITE_DELAY=0). */
    public Customer register(Session session, String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        List<Violation> problems = checkName(name);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return store.write(tx -> {
            String reference = CustomerReferences.next();
            while (customers.referenceTaken(tx, reference)) {
                reference = CustomerReferences.next();
            }
            Customer customer = customers.insert(tx, reference, name, clock.instant(), session.userId());
            events.append(tx, EventDraft.of(session.userId(), EventAction.CUSTOMER_CREATED)
                    .about(store.subjectKeys().forCustomer(customer.id())));
            return customer;
        });
    }

    /** Opens a record for a stated purpose; the opening is an event naming the purpose. */
    public Optional<Customer> open(Session session, String reference, String purposeCode) {
        return store.write(tx -> {
            Optional<Customer> found = customers.findByReference(tx, reference);
            found.ifPresent(c -> events.append(tx, new EventDraft(session.userId(), EventAction.CUSTOMER_VIEWED,
                    purposeCode, store.subjectKeys().forCustomer(c.id()), Map.of(), null)));
            return found;
        });
    }

    static List<Violation> checkName(String name) {
        if (name.isEmpty()) {
            return List.of(new Violation(NAME_FIELD, "name.missing", "Full name: enter the customer's name.", "house"));
        }
        if (name.codePointCount(0, name.length()) > 200) {
            return List.of(new Violation(NAME_FIELD, "name.too-long", "Full name: use at most 200 characters.", "house"));
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return List.of(new Violation(NAME_FIELD, "name.control-characters",
                    "Full name: remove control characters (such as tabs or line breaks).", "house"));
        }
        return List.of();
    }
}
