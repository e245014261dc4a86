package dev.camelstudio.studio.session;

import dev.camelstudio.studio.auth.AccessToken;
import dev.camelstudio.studio.auth.StudioAuthenticationException;
import dev.camelstudio.studio.auth.StudioTokenProvider;
import dev.camelstudio.studio.delivery.SessionCounters;

/** The session's token provider, whose fetches are counted by outcome; the user's provider does the work. */
final class CountedTokens implements StudioTokenProvider {

    private final StudioTokenProvider tokens;
    private final SessionCounters counters;

    CountedTokens(StudioTokenProvider tokens, SessionCounters counters) {
        this.tokens = tokens;
        this.counters = counters;
    }

    @Override
    public AccessToken token() throws StudioAuthenticationException {
        AccessToken token;
        try {
            token = tokens.token();
        } catch (RuntimeException e) {
            counters.tokenFetched(false);
            throw e;
        }
        counters.tokenFetched(true);
        return token;
    }

    @Override
    public void tokenRejected(AccessToken rejected) {
        tokens.tokenRejected(rejected);
    }
}
