package org.custodian.core.names;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

    @Test
    void theShippedListKnowsCommonVariantsBothWays() {
        NameVariants shipped = NameVariants.shipped();
        assertTrue(shipped.areVariants("steven", "stephen"));
        assertTrue(shipped.areVariants("stephen", "steve"));
        assertTrue(shipped.areVariants("william", "bill"));
        assertTrue(shipped.areVariants("bill", "william"));
        assertFalse(shipped.areVariants("steven", "steven"), "a word is not its own variant");
        assertFalse(shipped.areVariants("steven", "william"));
    }

    @Test
    void wordsAreFoldedAndAWordMaySitInSeveralGroups() throws Exception {
        NameVariants parsed = NameVariants.parse(new BufferedReader(new StringReader(
                "# comment\nZoë, Zoey\nchristopher, chris\nchristine, chris\n\n")));
        assertTrue(parsed.areVariants("zoe", "zoey"));
        assertTrue(parsed.of("chris").containsAll(java.util.Set.of("christopher", "christine")));
        assertFalse(parsed.areVariants("christopher", "christine"), "groups do not merge through a shared word");
    }
}
