package org.custodian.core.names;

import static org.custodian.core.store.schema.Tables.NAME_PAIR;
import static org.custodian.core.store.schema.Tables.NAME_TOKEN;
import static org.custodian.core.store.schema.Tables.NAME_WORD;
import static org.custodian.core.store.schema.Tables.NAME_WORD_VARIANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The name search index: the vocabulary of name words (with their sounds and one-letter deletions) and which
 * customers hold which word. Written in the same transaction as the customer row it describes.
 */
public final class NameIndex {

    /** Longest word kept; longer ones are cut (no real name word is this long). */
    static final int MAX_WORD = 64;
    /**
     * Most vocabulary words a search takes as longer words the searched one starts (among those someone still
     * holds): a searched word with fewer of them has all of them among its candidates.
     */
    public static final int PREFIX_WORDS = 400;

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
        BatchBindStep pairs = tx.batch(tx.insertInto(NAME_PAIR, NAME_PAIR.WORD_A, NAME_PAIR.WORD_B, NAME_PAIR.CUSTOMER_ID)
                .values((String) null, null, null));
        bindPairs(pairs, customerId, distinctWords(folded));
        if (pairs.size() > 0) {
            pairs.execute();
        }
    }

    /** Every pair of two different words of one name, the lesser first. */
    private static void bindPairs(BatchBindStep pairs, long customerId, Set<String> words) {
        for (String a : words) {
            for (String b : words) {
                if (a.compareTo(b) < 0) {
                    pairs.bind(a, b, customerId);
                }
            }
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
        BatchBindStep pairs = tx.batch(tx.insertInto(NAME_PAIR, NAME_PAIR.WORD_A, NAME_PAIR.WORD_B, NAME_PAIR.CUSTOMER_ID)
                .values((String) null, null, null));
        // by customer id, so the pair index's customer column is written in order
        new TreeMap<>(fullNamesById).forEach((customerId, fullName) ->
                bindPairs(pairs, customerId, distinctWords(NameMatching.fold(fullName))));
        byWord.forEach((word, postings) -> {
            if (known.contains(word)) {
                more.bind(postings.size(), word);
            } else {
                fresh.bind(word, Phonetics.primary(word), Phonetics.alternate(word), postings.size());
                deletions(word).forEach(variant -> variants.bind(variant, word));
            }
            postings.forEach((customerId, folded) -> tokens.bind(word, customerId, folded));
        });
        for (BatchBindStep batch : List.of(more, fresh, variants, tokens, pairs)) {
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
        tx.deleteFrom(NAME_PAIR).where(NAME_PAIR.CUSTOMER_ID.eq(customerId)).execute();
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
        // one statement with a part per way to match, each part on its own index (a search runs this for every
        // searched word, and a statement's round trip through jOOQ and H2 costs more than these small reads)
        List<Select<Record2<String, Integer>>> parts = new ArrayList<>();
        parts.add(vocabulary(dsl, NAME_WORD.WORD.in(words)));
        if (searched.length() >= 2) {
            parts.add(dsl.select(NAME_WORD.WORD, NAME_WORD.POSTINGS).from(NAME_WORD)
                    .where(NAME_WORD.WORD.like(escape(searched) + "%", '!').and(NAME_WORD.POSTINGS.gt(0))).limit(PREFIX_WORDS));
        }
        if (searched.length() >= NameMatcher.SOUND_MIN_LENGTH) {
            Set<String> codes = Phonetics.codes(searched);
            if (!codes.isEmpty()) {
                // two parts, not one OR of both columns: H2 answers such an OR by scanning the whole vocabulary
                parts.add(vocabulary(dsl, NAME_WORD.PHONETIC.in(codes)));
                parts.add(vocabulary(dsl, NAME_WORD.PHONETIC_ALT.in(codes)));
            }
        }
        if (!dels.isEmpty()) {
            Set<String> keys = new HashSet<>(dels);
            keys.add(searched);
            parts.add(vocabulary(dsl, NAME_WORD.WORD.in(dsl.select(NAME_WORD_VARIANT.WORD).from(NAME_WORD_VARIANT)
                    .where(NAME_WORD_VARIANT.VARIANT.in(keys)))));
        }
        Select<Record2<String, Integer>> all = parts.get(0);
        for (Select<Record2<String, Integer>> part : parts.subList(1, parts.size())) {
            all = all.unionAll(part);
        }
        Map<String, Integer> found = new HashMap<>();
        dsl.fetch(all).forEach(r -> found.put(r.value1(), r.value2()));
        if (found.isEmpty() && searched.length() < 2) {
            dsl.select(NAME_WORD.WORD, NAME_WORD.POSTINGS).from(NAME_WORD).where(NAME_WORD.WORD.like(escape(searched) + "%", '!'))
                    .limit(PREFIX_WORDS).forEach(r -> found.put(r.value1(), r.value2()));
        }
        found.values().removeIf(postings -> postings <= 0);
        return found;
    }

    private static Select<Record2<String, Integer>> vocabulary(DSLContext dsl, Condition condition) {
        return dsl.select(NAME_WORD.WORD, NAME_WORD.POSTINGS).from(NAME_WORD).where(condition);
    }

    /**
     * Up to {@code max} customers holding {@code word} whose ids come after {@code afterId}, in id order, with their
     * folded names: one run of the (word, customer, folded name) index, so a caller can read a long posting list a
     * part at a time and stop when it has seen enough.
     */
    public List<Posting> postings(DSLContext dsl, String word, long afterId, int max) {
        return dsl.select(NAME_TOKEN.CUSTOMER_ID, NAME_TOKEN.FOLDED_NAME).from(NAME_TOKEN)
                .where(NAME_TOKEN.WORD.eq(word).and(NAME_TOKEN.CUSTOMER_ID.gt(afterId)))
                // ordered by the index's own columns: H2 then reads the index in order and stops at the limit
                // (ordered by customer alone it gathers and sorts the whole list first)
                .orderBy(NAME_TOKEN.WORD, NAME_TOKEN.CUSTOMER_ID).limit(max).fetch(r -> new Posting(r.value1(), r.value2()));
    }

    public record Posting(long customerId, String foldedName) {
    }

    /**
     * The customers whose names hold both words of one of {@code pairs} (two different words each), with their
     * folded names; empty when there are more than {@code max} of them. One statement: each pair is one exact range
     * of the pair table, and each customer found one exact read of the postings index for the folded name (H2 uses
     * an index's second column only for an equality, so the pairs are joined from a list of values rather than
     * asked for with IN).
     */
    public Optional<List<Posting>> pairPostings(DSLContext dsl, List<Map.Entry<String, String>> pairs, int max) {
        if (pairs.isEmpty()) {
            return Optional.of(List.of());
        }
        List<Row2<String, String>> keys = new ArrayList<>(pairs.size());
        for (Map.Entry<String, String> pair : pairs) {
            String a = pair.getKey();
            String b = pair.getValue();
            keys.add(a.compareTo(b) < 0 ? DSL.row(a, b) : DSL.row(b, a));
        }
        @SuppressWarnings("unchecked")
        Table<Record2<String, String>> wanted = DSL.values(keys.toArray(Row2[]::new)).as("k", "a", "b");
        Field<String> wordA = wanted.field("a", String.class);
        Field<String> wordB = wanted.field("b", String.class);
        List<Posting> found = dsl.selectDistinct(NAME_PAIR.CUSTOMER_ID, NAME_TOKEN.FOLDED_NAME).from(wanted)
                .join(NAME_PAIR).on(NAME_PAIR.WORD_A.eq(wordA).and(NAME_PAIR.WORD_B.eq(wordB)))
                .join(NAME_TOKEN).on(NAME_TOKEN.WORD.eq(NAME_PAIR.WORD_A).and(NAME_TOKEN.CUSTOMER_ID.eq(NAME_PAIR.CUSTOMER_ID)))
                .limit(max + 1).fetch(r -> new Posting(r.value1(), r.value2()));
        return found.size() > max ? Optional.empty() : Optional.of(found);
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
