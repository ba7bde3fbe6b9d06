package org.custodian.core.supply;

import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.gdpr.VerificationPolicy;
import static org.custodian.core.gdpr.VerificationItem.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.custodian.core.rules.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerificationRulesTest {

    /** Stands in for the keyed hash: anything that is not the identity shows the rule compares stored forms. */
    private static final UnaryOperator<String> HASH = a -> "h:" + a;
    private static final Map<VerificationItem, Set<String>> HELD = Map.of(
            DATE_OF_BIRTH, Set.of("1985-03-14"),
            POSTCODE, Set.of("SW1A1AA"),
            PHONE_LAST_FOUR, Set.of("0321", "0654"),
            SECURITY_ANSWER, Set.of("h:rexthedog"));
    private static final VerificationPolicy TWO_OF_ALL = VerificationPolicy.DEFAULT;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DATE_OF_BIRTH|14/03/1985|1985-03-14",
            "DATE_OF_BIRTH|14/3/1985|1985-03-14",
            "DATE_OF_BIRTH|14-03-1985|1985-03-14",
            "DATE_OF_BIRTH|14.03.1985|1985-03-14",
            "DATE_OF_BIRTH|14031985|1985-03-14",
            "DATE_OF_BIRTH|1985-03-14|1985-03-14",
            "DATE_OF_BIRTH|14 March 1985|1985-03-14",
            "DATE_OF_BIRTH|14th march 1985|1985-03-14",
            "DATE_OF_BIRTH|14 Mar 1985|1985-03-14",
            "POSTCODE|sw1a1aa|SW1A1AA",
            "POSTCODE|SW1A 1AA|SW1A1AA",
            "POSTCODE| sw1a  1aa |SW1A1AA",
            "PHONE_LAST_FOUR|0321|0321",
            "PHONE_LAST_FOUR|03 21|0321",
            "SECURITY_ANSWER|Rex the Dog!|rexthedog",
            "SECURITY_ANSWER|  RÉX-the-dog |rexthedog",
    })
    void answersAreComparedInANormalisedForm(VerificationItem item, String typed, String expected) {
        assertEquals(Optional.of(expected), VerificationRules.normalise(item, typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"DATE_OF_BIRTH|31/02/1985", "DATE_OF_BIRTH|14/3/85", "POSTCODE|SW1", "PHONE_LAST_FOUR|321",
            "PHONE_LAST_FOUR|03a1", "SECURITY_ANSWER|!!!"})
    void whatCannotBeAnAnswerIsATypingSlipNamingTheField(VerificationItem item, String typed) {
        List<Violation> problems = VerificationRules.unreadable(Map.of(item, typed));
        assertEquals(1, problems.size());
        assertEquals(item.label(), problems.get(0).field());
        assertTrue(problems.get(0).message().startsWith(item.label() + ": "), problems.get(0).message());
    }

    @Test
    void twoCorrectAnswersPassAndOnlyTheItemsAskedAreReported() {
        var verdict = VerificationRules.check(TWO_OF_ALL, HELD, Map.of(POSTCODE, "sw1a1aa", DATE_OF_BIRTH, "14 March 1985",
                PHONE_LAST_FOUR, ""), HASH, 0);
        assertEquals(new VerificationVerdict.Passed(Set.of(POSTCODE, DATE_OF_BIRTH)), verdict);
    }

    @Test
    void anyOfSeveralPhonesCountsForTheLastFourDigits() {
        var verdict = VerificationRules.check(TWO_OF_ALL, HELD, Map.of(PHONE_LAST_FOUR, "0654", POSTCODE, "SW1A 1AA"), HASH, 0);
        assertInstanceOf(VerificationVerdict.Passed.class, verdict);
    }

    @Test
    void theSecurityAnswerIsComparedAsItsStoredForm() {
        assertInstanceOf(VerificationVerdict.Passed.class, VerificationRules.check(TWO_OF_ALL, HELD,
                Map.of(SECURITY_ANSWER, "rex the dog", POSTCODE, "SW1A 1AA"), HASH, 0));
        assertInstanceOf(VerificationVerdict.Failed.class, VerificationRules.check(TWO_OF_ALL, HELD,
                Map.of(SECURITY_ANSWER, "h:rexthedog", POSTCODE, "SW1A 1AA"), HASH, 0), "the stored form typed back is wrong");
    }

    @Test
    void oneWrongAnswerFailsEvenWithTwoRightOnes() {
        var verdict = VerificationRules.check(TWO_OF_ALL, HELD, Map.of(POSTCODE, "SW1A 1AA", DATE_OF_BIRTH, "14/03/1985",
                PHONE_LAST_FOUR, "9999"), HASH, 1);
        assertEquals(new VerificationVerdict.Failed(Set.of(POSTCODE, DATE_OF_BIRTH, PHONE_LAST_FOUR), 2, false), verdict);
    }

    @Test
    void theThirdFailedCheckFlags() {
        var verdict = VerificationRules.check(TWO_OF_ALL, HELD, Map.of(POSTCODE, "M1 1AE"), HASH, 2);
        assertEquals(new VerificationVerdict.Failed(Set.of(POSTCODE), 3, true), verdict);
    }

    @Test
    void tooFewAnswersIsNeitherPassNorFail() {
        var verdict = VerificationRules.check(TWO_OF_ALL, HELD, Map.of(POSTCODE, "SW1A 1AA"), HASH, 0);
        assertEquals(new VerificationVerdict.Incomplete(Set.of(POSTCODE), 1), verdict);
    }

    @Test
    void onlyThePolicysItemsCount() {
        VerificationPolicy dobAndPostcode = new VerificationPolicy(EnumSet.of(DATE_OF_BIRTH, POSTCODE), 2);
        var verdict = VerificationRules.check(dobAndPostcode, HELD, Map.of(POSTCODE, "SW1A 1AA", PHONE_LAST_FOUR, "0321"), HASH, 0);
        assertEquals(new VerificationVerdict.Incomplete(Set.of(POSTCODE), 1), verdict, "the phone is not part of this policy");
        assertEquals(EnumSet.of(DATE_OF_BIRTH, POSTCODE), VerificationRules.askable(dobAndPostcode, HELD));
    }

    @Test
    void aRecordHoldingTooLittleCannotBeCheckedAgainst() {
        var verdict = VerificationRules.check(TWO_OF_ALL, Map.of(POSTCODE, Set.of("SW1A1AA")), Map.of(POSTCODE, "SW1A 1AA"), HASH, 0);
        assertEquals(new VerificationVerdict.CannotVerify(1, 2), verdict);
    }
}
