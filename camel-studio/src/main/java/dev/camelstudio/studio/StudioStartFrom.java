package dev.camelstudio.studio;

/** Where a consumer starts when it has no saved position for an account. */
public enum StudioStartFrom {
    /** The whole trading day: Studio's replay on the first subscribe is delivered (the default). */
    REPLAY,
    /** Live data only: the first replay is skipped (its position is still taken, so nothing is delivered twice). */
    LIVE
}
