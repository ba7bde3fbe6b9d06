package org.custodian.app.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.custodian.core.rights.SuppressionList.MatchedOn;
import org.junit.jupiter.api.Test;

class ReadBackErasedWarningTest {

    @Test
    void noMatchSaysNothing() {
        assertEquals("", ReadBackViewModel.erasedWarning(Set.of()));
    }

    @Test
    void aMatchNamesWhichDetailsMatchedInWords() {
        assertEquals("Someone with this email, phone number, name and date of birth had their data erased at their request. "
                + "Check with the caller that they want a new record before saving, and tell a team lead.",
                ReadBackViewModel.erasedWarning(EnumSet.allOf(MatchedOn.class)));
        assertEquals("Someone with this phone number had their data erased at their request. Check with the caller that they "
                + "want a new record before saving, and tell a team lead.", ReadBackViewModel.erasedWarning(Set.of(MatchedOn.PHONE)));
    }
}
