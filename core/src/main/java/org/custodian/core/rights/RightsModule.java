package org.custodian.core.rights;

import java.time.Clock;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.events.EventLog;
import org.custodian.core.handover.HandoverRepository;
import org.custodian.core.store.Store;
import org.custodian.core.supply.SupplyRepository;

/**
 * The rights services wired together for one store, so the workspace (the composition root) builds them in one
 * line: cases, subject access, erasure, the breach register, the suppression list and the record protections
 * other services consult.
 */
public record RightsModule(RightsService requests, SubjectAccessService subjectAccess, ErasureService erasure,
                           BreachService breaches, SuppressionList suppression, RecordProtections protections) {

    public static RightsModule create(Store store, CustomerRepository customers, CustomerRecords records, SupplyRepository supply,
                                      HandoverRepository handovers, EventLog events, Clock clock) {
        RightsRepository requestRows = new RightsRepository(store.rowMac());
        ProtectionRepository protectionRows = new ProtectionRepository(store.rowMac());
        SuppressionList suppression = new SuppressionList(store.rowMac());
        RightsService rights = new RightsService(store, requestRows, protectionRows, customers, events, clock);
        SubjectAccessCollector collector = new SubjectAccessCollector(records, supply, handovers, requestRows, protectionRows,
                store.subjectKeys());
        return new RightsModule(rights, new SubjectAccessService(store, rights, requestRows, customers, collector, clock),
                new ErasureService(store, rights, customers, records, protectionRows, suppression, clock),
                new BreachService(store, new BreachRepository(store.rowMac()), events, clock), suppression,
                new RecordProtections(protectionRows));
    }
}
