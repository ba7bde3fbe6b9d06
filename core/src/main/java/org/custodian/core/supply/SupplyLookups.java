package org.custodian.core.supply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.custodian.core.auth.Session;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.rules.Violation;
import org.custodian.core.scripts.ScriptCatalogue;
import org.custodian.core.store.Store;
import org.custodian.core.users.User;
import org.custodian.core.users.UserRepository;
import org.jooq.DSLContext;

/** What the supply services look up the same way: the customer, the purpose, this call, names and subject keys. */
final class SupplyLookups {

    static final String REF = "UK GDPR Art 5(1)(f)";
    private final Store store;
    private final ScriptCatalogue catalogue;
    private final CustomerRepository customers;
    private final UserRepository users;
    private final SupplyRepository supply;

    SupplyLookups(Store store, ScriptCatalogue catalogue, CustomerRepository customers, UserRepository users, SupplyRepository supply) {
        this.store = store;
        this.catalogue = catalogue;
        this.customers = customers;
        this.users = users;
        this.supply = supply;
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    /** Event details allow codes only, so a set is joined with "+". */
    static <E extends Enum<E>> String eventCodes(Set<E> values) {
        return SupplyRepository.codes(values).replace(',', '+');
    }

    CallState call(DSLContext dsl, long callId, long customerId, Session session) {
        return supply.call(dsl, callId).filter(c -> c.customerId() == customerId && c.agentId() == session.userId())
                .orElseThrow(() -> invalid("Call", "supply.call", "this call's identity check belongs to another record; reopen the record."));
    }

    String userName(DSLContext dsl, Map<Long, String> cache, long id) {
        return cache.computeIfAbsent(id, k -> users.findById(dsl, k).map(User::displayName).orElse("a former user"));
    }

    Customer customer(DSLContext dsl, long id) {
        return customers.findById(dsl, id).orElseThrow(() -> invalid("Customer", "record.gone", "this record no longer exists; search again."));
    }

    Purpose purpose(String code) {
        Purpose purpose = code == null ? null : catalogue.purposes().get(code);
        if (purpose == null) {
            throw invalid("Purpose", "record.purpose", "choose why you are opening the record from the list.");
        }
        return purpose;
    }

    String subject(long customerId) {
        return store.subjectKeys().forCustomer(customerId);
    }

    static InvalidInputException invalid(String field, String code, String message) {
        return new InvalidInputException(new Violation(field, code, field + ": " + message, REF));
    }
}
