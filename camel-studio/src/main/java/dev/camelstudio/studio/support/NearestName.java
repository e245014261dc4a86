package dev.camelstudio.studio.support;

import java.util.Collection;
import java.util.Locale;

/**
 * The name a misspelt one was most likely meant to be, for "did you mean ...?" in an error about an unknown option:
 * the nearest by edits (a letter inserted, deleted, replaced, or two neighbours swapped), ignoring case and dashes
 * ({@code client-secret}, as property files write it, is {@code clientSecret}).
 */
public final class NearestName {

    /** Further than this many edits, a name is not taken for a misspelling of another. */
    private static final int MAX_EDITS = 2;

    private NearestName() {
    }

    /**
     * The candidate nearest to a name, if one is near enough.
     *
     * @param name       the misspelt name
     * @param candidates the names it could have been meant to be
     * @return the nearest candidate within two edits, or {@code null} if none is
     */
    public static String of(String name, Collection<String> candidates) {
        String nearest = null;
        int fewest = MAX_EDITS + 1;
        for (String candidate : candidates) {
            int edits = edits(comparable(name), comparable(candidate));
            if (edits < fewest) {
                fewest = edits;
                nearest = candidate;
            }
        }
        return nearest;
    }

    private static String comparable(String name) {
        return name.replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** The optimal string alignment distance: Levenshtein's, with a swap of neighbours as one edit. */
    private static int edits(String a, String b) {
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
