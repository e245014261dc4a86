package dev.camelstudio.studio;

/** What to do when an account's sequence jumps (a gap: messages missing). */
public enum GapHandling {
    /**
     * Heal it: subscribe again on a fresh connection so that Studio's replay brings the missing messages (the
     * duplicates are dropped). A gap that the replay does not fill is then delivered with a header and a warning.
     */
    RESUBSCRIBE,
    /** Do not try to heal: deliver with a header and a warning. */
    WARN,
    /** Heal as RESUBSCRIBE; a gap that cannot be healed also goes to the consumer's exception handler. */
    ERROR;

    /** {@return whether a live gap is healed by subscribing again on a fresh connection} */
    public boolean heals() {
        return this != WARN;
    }

    /** {@return whether a gap no replay filled also goes to the consumer's exception handler} */
    public boolean reportsUnhealed() {
        return this == ERROR;
    }
}
