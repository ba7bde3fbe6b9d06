package org.custodian.core.store;

/** A consistent copy of the database file taken while the store is open, and the event-log head it holds. */
public record StoreSnapshot(long eventCount, byte[] headHash) {
}
