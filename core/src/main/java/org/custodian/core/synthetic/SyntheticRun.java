package org.custodian.core.synthetic;

/**
 * What a generation did: {@code written} customers are in the store (all committed); fewer than
 * {@code requested} only when it was {@code cancelled}.
 */
public record SyntheticRun(int requested, int written, boolean cancelled) {
}
