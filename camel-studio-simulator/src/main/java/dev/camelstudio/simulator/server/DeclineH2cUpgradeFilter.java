package dev.camelstudio.simulator.server;

import java.io.IOException;

import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.util.Header;

/**
 * Declines every HTTP upgrade other than WebSocket, by forgetting the request's {@code Upgrade} header, so that the
 * request is served as plain HTTP/1.1 (RFC 9110 §7.8 lets a server ignore {@code Upgrade}).
 * <p>
 * Why: the JDK {@code HttpClient} asks for HTTP/2 by default, and on {@code http://} it does so with
 * {@code Upgrade: h2c} on its first request, a token POST included. Grizzly treats any upgrade request's body as a raw
 * stream that never ends, so without this filter the token endpoint waited for the end of the body until Grizzly's
 * read timeout (30 s) and answered 500: a plain-HTTP simulator could not issue a token to a default JDK client.
 * Grizzly announces the upgrade with an event before it decides how to read the body, which is where this acts.
 */
final class DeclineH2cUpgradeFilter extends BaseFilter {

    @Override
    public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
        if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
            HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
            if (!"websocket".equalsIgnoreCase(header.getUpgrade())) {
                header.getUpgradeDC().recycle();
                header.getHeaders().removeHeader(Header.Upgrade);
                header.setIgnoreContentModifiers(false);
            }
        }
        return ctx.getInvokeAction();
    }
}
