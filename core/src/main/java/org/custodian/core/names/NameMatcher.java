package org.custodian.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pure rules of name search: how one searched word matches one name word, and how a whole query ranks
 * against a whole name. Words are folded ({@link NameMatching#fold}): case, accents and punctuation never count.
 */
public final class NameMatcher {

    /** Below this many letters a word is matched by its start only: one typo in "jo" is a different name. */
    static final int TYPO_MIN_LENGTH = 4;
    static final int SOUND_MIN_LENGTH = 3;
    /** Spelling distance counted for ranking only; beyond this, names are equally far. */
    private static final int SPELLING_CAP = 4;
    private final NameVariants variants;

    public NameMatcher(NameVariants variants) {
        this.variants = variants;
    }

    /** How {@code nameWord} matches {@code searched}, or empty when it does not. */
    public Optional<MatchClass> classify(String searched, String nameWord) {
        return classify(searched, nameWord, false);
    }

    /**
     * As {@link #classify(String, String)}; {@code searchedIsWholeWord} says the searched word is itself a name word
     * in the store, so the agent has most likely finished typing it and a longer word that starts with it ranks
     * with the sounds-alike, not just after the exact matches.
     */
    public Optional<MatchClass> classify(String searched, String nameWord, boolean searchedIsWholeWord) {
        if (nameWord.equals(searched)) {
            return Optional.of(MatchClass.EXACT);
        }
        if (searched.length() == 1) {
            return nameWord.startsWith(searched) ? Optional.of(MatchClass.INITIAL) : Optional.empty();
        }
        if (nameWord.startsWith(searched)) {
            return Optional.of(searchedIsWholeWord ? MatchClass.LONGER_NAME : MatchClass.PREFIX);
        }
        if (variants.areVariants(searched, nameWord)) {
            return Optional.of(MatchClass.VARIANT);
        }
        if (searched.length() >= SOUND_MIN_LENGTH && Phonetics.soundAlike(searched, nameWord)) {
            return Optional.of(MatchClass.SOUNDS_LIKE);
        }
        if (searched.length() >= TYPO_MIN_LENGTH && nameWord.length() >= TYPO_MIN_LENGTH
                && Math.abs(searched.length() - nameWord.length()) <= 1 && NameMatching.distance(searched, nameWord, 1) <= 1) {
            return Optional.of(MatchClass.ONE_TYPO);
        }
        return Optional.empty();
    }

    /**
     * How a query ranks against a folded name: every searched word must match a different word of the name, in
     * any order. Lower totals rank first. Empty when some searched word matches nothing.
     */
    public Optional<Score> score(List<WordMatches> query, String foldedName) {
        String[] words = foldedName.split(" ");
        boolean[] used = new boolean[words.length];
        int total = 0;
        int spelling = 0;
        MatchClass worst = MatchClass.EXACT;
        for (WordMatches searched : query) {
            int best = -1;
            MatchClass bestClass = null;
            for (int i = 0; i < words.length; i++) {
                if (used[i]) {
                    continue;
                }
                MatchClass c = searched.classOf(words[i]);
                if (c != null && (bestClass == null || c.penalty() < bestClass.penalty())) {
                    bestClass = c;
                    best = i;
                }
            }
            if (bestClass == null) {
                return Optional.empty();
            }
            used[best] = true;
            total += bestClass.penalty();
            if (bestClass == MatchClass.SOUNDS_LIKE || bestClass == MatchClass.ONE_TYPO) {
                spelling += NameMatching.distance(searched.searched(), words[best], SPELLING_CAP);
            }
            if (bestClass.penalty() > worst.penalty()) {
                worst = bestClass;
            }
        }
        // a name with words the caller did not say ranks after one that is all said ("Sam Jones" before "Sam Ann Jones")
        int unmatched = 0;
        for (boolean u : used) {
            unmatched += u ? 0 : 1;
        }
        return Optional.of(new Score(total, unmatched, spelling, worst));
    }

    /** Splits a folded query into its words. */
    public static List<String> words(String query) {
        String folded = NameMatching.fold(query);
        return folded.isEmpty() ? List.of() : new ArrayList<>(List.of(folded.split(" ")));
    }

    /**
     * One searched word and the classes it was found to have against the words that could match it; any word
     * not listed is classified on the spot (so a caller can score names the index did not propose).
     */
    public final class WordMatches {
        private final String searched;
        private final boolean wholeWord;
        private final java.util.Map<String, MatchClass> known = new java.util.HashMap<>();

        WordMatches(String searched, boolean wholeWord) {
            this.searched = searched;
            this.wholeWord = wholeWord;
        }

        public String searched() {
            return searched;
        }

        MatchClass classOf(String nameWord) {
            MatchClass c = known.get(nameWord);
            if (c == null && !known.containsKey(nameWord)) {
                c = classify(searched, nameWord, wholeWord).orElse(null);
                known.put(nameWord, c);
            }
            return c;
        }
    }

    /** A searched word to score names against; {@code wholeWord} as in {@link #classify(String, String, boolean)}. */
    public WordMatches matchesFor(String searched, boolean wholeWord) {
        return new WordMatches(searched, wholeWord);
    }

    /**
     * A name's rank for a query: total penalty, then words the caller did not say, then how far the spelling of
     * the sound-alike and typo matches is from what was typed ("smiht" is nearer "smith" than "schmidt").
     */
    public record Score(int penalty, int unsaidWords, int spelling, MatchClass weakest) implements Comparable<Score> {
        @Override
        public int compareTo(Score other) {
            int byPenalty = Integer.compare(penalty, other.penalty);
            if (byPenalty != 0) {
                return byPenalty;
            }
            int byUnsaid = Integer.compare(unsaidWords, other.unsaidWords);
            return byUnsaid != 0 ? byUnsaid : Integer.compare(spelling, other.spelling);
        }
    }
}
