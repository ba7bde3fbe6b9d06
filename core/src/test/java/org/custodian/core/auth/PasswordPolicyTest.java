package org.custodian.core.auth;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.rules.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static PasswordPolicy policy;

    @BeforeAll
    static void load() {
        policy = new PasswordPolicy();
    }

    private static List<String> codes(String username, String password) {
        return policy.check(username, Passphrase.copyOf(password)).stream().map(Violation::code).toList();
    }

    @Test
    void commonListHoldsAtLeastTheTopThreeThousand() {
        assertTrue(policy.commonListSize() >= 3_000, "size " + policy.commonListSize());
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "Password1", "12345678", "qwertyuiop", "iloveyou", "sunshine", "football1", "baseball"})
    void commonPasswordsAreRefused(String common) {
        assertTrue(codes("alex.lead", common).contains("password.common"), common);
    }

    @ParameterizedTest
    @ValueSource(strings = {"harbour lantern violet 42", "Ünïcödé wörds här", "月の光と古い港の灯台", "correct horse battery stapler", "a b c d e f g h"})
    void passphrasesOfAnyScriptWithoutCompositionRulesAreAccepted(String good) {
        assertEquals(List.of(), codes("alex.lead", good));
    }

    @Test
    void lengthIsCountedInCharactersNotBytesOrUtf16Units() {
        assertEquals(List.of("password.too-short"), codes("alex.lead", "🔑🔑🔑🔑🔑🔑🔑"), "7 emoji are 7 characters");
        assertEquals(List.of(), codes("alex.lead", "🔑🔒🗝🔐🔓🏠🚪🧱"), "8 emoji are 8 characters");
    }

    @Test
    void tooShortAndTooLongAreRefusedWithTheFieldNamed() {
        List<Violation> shortOne = policy.check("alex.lead", Passphrase.copyOf("k3ttle!"));
        assertEquals("password.too-short", shortOne.get(0).code());
        assertEquals("Password", shortOne.get(0).field());
        assertTrue(shortOne.get(0).message().startsWith("Password:"));
        assertEquals(List.of(), codes("alex.lead", "x".repeat(63) + "harbour"), "70 characters are fine");
        assertEquals(List.of("password.too-long"), codes("alex.lead", "river stone ".repeat(30)));
    }

    @Test
    void passwordsContainingTheUsernameAreRefusedWhateverTheCase() {
        assertTrue(codes("alex.lead", "my ALEX.LEAD lantern").contains("password.contains-username"));
        assertFalse(codes("alex.lead", "harbour lantern violet").contains("password.contains-username"));
    }

    @Test
    void messagesNeverEchoThePassword() {
        String password = "password";
        policy.check("alex.lead", Passphrase.copyOf(password))
                .forEach(v -> assertFalse(v.message().toLowerCase().contains("\"" + password), v.message()));
    }

    @Test
    void estimateRanksALongPassphraseAboveACommonPassword() {
        assertTrue(policy.estimate("alex.lead", Passphrase.copyOf("harbour lantern violet 42")).score()
                > policy.estimate("alex.lead", Passphrase.copyOf("password1")).score());
    }
}
