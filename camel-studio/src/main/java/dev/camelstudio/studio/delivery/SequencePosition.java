package dev.camelstudio.studio.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * An account's position as a state repository keeps it, {@code yyyy-MM-dd:sequence}: the last sequence delivered on
 * that New York trading day. Positions are ordered by day, then sequence, so that a store shared by several instances
 * can refuse a write that would move an account back.
 *
 * @param day      the New York trading day
 * @param sequence the last sequence delivered that day
 */
public record SequencePosition(LocalDate day, long sequence) implements Comparable<SequencePosition> {

    /**
     * Reads a position written by {@link #toString()}.
     *
     * @param text a position, {@code yyyy-MM-dd:sequence}
     * @return the position
     * @throws IllegalArgumentException for a value that is not one
     */
    public static SequencePosition parse(String text) {
        int colon = text.lastIndexOf(':');
        try {
            if (colon > 0) {
                return new SequencePosition(LocalDate.parse(text.substring(0, colon)),
                        Long.parseLong(text.substring(colon + 1)));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // Refused below, with the format it should have.
        }
        throw new IllegalArgumentException("Not a Studio sequence position (yyyy-MM-dd:sequence): " + text);
    }

    @Override
    public int compareTo(SequencePosition other) {
        int byDay = day.compareTo(other.day);
        return byDay != 0 ? byDay : Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return prefix(day) + sequence;
    }

    /** What every position of {@code day} starts with; a tracker keeps it, so that a position costs one concat. */
    static String prefix(LocalDate day) {
        return day + ":";
    }
}
