package dev.camelstudio.studio.transport;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a main class in a JVM of its own, for what a test JVM cannot take back once set: a class path without some
 * jars, a name service of its own. The child's log goes to a file of its own under target/.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /** {@return this JVM's test class path, one entry each} */
    static List<String> testClassPath() {
        return Arrays.asList(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator));
    }

    /**
     * Runs {@code main} and asserts that it ended within a minute with exit code 0.
     *
     * @param  logName   names the child's log file: target/camel-studio-test-{logName}.log
     * @param  classPath the child's class path
     * @param  options   JVM options, e.g. system properties
     * @param  main      the class whose main method runs
     * @param  args      its arguments
     * @return           what it printed, standard output and error together
     */
    static String run(String logName, List<String> classPath, List<String> options, Class<?> main, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dstudio.test.log=target/camel-studio-test-" + logName + ".log");
        command.addAll(options);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean exited = child.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            child.destroyForcibly();
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(exited).as("%s's JVM ended in time; it printed:%n%s", main.getSimpleName(), output).isTrue();
        assertThat(child.exitValue()).as("%s's exit code; it printed:%n%s", main.getSimpleName(), output).isZero();
        return output;
    }
}
