package dev.camelstudio.studio;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration option strictly. Camel's own converter is lenient in ways that hide mistakes: it takes
 * {@code 30sec} for 30 seconds, reads {@code 1m30} as one minute and turns {@code abc} into 0. Accepted here:
 * <ul>
 * <li>milliseconds: {@code 2000};</li>
 * <li>a number with a unit {@code ms}, {@code s}, {@code m} or {@code h} ({@code 500ms}, {@code 10s}, {@code 2m},
 * {@code 1h}), or several in descending order, each once ({@code 1m30s}, {@code 1h15m});</li>
 * <li>ISO-8601: {@code PT10S}.</li>
 * </ul>
 * A leading {@code -} is read too, so that the option's own check can say which range it needs.
 */
final class StudioDurations {

    /** The forms a duration may take, for error messages. */
    static final String FORMS = "500ms, 10s, 2m, 1h, 1m30s (ISO-8601 such as PT10S works too)";

    // Units from the largest down; "ms" before "m" so that 5ms is not read as 5m and a stray s.
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");
    private static final Map<String, Integer> RANK = Map.of("h", 0, "m", 1, "s", 2, "ms", 3);
    private static final Map<String, Long> MILLIS = Map.of("h", 3_600_000L, "m", 60_000L, "s", 1_000L, "ms", 1L);

    // For the hint in an error message only: what a value was probably meant to be.
    private static final Pattern LOOSE_PART = Pattern.compile("(\\d+)\\s*([a-z]*)\\s*");
    private static final Map<String, Long> LOOSE_UNITS = Map.ofEntries(
            Map.entry("ms", 1L), Map.entry("msec", 1L), Map.entry("msecs", 1L), Map.entry("millis", 1L),
            Map.entry("millisecond", 1L), Map.entry("milliseconds", 1L),
            Map.entry("s", 1_000L), Map.entry("sec", 1_000L), Map.entry("secs", 1_000L), Map.entry("second", 1_000L),
            Map.entry("seconds", 1_000L),
            Map.entry("m", 60_000L), Map.entry("min", 60_000L), Map.entry("mins", 60_000L),
            Map.entry("minute", 60_000L), Map.entry("minutes", 60_000L),
            Map.entry("h", 3_600_000L), Map.entry("hr", 3_600_000L), Map.entry("hrs", 3_600_000L),
            Map.entry("hour", 3_600_000L), Map.entry("hours", 3_600_000L),
            Map.entry("d", 86_400_000L), Map.entry("day", 86_400_000L), Map.entry("days", 86_400_000L));

    private StudioDurations() {
    }

    /**
     * The duration {@code text} stands for.
     *
     * @throws IllegalArgumentException naming the option, the value and the accepted forms
     */
    static Duration parse(String option, String text) {
        Duration duration = read(text.strip());
        if (duration == null) {
            throw new IllegalArgumentException(notADuration(option, text));
        }
        return duration;
    }

    private static Duration read(String text) {
        boolean negative = text.startsWith("-");
        String body = negative ? text.substring(1) : text;
        if (body.isEmpty()) {
            return null;
        }
        try {
            if (body.charAt(0) == 'P' || body.charAt(0) == 'p') {
                Duration iso = Duration.parse(body);
                iso.toMillis(); // fails here, not later, when it does not fit in a long of milliseconds
                return negative ? iso.negated() : iso;
            }
            long millis = body.chars().allMatch(c -> c >= '0' && c <= '9') ? Long.parseLong(body) : withUnits(body);
            return millis < 0 ? null : Duration.ofMillis(negative ? -millis : millis);
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /** Milliseconds of "1m30s"-like text, or -1 when it is not of that form. */
    private static long withUnits(String text) {
        Matcher part = PART.matcher(text);
        long millis = 0;
        int rank = -1;
        int at = 0;
        while (at < text.length()) {
            if (!part.find(at) || part.start() != at) {
                return -1;
            }
            String unit = part.group(2);
            if (RANK.get(unit) <= rank) {
                return -1;
            }
            rank = RANK.get(unit);
            millis = Math.addExact(millis, Math.multiplyExact(Long.parseLong(part.group(1)), MILLIS.get(unit)));
            at = part.end();
        }
        return millis;
    }

    private static String notADuration(String option, String text) {
        Long meant = probablyMeant(text.strip().toLowerCase(Locale.ROOT));
        return "The " + option + " option is not a duration: '" + text + "'. Write it as milliseconds ("
                + (meant != null ? meant : "e.g. 30000") + ") or with units: " + FORMS;
    }

    /**
     * The milliseconds a value like {@code 30sec}, {@code 2 min} or {@code 1m30} most likely means (a bare number
     * after a unit counts in the next smaller one), or null. Only ever shown as a hint, never used.
     */
    private static Long probablyMeant(String text) {
        Matcher part = LOOSE_PART.matcher(text);
        long millis = 0;
        long previousUnit = 0;
        int at = 0;
        while (at < text.length()) {
            if (!part.find(at) || part.start() != at) {
                return null;
            }
            Long unit = part.group(2).isEmpty() ? smallerThan(previousUnit) : LOOSE_UNITS.get(part.group(2));
            if (unit == null) {
                return null;
            }
            try {
                millis = Math.addExact(millis, Math.multiplyExact(Long.parseLong(part.group(1)), unit));
            } catch (ArithmeticException | NumberFormatException e) {
                return null;
            }
            previousUnit = unit;
            at = part.end();
        }
        return at == 0 ? null : millis;
    }

    private static Long smallerThan(long unit) {
        if (unit == 86_400_000L) {
            return 3_600_000L;
        }
        if (unit == 3_600_000L) {
            return 60_000L;
        }
        if (unit == 60_000L) {
            return 1_000L;
        }
        return null;
    }
}
