package dev.camelstudio.studio;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code studio} component: consumes Clear Street Studio's WebSocket API. Its configuration holds the defaults
 * (credentials, environment, TLS) that every {@code studio:} endpoint starts from.
 */
@Component(StudioConstants.SCHEME)
public class StudioComponent extends HealthCheckComponent implements SSLContextParametersAware {

    private static final Logger LOG = LoggerFactory.getLogger(StudioComponent.class);

    @Metadata(description = "Default options for every endpoint; each endpoint starts from a copy.")
    private StudioConfiguration configuration = new StudioConfiguration();

    @Metadata(label = "security", defaultValue = "false",
            description = "Use the CamelContext's global SSLContextParameters when an endpoint has none.")
    private boolean useGlobalSslContextParameters;

    @Metadata(label = "consumer (advanced)", defaultValue = "4",
            description = "The threads that run the routes of accounts on shared connections (each account's "
                    + "Exchanges one at a time, in order). Their number does not grow with the accounts.")
    private int sharedDeliveryThreads = 4;

    private final PropertyConfigurer componentConfigurer = new CheckedComponentConfigurer();

    private StudioSessionRegistry sessions;
    private ExecutorService deliveryPool;

    /** A component with the default configuration, as Camel makes it for the {@code studio:} scheme. */
    public StudioComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        StudioChannel channel = StudioChannel.fromUri(remaining);
        // Here, before Camel converts them, the options' text is at hand (URI strings and YAML parameters alike).
        StudioOptionValues.checkAll(parameters);
        List<String> mangledSecrets = StudioUriSecrets.probablyMangled(uri, parameters);
        StudioEndpoint endpoint = new StudioEndpoint(uri, this, channel, configuration.copy());
        setProperties(endpoint, parameters);
        if (!parameters.isEmpty()) {
            // Options the endpoint does not have. Camel's own error would show them with their values, and any error
            // thrown from here is wrapped in one that quotes the URI: the consumer refuses to start instead.
            endpoint.refuseUnknownOptions(StudioUnknownOptions.maskedUri(uri, parameters),
                    StudioUnknownOptions.message(parameters, uri));
            parameters.clear();
        }
        if (!mangledSecrets.isEmpty()) {
            LOG.warn(StudioUriSecrets.warning(mangledSecrets, endpoint.getEndpointUri()));
        }
        if (endpoint.getConfiguration().getSslContextParameters() == null && useGlobalSslContextParameters) {
            endpoint.getConfiguration().setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    /**
     * The generated configurer, checking the text of component options first ({@code camel.component.studio.*} with
     * Camel Main, and whatever else binds properties through it), as {@link #createEndpoint} does for endpoints.
     */
    @Override
    public PropertyConfigurer getComponentPropertyConfigurer() {
        return componentConfigurer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        sessions = new StudioSessionRegistry(getCamelContext());
    }

    @Override
    protected void doStop() throws Exception {
        if (sessions != null) {
            sessions.closeAll();
        }
        if (deliveryPool != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(deliveryPool);
            deliveryPool = null;
        }
        super.doStop();
    }

    StudioSessionRegistry sessions() {
        return sessions;
    }

    /** The pool that runs the routes of accounts on shared connections, made when first needed. */
    synchronized ExecutorService deliveryPool() {
        if (deliveryPool == null) {
            deliveryPool = getCamelContext().getExecutorServiceManager()
                    .newFixedThreadPool(this, "StudioDelivery", sharedDeliveryThreads);
        }
        return deliveryPool;
    }

    /**
     * The threads that run the routes of accounts on shared connections.
     *
     * @return the size of the shared delivery pool
     */
    public int getSharedDeliveryThreads() {
        return sharedDeliveryThreads;
    }

    /**
     * The threads that run the routes of accounts on shared connections (each account's Exchanges one at a time, in
     * order). Their number does not grow with the accounts; it takes effect when the pool is first made.
     *
     * @param sharedDeliveryThreads the size of the shared delivery pool
     */
    public void setSharedDeliveryThreads(int sharedDeliveryThreads) {
        this.sharedDeliveryThreads = sharedDeliveryThreads;
    }

    /**
     * The default options for every endpoint; each endpoint starts from a copy.
     *
     * @return the component's configuration itself, not a copy: changes apply to endpoints created afterwards
     */
    public StudioConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * Replaces the default options for every endpoint; endpoints created before keep the copy they started from.
     *
     * @param configuration the new defaults
     */
    public void setConfiguration(StudioConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    private static final class CheckedComponentConfigurer extends StudioComponentConfigurer {
        @Override
        public boolean configure(CamelContext camelContext, Object target, String name, Object value,
                boolean ignoreCase) {
            return super.configure(camelContext, target, name, StudioOptionValues.check(name, value), ignoreCase);
        }
    }
}
