package dev.camelstudio.studio.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelstudio.simulator.StudioSimulator;
import dev.camelstudio.simulator.junit.StudioSimulatorExtension;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code transport=jdk} a route needs neither Tyrus, nor Grizzly, nor the Jakarta WebSocket API at run time: it
 * runs in a JVM of its own whose class path has the README's exclusions taken out, as a user's build has,
 * and receives the day from the simulator (which runs on Tyrus in this JVM) over plain ws:// with an OAuth2 token. A
 * route left on {@code transport=tyrus} there is refused at its start, naming the fix.
 */
class JdkTransportWithoutTyrusTest {

    private static final String ACCOUNT = "100000";
    private static final String CLIENT = "client-1";
    private static final int DAY = 5;
    private static final String README_SECTION = "### Without Tyrus and Grizzly";
    private static final Pattern EXCLUSION =
            Pattern.compile("<exclusion>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>\\*</artifactId>");

    @RegisterExtension
    StudioSimulatorExtension simulator = StudioSimulatorExtension.create(builder -> builder
            .tls(false)
            .account(ACCOUNT, "ACC0001")
            .client(CLIENT, "secret-1", ACCOUNT));

    /** The groups the README's exclusions take out of camel-studio's dependencies, in their order. */
    private static List<String> readmeExclusions() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf(README_SECTION));
        section = section.substring(0, section.indexOf("\n#", README_SECTION.length()));
        Matcher exclusion = EXCLUSION.matcher(section);
        List<String> groups = new ArrayList<>();
        while (exclusion.find()) {
            groups.add(exclusion.group(1));
        }
        return groups;
    }

    @Test
    void aRouteRunsWithoutTyrusGrizzlyOrJakartaWebSocket() throws Exception {
        List<String> excludedGroups = readmeExclusions();
        assertThat(excludedGroups).containsExactly("org.glassfish.tyrus", "org.glassfish.grizzly", "jakarta.websocket");
        StudioSimulator studio = simulator.simulator();
        studio.publishActivity(ACCOUNT, DAY);
        List<String> testClassPath = ChildJvm.testClassPath();
        List<String> withoutWebSocket = testClassPath.stream()
                .filter(entry -> excludedGroups.stream()
                        .noneMatch(group -> entry.replace('\\', '/').contains("/" + group.replace('.', '/') + "/")))
                .toList();
        // The component's eight, and the simulator's Tyrus server, its Grizzly container and the server API.
        assertThat(testClassPath.size() - withoutWebSocket.size()).as("jars taken out").isEqualTo(11);

        String output = ChildJvm.run("without-tyrus", withoutWebSocket, List.of(), RouteWithoutTyrus.class,
                studio.endpointUri(ACCOUNT, "transport=jdk"), String.valueOf(DAY));

        assertThat(output).contains(RouteWithoutTyrus.ABSENT + "org.glassfish.tyrus.client.ClientManager",
                RouteWithoutTyrus.ABSENT + "org.glassfish.grizzly.Grizzly",
                RouteWithoutTyrus.ABSENT + "jakarta.websocket.ContainerProvider",
                RouteWithoutTyrus.DELIVERED + "[1, 2, 3, 4, 5]",
                RouteWithoutTyrus.TYRUS_REFUSED + "The transport option is tyrus (the default), but "
                        + "org.glassfish.tyrus.client.ClientManager is not on the class path",
                "or set transport=jdk");
    }
}
