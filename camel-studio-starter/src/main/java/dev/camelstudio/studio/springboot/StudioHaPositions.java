package dev.camelstudio.studio.springboot;

import java.net.InetAddress;
import java.net.UnknownHostException;

import dev.camelstudio.studio.StudioComponent;
import dev.camelstudio.studio.StudioConfiguration;

import org.apache.camel.Ordered;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.StateRepository;

/** What both coordinators of {@code studio.ha.*} share: this instance's id, and the positions as the component's. */
final class StudioHaPositions {

    private StudioHaPositions() {
    }

    /** {@code studio.ha.id}, else the HOSTNAME (a pod's name), else the host's name. */
    static String instanceId(StudioHaProperties properties) {
        if (properties.getId() != null && !properties.getId().isBlank()) {
            return properties.getId();
        }
        String hostname = System.getenv("HOSTNAME");
        if (hostname != null && !hostname.isBlank()) {
            return hostname;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Set studio.ha.id: this host has no name to take as the instance's id", e);
        }
    }

    /**
     * Makes {@code positions} the studio component's sequenceStateRepository, unless
     * {@code camel.component.studio.sequence-state-repository} named one (that customizer runs first).
     */
    static ComponentCustomizer customizer(StateRepository<String, String> positions) {
        return ComponentCustomizer.builder(StudioComponent.class).withOrder(Ordered.LOWEST)
                .build(component -> {
                    StudioConfiguration configuration = component.getConfiguration();
                    if (configuration.getSequenceStateRepository() == null) {
                        configuration.setSequenceStateRepository(positions);
                    }
                });
    }
}
