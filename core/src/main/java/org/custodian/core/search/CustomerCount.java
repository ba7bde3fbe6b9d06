package org.custodian.core.search;

import org.custodian.core.customers.CustomerRepository;
import org.jooq.DSLContext;

/**
 * How many customers the store holds, counted again at most every ten seconds: name search only needs it to
 * estimate how common a word is, and counting takes up to a few milliseconds at a million customers.
 */
final class CustomerCount {

    private static final long FRESH_NANOS = 10_000_000_000L;
    private final CustomerRepository customers;
    private volatile long count = -1;
    private volatile long countedAt;

    CustomerCount(CustomerRepository customers) {
        this.customers = customers;
    }

    long count(DSLContext dsl) {
        long now = System.nanoTime();
        long known = count;
        if (known < 0 || now - countedAt > FRESH_NANOS) {
            known = customers.count(dsl);
            countedAt = now;
            count = known;
        }
        return known;
    }
}
