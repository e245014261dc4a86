package dev.camelstudio.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Routes one Studio account's activity with camel-studio-starter: fills (trade notices) to a JMS queue on an embedded
 * Artemis broker, everything else to the log; {@code /actuator/health} on 127.0.0.1 shows the Studio consumer's
 * readiness. Everything is set in {@code application.yaml}. By default it runs on the embedded Studio simulator
 * ({@code studio.simulator.enabled}, which the starter acts on); with {@code STUDIO_DEMO_ENABLED=false} and Studio
 * credentials in the environment it consumes Studio itself.
 */
@SpringBootApplication
public class ActivitySpringBootApplication {

    public static void main(String[] args) {
        SpringApplication.run(ActivitySpringBootApplication.class, args);
    }
}
