package org.custodian.core.search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "+44 7700 900123", "0044 7700 900 123", "(07700) 900-123",
            "+447700900123", "7700 900123"})
    void aPhoneNumberInAnyFormatIsMatchedAsE164(String typed) {
        assertEquals(new SearchQuery.Phone("+447700900123", true), SearchQuery.parse(typed));
    }

    @Test
    void thePartOfANumberTypedSoFarIsAnE164Prefix() {
        assertEquals(new SearchQuery.Phone("+447700900", false), SearchQuery.parse("07700 900"));
        assertEquals(new SearchQuery.Phone("+44113496", false), SearchQuery.parse("(0113) 496"));
        assertInstanceOf(SearchQuery.Incomplete.class, SearchQuery.parse("077"));
    }

    @Test
    void postcodesWithOrWithoutTheSpaceInAnyCase() {
        assertEquals(new SearchQuery.Postcode("SW1A1AA", true), SearchQuery.parse("sw1a 1aa"));
        assertEquals(new SearchQuery.Postcode("SW1A1AA", true), SearchQuery.parse("SW1A1AA"));
        assertEquals(new SearchQuery.Postcode("SW1A", false), SearchQuery.parse("sw1a"));
        assertEquals(new SearchQuery.Postcode("M11", false), SearchQuery.parse("M1 1"));
    }

    @Test
    void emailsReferencesAndNames() {
        assertEquals(new SearchQuery.Email("sam.sample@example.com"), SearchQuery.parse(" Sam.Sample@Example.com "));
        assertEquals(new SearchQuery.Reference("CU-7K3M"), SearchQuery.parse("cu-7k3m"));
        assertEquals(new SearchQuery.Reference("CU-7K3M"), SearchQuery.parse("CU7K3M"));
        assertEquals(new SearchQuery.Name(List.of("zoe", "obrien")), SearchQuery.parse("Zoë O'Brien"));
        assertEquals(new SearchQuery.Name(List.of("s", "sample")), SearchQuery.parse("S. Sample"));
    }

    @Test
    void tooLittleToSearchOnSaysWhatToType() {
        assertEquals("Type a name, phone number, postcode, email or customer reference.",
                ((SearchQuery.Incomplete) SearchQuery.parse("  ")).hint());
        assertEquals("Type at least two letters of a name.", ((SearchQuery.Incomplete) SearchQuery.parse("s")).hint());
    }
}
