package org.custodian.core.supply;

/** One supplied item's value, ready to read out to the recipient. */
public record SuppliedValue(DisclosureItem item, String value) {
}
