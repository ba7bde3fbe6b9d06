package org.custodian.core.names;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private final NameMatcher matcher = new NameMatcher(NameVariants.shipped());

    private Optional<MatchClass> classify(String searched, String word) {
        return matcher.classify(searched, word);
    }

    @Test
    void eachWayAWordCanMatchIsNamed() {
        assertEquals(Optional.of(MatchClass.EXACT), classify("smith", "smith"));
        assertEquals(Optional.of(MatchClass.PREFIX), classify("smi", "smith"));
        assertEquals(Optional.of(MatchClass.INITIAL), classify("s", "sam"));
        assertEquals(Optional.of(MatchClass.VARIANT), classify("steven", "stephen"));
        assertEquals(Optional.of(MatchClass.VARIANT), classify("bill", "william"));
        assertEquals(Optional.of(MatchClass.SOUNDS_LIKE), classify("smyth", "smith"));
        assertEquals(Optional.of(MatchClass.SOUNDS_LIKE), classify("patal", "patel"));
        assertEquals(Optional.of(MatchClass.ONE_TYPO), classify("wislon", "wilson"), "two letters swapped");
        assertEquals(Optional.of(MatchClass.ONE_TYPO), classify("thomson", "thompson"), "one letter missing");
        assertEquals(Optional.of(MatchClass.ONE_TYPO), classify("jomes", "jones"), "one letter wrong");
        assertEquals(Optional.of(MatchClass.LONGER_NAME), matcher.classify("smith", "smithers", true),
                "a whole word typed is probably finished: a longer name is likely someone else");
        assertEquals(Optional.empty(), classify("smith", "jones"));
        assertEquals(Optional.empty(), classify("jo", "ja"), "short words are not typo-matched");
        assertEquals(Optional.empty(), classify("smithers", "smith"), "a longer searched word is not a prefix");
    }

    private Optional<NameMatcher.Score> score(String query, String name) {
        List<NameMatcher.WordMatches> words = NameMatcher.words(query).stream().map(w -> matcher.matchesFor(w, false)).toList();
        return matcher.score(words, NameMatching.fold(name));
    }

    @Test
    void aQueryMatchesWhenEveryWordMatchesADifferentWordOfTheNameInAnyOrder() {
        assertTrue(score("sam sample", "Sam Sample").isPresent());
        assertTrue(score("sample sam", "Sam Sample").isPresent());
        assertTrue(score("sam", "Sam Sample").isPresent());
        assertTrue(score("s sample", "Sam Sample").isPresent(), "an initial");
        assertFalse(score("sam jones", "Sam Sample").isPresent());
        assertFalse(score("sample sample", "Sam Sample").isPresent(), "one name word cannot answer two searched words");
    }

    @Test
    void accentsCaseAndPunctuationNeverCount() {
        assertEquals(0, score("zoe o'brien", "Zoë O’Brien").orElseThrow().penalty());
        assertEquals(0, score("SIOBHAN", "Siobhán Murphy").orElseThrow().penalty());
        assertEquals(0, score("obrien", "Zoë O'Brien").orElseThrow().penalty());
    }

    @Test
    void closerMatchesRankFirst() {
        NameMatcher.Score exact = score("stephen smith", "Stephen Smith").orElseThrow();
        NameMatcher.Score variant = score("stephen smith", "Steven Smith").orElseThrow();
        NameMatcher.Score sounds = score("stephen smith", "Stephen Smyth").orElseThrow();
        NameMatcher.Score typo = score("stephen jomes", "Stephen Jones").orElseThrow();
        NameMatcher.Score extraWord = score("stephen smith", "Stephen John Smith").orElseThrow();
        assertTrue(exact.compareTo(extraWord) < 0, "a name with words the caller did not say ranks later");
        assertTrue(extraWord.compareTo(variant) < 0);
        assertTrue(variant.compareTo(sounds) < 0);
        assertTrue(sounds.compareTo(typo) < 0);
        assertEquals(MatchClass.ONE_TYPO, typo.weakest());
    }

    @Test
    void amongSoundAlikesTheNearerSpellingRanksFirst() {
        NameMatcher.Score smith = score("john smiht", "John Smith").orElseThrow();
        NameMatcher.Score schmidt = score("john smiht", "John Schmidt").orElseThrow();
        assertEquals(smith.penalty(), schmidt.penalty(), "both sound alike");
        assertTrue(smith.compareTo(schmidt) < 0);
    }
}
