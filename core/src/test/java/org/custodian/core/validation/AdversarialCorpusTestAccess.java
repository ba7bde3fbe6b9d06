package org.custodian.core.validation;

import java.util.List;

/** Lets tests in other packages run the same adversarial corpus. */
public final class AdversarialCorpusTestAccess {

    private AdversarialCorpusTestAccess() {
    }

    public static List<String> corpus() {
        return AdversarialCorpusTest.corpus();
    }
}
