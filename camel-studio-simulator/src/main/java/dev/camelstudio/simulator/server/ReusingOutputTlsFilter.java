package dev.camelstudio.simulator.server;

import javax.net.ssl.SSLException;

import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.ssl.SSLBaseFilter;
import org.glassfish.grizzly.ssl.SSLConnectionContext;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;
import org.glassfish.grizzly.ssl.SSLUtils;

/**
 * Grizzly's TLS filter, except that the buffer a write is encrypted into goes back to the writing thread's cache once
 * written. Grizzly takes that buffer (the engine's packet size, about 16 KB) from the thread's cache, but leaves it
 * marked as not disposable, so it never returns and every frame sent allocated a new one: over wss the simulator
 * allocated nine times per frame what it does over ws. Marking it disposable, as Grizzly does its read buffers, lets
 * the write queue hand it back when it is done with it.
 */
final class ReusingOutputTlsFilter extends SSLBaseFilter {

    ReusingOutputTlsFilter(SSLEngineConfigurator configurator) {
        super(configurator);
    }

    @Override
    protected Buffer wrapAll(FilterChainContext context, SSLConnectionContext connection) throws SSLException {
        return SSLUtils.allowDispose(super.wrapAll(context, connection));
    }
}
