package dev.camelstudio.studio;

import dev.camelstudio.studio.connection.InboundMessage;

/**
 * The meters of one consumer's account, as the consumer sees them: no Micrometer type appears here, so that a
 * consumer without Micrometer on the class path never loads it. {@link #NONE} when the application has no registry.
 */
interface AccountMeters extends AutoCloseable {

    /** No registry: nothing is measured, at no cost. */
    AccountMeters NONE = new AccountMeters() {
        @Override
        public void handedToRoute(InboundMessage message) {
        }

        @Override
        public void routeFailed() {
        }

        @Override
        public void close() {
        }
    };

    /** A message is about to be handed to the route (its lag is measured here). Delivering thread. */
    void handedToRoute(InboundMessage message);

    /** The route failed on a message. Delivering thread. */
    void routeFailed();

    /** The consumer stops: its meters leave the registry. */
    @Override
    void close();
}
