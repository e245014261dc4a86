package dev.camelstudio.studio.connection;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;

import dev.camelstudio.studio.protocol.SubscribeAck;

/**
 * Which account a connection's control frames belong to, and whether an account's frames are replay: acks may omit
 * {@code account_id} and then answer the oldest subscribe (docs/protocol.md §4.2), and a {@code replay-complete}
 * belongs to the oldest account still replaying (§6-6). Frames arrive in order on the socket's reader thread, which
 * alone works this out; the subscribes it matches acks against are handed over by the session's thread.
 */
final class ReplayAttribution {

    /** Accounts whose subscribe was sent, oldest first: appended by the session's thread, taken by the reader. */
    private final Deque<String> subscribesSent = new ConcurrentLinkedDeque<>();
    // Reader thread only: accounts acked and replaying, oldest first.
    private final Deque<String> replaying = new ArrayDeque<>();
    private final Set<String> replayingAccounts = new HashSet<>();

    /** A subscribe of {@code account} is about to be written; called before it is, so its ack always finds it. */
    void subscribing(String account) {
        subscribesSent.addLast(account);
    }

    /** The account an ack answers (its own, else the oldest subscribe); a success starts that account's replay. */
    String acked(SubscribeAck ack) {
        String account = ack.accountId() != null && subscribesSent.remove(ack.accountId())
                ? ack.accountId() : subscribesSent.pollFirst();
        if (account != null && ack.success() && replayingAccounts.add(account)) {
            replaying.addLast(account);
        }
        return account != null ? account : ack.accountId();
    }

    /** The account a replay-complete ends the replay of, or null if none was replaying. */
    String replayCompleted() {
        String account = replaying.pollFirst();
        replayingAccounts.remove(account);
        return account;
    }

    boolean isReplaying(String account) {
        return account != null && replayingAccounts.contains(account);
    }
}
