package org.custodian.core.gdpr;

import java.util.Set;

/**
 * Why personal data is processed: the lawful basis, the fields the purpose needs, the Art 9 condition when it
 * needs special category data, and, when the basis is consent, the wording read to the caller (versioned, so
 * every consent record names exactly what was said).
 */
public record Purpose(String code, int version, String name, LawfulBasis basis, Art9Condition art9Condition,
                      Set<Field> fields, ConsentWording consentWording) {

    public Purpose {
        fields = Set.copyOf(fields);
    }

    public boolean needsConsent() {
        return basis == LawfulBasis.CONSENT;
    }

    /** The words the agent reads before recording consent, and their version. */
    public record ConsentWording(String version, String text) {
    }
}
