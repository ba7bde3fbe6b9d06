package org.custodian.core.names;

import static org.custodian.core.store.schema.Tables.NAME_TOKEN;
import static org.custodian.core.store.schema.Tables.NAME_WORD;
import static org.custodian.core.store.schema.Tables.NAME_WORD_VARIANT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The name search index: the vocabulary of name words (with their sounds and one-letter deletions) and which
 * customers hold which word. Written in the same transaction as the customer row it describes.
 */
public final class NameIndex {

    /** Longest word kept; longer ones are cut (no real name word is this long). */
    static final int MAX_WORD = 64;
    private static final int PREFIX_WORDS = 400;

    /** Indexes a new customer's name. */
    public void add(DSLContext tx, long customerId, String fullName) {
        String folded = NameMatching.fold(fullName);
        for (String word : distinctWords(folded)) {
            int updated = tx.update(NAME_WORD).set(NAME_WORD.POSTINGS, NAME_WORD.POSTINGS.plus(1))
                    .where(NAME_WORD.WORD.eq(word)).execute();
            if (updated == 0) {
                tx.insertInto(NAME_WORD).set(NAME_WORD.WORD, word).set(NAME_WORD.PHONETIC, Phonetics.primary(word))
                        .set(NAME_WORD.PHONETIC_ALT, Phonetics.alternate(word)).set(NAME_WORD.POSTINGS, 1).execute();
                for (String variant : deletions(word)) {
                    tx.insertInto(NAME_WORD_VARIANT).set(NAME_WORD_VARIANT.VARIANT, variant).set(NAME_WORD_VARIANT.WORD, word)
                            .onDuplicateKeyIgnore().execute();
                }
            }
            tx.insertInto(NAME_TOKEN).set(NAME_TOKEN.WORD, word).set(NAME_TOKEN.CUSTOMER_ID, customerId)
                    .set(NAME_TOKEN.FOLDED_NAME, clip(folded, 200)).execute();
        }
    }

    /**
     * Indexes many new customers at once (bulk loads), leaving the index exactly as {@link #add} would for each
     * in turn: one postings update per distinct word instead of one per customer and word, and batched inserts.
     */
    public void addAll(DSLContext tx, Map<Long, String> fullNamesById) {
        // word by word, as the postings are kept, so each word's index pages are written once per batch
        TreeMap<String, TreeMap<Long, String>> byWord = new TreeMap<>();
        fullNamesById.forEach((customerId, fullName) -> {
            String folded = NameMatching.fold(fullName);
            for (String word : distinctWords(folded)) {
                byWord.computeIfAbsent(word, w -> new TreeMap<>()).put(customerId, clip(folded, 200));
            }
        });
        if (byWord.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>();
        List<String> words = new ArrayList<>(byWord.keySet());
        for (int i = 0; i < words.size(); i += 1_000) {
            known.addAll(tx.select(NAME_WORD.WORD).from(NAME_WORD).where(NAME_WORD.WORD.in(words.subList(i, Math.min(words.size(), i + 1_000))))
                    .fetch(NAME_WORD.WORD));
        }
        BatchBindStep more = tx.batch(tx.update(NAME_WORD).set(NAME_WORD.POSTINGS, NAME_WORD.POSTINGS.plus(DSL.val((Integer) null)))
                .where(NAME_WORD.WORD.eq(DSL.val((String) null))));
        BatchBindStep fresh = tx.batch(tx.insertInto(NAME_WORD, NAME_WORD.WORD, NAME_WORD.PHONETIC, NAME_WORD.PHONETIC_ALT, NAME_WORD.POSTINGS)
                .values((String) null, null, null, null));
        BatchBindStep variants = tx.batch(tx.insertInto(NAME_WORD_VARIANT, NAME_WORD_VARIANT.VARIANT, NAME_WORD_VARIANT.WORD)
                .values((String) null, null).onDuplicateKeyIgnore());
        BatchBindStep tokens = tx.batch(tx.insertInto(NAME_TOKEN, NAME_TOKEN.WORD, NAME_TOKEN.CUSTOMER_ID, NAME_TOKEN.FOLDED_NAME)
                .values((String) null, null, null));
        byWord.forEach((word, postings) -> {
            if (known.contains(word)) {
                more.bind(postings.size(), word);
            } else {
                fresh.bind(word, Phonetics.primary(word), Phonetics.alternate(word), postings.size());
                deletions(word).forEach(variant -> variants.bind(variant, word));
            }
            postings.forEach((customerId, folded) -> tokens.bind(word, customerId, folded));
        });
        for (BatchBindStep batch : List.of(more, fresh, variants, tokens)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }

    /** Re-indexes a customer whose name changed. */
    public void replace(DSLContext tx, long customerId, String fullName) {
        remove(tx, customerId);
        add(tx, customerId, fullName);
    }

    /** Removes a customer from the index. Vocabulary words stay (their count drops); they identify nobody alone. */
    public void remove(DSLContext tx, long customerId) {
        List<String> words = tx.select(NAME_TOKEN.WORD).from(NAME_TOKEN).where(NAME_TOKEN.CUSTOMER_ID.eq(customerId))
                .fetch(NAME_TOKEN.WORD);
        if (words.isEmpty()) {
            return;
        }
        tx.update(NAME_WORD).set(NAME_WORD.POSTINGS, NAME_WORD.POSTINGS.minus(1)).where(NAME_WORD.WORD.in(words)).execute();
        tx.deleteFrom(NAME_TOKEN).where(NAME_TOKEN.CUSTOMER_ID.eq(customerId)).execute();
    }

    /**
     * Removes a customer erased under UK GDPR Art 17, and any vocabulary word (with its variants) no other customer
     * holds: a rare surname alone can identify the person.
     */
    public void forget(DSLContext tx, long customerId) {
        List<String> words = tx.select(NAME_TOKEN.WORD).from(NAME_TOKEN).where(NAME_TOKEN.CUSTOMER_ID.eq(customerId))
                .fetch(NAME_TOKEN.WORD);
        remove(tx, customerId);
        if (words.isEmpty()) {
            return;
        }
        List<String> unused = tx.select(NAME_WORD.WORD).from(NAME_WORD).where(NAME_WORD.WORD.in(words))
                .and(NAME_WORD.POSTINGS.le(0)).fetch(NAME_WORD.WORD);
        if (!unused.isEmpty()) {
            tx.deleteFrom(NAME_WORD_VARIANT).where(NAME_WORD_VARIANT.WORD.in(unused)).execute();
            tx.deleteFrom(NAME_WORD).where(NAME_WORD.WORD.in(unused)).execute();
        }
    }

    public boolean holds(DSLContext dsl, long customerId) {
        return dsl.fetchExists(NAME_TOKEN, NAME_TOKEN.CUSTOMER_ID.eq(customerId));
    }

    /**
     * Vocabulary words that could match {@code searched} (exact, variant, longer words it starts, same sound, one
     * letter out), with how many customers hold each. A superset: {@link NameMatcher#classify} decides.
     */
    public Map<String, Integer> candidates(DSLContext dsl, String searched, NameVariants variants) {
        Set<String> words = new LinkedHashSet<>();
        words.add(searched);
        words.addAll(variants.of(searched));
        Set<String> dels = searched.length() >= NameMatcher.TYPO_MIN_LENGTH ? deletions(searched) : Set.of();
        words.addAll(dels);
        Map<String, Integer> found = new HashMap<>();
        dsl.select(NAME_WORD.WORD, NAME_WORD.POSTINGS).from(NAME_WORD).where(NAME_WORD.WORD.in(words))
                .forEach(r -> found.put(r.value1(), r.value2()));
        if (searched.length() >= 2 || found.isEmpty()) {
            dsl.select(NAME_WORD.WORD, NAME_WORD.POSTINGS).from(NAME_WORD).where(NAME_WORD.WORD.like(escape(searched) + "%", '!'))
                    .limit(PREFIX_WORDS).forEach(r -> found.put(r.value1(), r.value2()));
        }
        if (searched.length() >= NameMatcher.SOUND_MIN_LENGTH) {
            Set<String> codes = Phonetics.codes(searched);
            if (!codes.isEmpty()) {
                dsl.select(NAME_WORD.WORD, NAME_WORD.POSTINGS).from(NAME_WORD)
                        .where(NAME_WORD.PHONETIC.in(codes).or(NAME_WORD.PHONETIC_ALT.in(codes)))
                        .forEach(r -> found.put(r.value1(), r.value2()));
            }
        }
        if (!dels.isEmpty()) {
            Set<String> keys = new HashSet<>(dels);
            keys.add(searched);
            List<String> typoWords = dsl.select(NAME_WORD_VARIANT.WORD).from(NAME_WORD_VARIANT)
                    .where(NAME_WORD_VARIANT.VARIANT.in(keys)).fetch(NAME_WORD_VARIANT.WORD);
            if (!typoWords.isEmpty()) {
                dsl.select(NAME_WORD.WORD, NAME_WORD.POSTINGS).from(NAME_WORD).where(NAME_WORD.WORD.in(typoWords))
                        .forEach(r -> found.put(r.value1(), r.value2()));
            }
        }
        found.values().removeIf(postings -> postings <= 0);
        return found;
    }

    /** Customers holding any of these words, with their folded names; at most {@code cap} rows. */
    public List<Posting> postings(DSLContext dsl, Collection<String> words, int cap) {
        return dsl.select(NAME_TOKEN.CUSTOMER_ID, NAME_TOKEN.FOLDED_NAME).from(NAME_TOKEN).where(NAME_TOKEN.WORD.in(words))
                .limit(cap).fetch(r -> new Posting(r.value1(), r.value2()));
    }

    public record Posting(long customerId, String foldedName) {
    }

    static Set<String> distinctWords(String folded) {
        Set<String> words = new LinkedHashSet<>();
        if (folded.isEmpty()) {
            return words;
        }
        for (String w : folded.split(" ")) {
            words.add(clip(w, MAX_WORD));
        }
        return words;
    }

    /** Every way to delete one letter ("smith" gives "mith", "sith", "smth", "smih", "smit"). */
    static Set<String> deletions(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        out.remove("");
        return out;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

}
