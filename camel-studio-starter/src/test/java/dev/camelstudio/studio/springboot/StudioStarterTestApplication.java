package dev.camelstudio.studio.springboot;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application the starter's tests boot: auto-configuration only, no component scan, so that one test's beans
 * never leak into another's context (each test imports its own).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StudioStarterTestApplication {
}
