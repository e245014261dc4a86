package dev.camelstudio.studio;

/** The form of the Exchange body the consumer produces. */
public enum StudioBodyType {

    /** The frame's JSON text exactly as received: lossless and ready for any transport (the default). */
    JSON,

    /** The decoded immutable record, a {@link dev.camelstudio.studio.protocol.StudioMessage}. */
    MESSAGE,

    /** The whole frame as a {@code Map<String, Object>} of plain Java values. */
    MAP
}
