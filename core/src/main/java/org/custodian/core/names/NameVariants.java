package org.custodian.core.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names callers use interchangeably (Steven and Stephen, Bill and William), from the shipped list
 * {@code name-variants.txt}. Words are folded as {@link NameMatching#fold} folds them.
 */
public final class NameVariants {

    private static final NameVariants SHIPPED = load();
    private final Map<String, Set<String>> variants;

    NameVariants(Map<String, Set<String>> variants) {
        this.variants = variants;
    }

    public static NameVariants shipped() {
        return SHIPPED;
    }

    /** Every other word that shares a group with this one; empty when it has none. */
    public Set<String> of(String foldedWord) {
        return variants.getOrDefault(foldedWord, Set.of());
    }

    public boolean areVariants(String a, String b) {
        return !a.equals(b) && of(a).contains(b);
    }

    static NameVariants parse(BufferedReader reader) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Set<String> group = new HashSet<>();
            for (String word : trimmed.split(",")) {
                String folded = NameMatching.fold(word);
                if (!folded.isEmpty()) {
                    group.add(folded);
                }
            }
            for (String word : group) {
                Set<String> others = out.computeIfAbsent(word, w -> new HashSet<>());
                others.addAll(group);
                others.remove(word);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((word, others) -> frozen.put(word, Set.copyOf(others)));
        return new NameVariants(Map.copyOf(frozen));
    }

    private static NameVariants load() {
        try (InputStream in = NameVariants.class.getResourceAsStream("name-variants.txt")) {
            if (in == null) {
                throw new IllegalStateException("name-variants.txt is missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
