package dev.camelstudio.studio;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code studio} component: consumes Clear Street Studio's WebSocket API. Its configuration holds the defaults
 * (credentials, environment, TLS) that every {@code studio:} endpoint starts from.
 */
@Component(StudioConstants.SCHEME)
public class StudioComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "Default options for every endpoint; each endpoint starts from a copy.")
    private StudioConfiguration configuration = new StudioConfiguration();

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters when an endpoint has none.")
    private boolean useGlobalSslContextParameters;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        StudioChannel channel = StudioChannel.fromUri(remaining);
        StudioEndpoint endpoint = new StudioEndpoint(uri, this, channel, configuration.copy());
        setProperties(endpoint, parameters);
        if (endpoint.getConfiguration().getSslContextParameters() == null && useGlobalSslContextParameters) {
            endpoint.getConfiguration().setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    public StudioConfiguration getConfiguration() {
        return configuration;
    }

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
}
