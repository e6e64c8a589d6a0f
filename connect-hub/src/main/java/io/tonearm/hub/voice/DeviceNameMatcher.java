package io.tonearm.hub.voice;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the device people mean by the name they say: case, spacing, accents and a leading "the"
 * do not matter, one word of the name is enough ("kitchen" for "Kitchen Speaker"), and small typos
 * are forgiven (Damerau-Levenshtein distance 1 for short words, 2 for longer). Stateless.
 */
final class DeviceNameMatcher {

    /** A device as people know it. */
    record Candidate(String id, String name) {
    }

    /** The outcome: exactly one device, several equally likely, or none. */
    sealed interface Match {
        record Found(Candidate device) implements Match {
        }

        record Ambiguous(List<Candidate> devices) implements Match {
        }

        record NotFound() implements Match {
        }
    }

    static Match match(String spoken, List<Candidate> devices) {
        String said = normalise(spoken).replaceFirst("^the ", "");
        if (said.isEmpty()) {
            return new Match.NotFound();
        }
        int best = Integer.MAX_VALUE;
        List<Candidate> winners = new ArrayList<>();
        for (Candidate c : devices) {
            int d = distance(said, c);
            if (d < best) {
                best = d;
                winners.clear();
            }
            if (d == best) {
                winners.add(c);
            }
        }
        if (winners.isEmpty() || best > allowed(said)) {
            return new Match.NotFound();
        }
        return winners.size() == 1 ? new Match.Found(winners.get(0)) : new Match.Ambiguous(List.copyOf(winners));
    }

    /** 0 for the name, the id or whole words of the name; else the edit distance to the name or its closest word. */
    private static int distance(String said, Candidate c) {
        String name = normalise(c.name());
        if (said.equals(name) || said.equals(normalise(c.id())) || said.replace(" ", "").equals(name.replace(" ", ""))
                || (" " + name + " ").contains(" " + said + " ")) {
            return 0;
        }
        int best = damerauLevenshtein(said, name);
        for (String word : name.split(" ")) {
            if (word.length() >= 3) {
                best = Math.min(best, damerauLevenshtein(said, word));
            }
        }
        return best;
    }

    private static int allowed(String said) {
        return said.length() <= 4 ? 1 : 2;
    }

    static String normalise(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int damerauLevenshtein(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return Math.abs(a.length() - b.length());
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
