package org.custodian.core.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Looks for secret strings, byte for byte, in files and file names: UTF-8, UTF-16LE and UTF-16BE. */
final class PlaintextScan {

    static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    /** One needle found: which secret (by label, never its value), in which encoding, where. */
    record Hit(String label, String encoding, Path file, long offset) {
        @Override
        public String toString() {
            return label + " in " + encoding + " at " + (offset < 0 ? "file name" : "byte " + offset) + " of " + file;
        }
    }

    private final Map<String, List<byte[]>> needles = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    /** Adds a secret; the label is what a failure shows, so the value never reaches a report. */
    PlaintextScan secret(String label, String value) {
        List<byte[]> encoded = new ArrayList<>();
        for (Charset charset : ENCODINGS) {
            encoded.add(value.getBytes(charset));
        }
        needles.put(label, encoded);
        texts.put(label, value);
        return this;
    }

    List<Hit> scan(List<Path> files) {
        List<Hit> hits = new ArrayList<>();
        for (Path file : files) {
            texts.forEach((label, value) -> {
                if (file.toString().contains(value)) {
                    hits.add(new Hit(label, "name", file, -1));
                }
            });
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                continue; // vanished or unreadable (not ours)
            }
            needles.forEach((label, encodings) -> {
                for (int i = 0; i < encodings.size(); i++) {
                    long at = indexOf(content, encodings.get(i));
                    if (at >= 0) {
                        hits.add(new Hit(label, ENCODINGS.get(i).name(), file, at));
                    }
                }
            });
        }
        return hits;
    }

    static long indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Every regular file under a directory, recursively, whatever its name. */
    static List<Path> filesUnder(Path root) {
        return filesUnder(root, Instant.MIN, Long.MAX_VALUE);
    }

    /** Regular files under a directory changed at or after {@code since}, up to a size (unreadable ones skipped). */
    static List<Path> filesUnder(Path root, Instant since, long maxBytes) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && attrs.size() <= maxBytes
                            && !attrs.lastModifiedTime().toInstant().isBefore(since)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
