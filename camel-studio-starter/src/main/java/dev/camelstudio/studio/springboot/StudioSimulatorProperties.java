package dev.camelstudio.studio.springboot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code studio.simulator.*}: whether the application runs on the embedded Studio simulator, and how busy it is. */
@ConfigurationProperties(prefix = "studio.simulator")
public class StudioSimulatorProperties {

    /**
     * Run on the embedded Studio simulator (camel-studio-simulator on the classpath): its demo accounts 100000 and
     * 100001 and its demo client, with the studio component pointed at it whatever camel.component.studio.* says of
     * the server, the token endpoint, the credentials and TLS. For running an application offline, and in tests.
     */
    private boolean enabled;

    /** Activity the simulator generates, in messages per second per demo account; 0 for none. */
    private double rate;

    /** Every property at its default: the simulator off. */
    public StudioSimulatorProperties() {
    }

    /** {@return whether the application runs on the embedded simulator} */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets whether the application runs on the embedded simulator.
     *
     * @param enabled true to run on it
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** {@return the activity the simulator generates, in messages per second per demo account} */
    public double getRate() {
        return rate;
    }

    /**
     * Sets the activity the simulator generates.
     *
     * @param rate messages per second per demo account; 0 for none
     */
    public void setRate(double rate) {
        this.rate = rate;
    }
}
