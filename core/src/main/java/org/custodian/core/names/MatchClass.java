package org.custodian.core.names;

/** How closely a searched word matches a word of a customer's name, best first. */
public enum MatchClass {
    EXACT(0, "exact"),
    PREFIX(1, "starts with"),
    VARIANT(2, "name variant"),
    INITIAL(2, "initial"),
    /** Starts with a searched word that is itself a whole name word ("smith" in "smithers"): likely someone else. */
    LONGER_NAME(3, "longer name"),
    SOUNDS_LIKE(3, "sounds like"),
    ONE_TYPO(4, "one letter out");

    private final int penalty;
    private final String label;

    MatchClass(int penalty, String label) {
        this.penalty = penalty;
        this.label = label;
    }

    public int penalty() {
        return penalty;
    }

    /** Said in a result row, so the agent sees why a name that is spelt differently was found. */
    public String label() {
        return label;
    }
}
