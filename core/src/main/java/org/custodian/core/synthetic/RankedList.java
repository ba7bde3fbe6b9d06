package org.custodian.core.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A shipped word list whose line order is the frequency rank, drawn with Zipf-Mandelbrot weights
 * {@code 1 / (rank + offset)}: the first lines are common, the last rare. The offset flattens the head, so the
 * commonest word is about as common as its real counterpart rather than a sixth of everyone.
 */
final class RankedList {

    private final List<String> items;
    private final double[] cumulative;

    private RankedList(List<String> items, double offset) {
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double total = 0;
        for (int rank = 1; rank <= items.size(); rank++) {
            total += 1.0 / (rank + offset);
            cumulative[rank - 1] = total;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= total;
        }
    }

    static RankedList load(String resource, double offset) {
        return new RankedList(lines(resource), offset);
    }

    String draw(SplittableRandom random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return items.get(Math.min(i < 0 ? -i - 1 : i, items.size() - 1));
    }

    /** The share of draws that give the word at this rank (1 is the commonest). */
    double share(int rank) {
        return cumulative[rank - 1] - (rank == 1 ? 0 : cumulative[rank - 2]);
    }

    List<String> items() {
        return items;
    }

    /** The non-blank lines of a shipped text resource next to this class, without '#' comments. */
    static List<String> lines(String resource) {
        try (InputStream in = RankedList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
