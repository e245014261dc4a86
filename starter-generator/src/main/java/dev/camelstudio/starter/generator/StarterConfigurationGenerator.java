package dev.camelstudio.starter.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes a starter's configuration class from its component's catalog, as Camel's own build writes its starters'
 * (camel-package-maven-plugin only looks at {@code org.apache.camel} artifacts). The starter's build runs it in
 * {@code generate-sources}, with the component on the class path: the catalog is read from the component's jar, as it
 * is published.
 */
public final class StarterConfigurationGenerator {

    private StarterConfigurationGenerator() {
    }

    /**
     * Writes the class under the output folder, in its package's folder. A file with the same content is left as it
     * is, so that the compiler does not see a change where there is none.
     *
     * @param args the catalog as a class path resource (e.g. {@code META-INF/dev/camelstudio/studio/studio.json}),
     *             then the folder of generated sources to write into
     * @throws IOException if the catalog cannot be found or read, or the class cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException(
                    "Usage: StarterConfigurationGenerator <catalog resource> <output folder>,"
                            + " not " + Arrays.toString(args));
        }
        String catalogResource = args[0];
        ConfigurationClassSource source = new ConfigurationClassSource(catalog(catalogResource), catalogResource);
        Path file = Path.of(args[1]).resolve(source.packageName().replace('.', '/'))
                .resolve(source.className() + ".java");
        byte[] text = source.text().getBytes(StandardCharsets.UTF_8);
        if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), text)) {
            Files.createDirectories(file.getParent());
            Files.write(file, text);
        }
    }

    private static ComponentCatalog catalog(String resource) throws IOException {
        try (InputStream json = StarterConfigurationGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            if (json == null) {
                throw new IOException(resource + " is not on the class path: the component's jar, which Camel's build "
                        + "writes it into, must be a dependency of the project that runs the generator");
            }
            return ComponentCatalog.read(json);
        }
    }
}
