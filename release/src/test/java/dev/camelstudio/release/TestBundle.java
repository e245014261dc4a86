package dev.camelstudio.release;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small bundle shaped as release/stage.sh stages camel-studio's: the project POM with the metadata, the parent
 * with the dependency versions, the BOM, and one jar artifact, every file signed with a throwaway key and
 * checksummed. Tests break one thing of it and look for the problem.
 */
final class TestBundle implements AutoCloseable {

    static final String VERSION = "1.2.3";
    static final String JAR = "camel-studio";

    private static final String PROJECT_POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <groupId>dev.camelstudio</groupId><artifactId>camel-studio-project</artifactId><version>1.2.3</version>
              <packaging>pom</packaging><name>project</name><description>the project</description>
              <url>https://example.invalid/camel-studio</url>
              <licenses><license><name>Apache-2.0</name></license></licenses>
              <developers><developer><name>The camel-studio developers</name></developer></developers>
              <scm><url>https://example.invalid/scm</url><connection>scm:git:https://example.invalid</connection></scm>
            </project>
            """;

    private final Gpg gpg;
    private final Path root;
    private final Path publicKey;

    private TestBundle(Gpg gpg, Path root) throws IOException {
        this.gpg = gpg;
        this.root = root;
        require(gpg.run("--passphrase", "", "--quick-generate-key", "test <test@camelstudio.invalid>", "ed25519",
                "sign", "1d"));
        this.publicKey = Files.createDirectories(root).resolve("key.asc");
        Files.writeString(publicKey, require(gpg.run("--armor", "--export")).output());
    }

    /**
     * A good bundle under a folder.
     *
     * @param folder where to write it
     * @return the bundle
     * @throws IOException if it cannot be written or signed
     */
    static TestBundle goodIn(Path folder) throws IOException {
        TestBundle bundle = new TestBundle(Gpg.inNewHome(), folder);
        bundle.write("camel-studio-project", ".pom", PROJECT_POM);
        bundle.write("camel-studio-parent", ".pom", child("camel-studio-parent", "pom",
                "<dependencyManagement><dependencies><dependency><groupId>org.apache.camel</groupId>"
                        + "<artifactId>camel-bom</artifactId><version>4.18.0</version></dependency></dependencies>"
                        + "</dependencyManagement>",
                "camel-studio-project"));
        bundle.write("camel-studio-bom", ".pom", child("camel-studio-bom", "pom", managing(JAR),
                "camel-studio-project"));
        bundle.write(JAR, ".pom", child(JAR, "jar", "", "camel-studio-parent"));
        bundle.write(JAR, ".jar", Map.of("META-INF/LICENSE", "Apache-2.0", "META-INF/NOTICE", "camel-studio"));
        bundle.write(JAR, "-sources.jar", Map.of("Some.java", "class Some {}"));
        bundle.write(JAR, "-javadoc.jar", Map.of("index.html", "<html/>"));
        for (String artifactId : new String[]{"camel-studio-project", "camel-studio-parent", "camel-studio-bom",
                JAR}) {
            bundle.write(artifactId, "-cyclonedx.xml", sbom("Apache-2.0"));
            bundle.write(artifactId, "-cyclonedx.json", "{}");
        }
        return bundle;
    }

    /** A POM with a parent staged in the bundle. */
    static String child(String artifactId, String packaging, String body, String parent) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <parent><groupId>dev.camelstudio</groupId><artifactId>%s</artifactId><version>1.2.3</version></parent>
                  <artifactId>%s</artifactId><packaging>%s</packaging><name>%s</name><description>it</description>
                  %s
                </project>
                """.formatted(parent, artifactId, packaging, artifactId, body);
    }

    /** A dependencyManagement of camel-studio artifacts. */
    static String managing(String... artifactIds) {
        StringBuilder dependencies = new StringBuilder("<dependencyManagement><dependencies>");
        for (String artifactId : artifactIds) {
            dependencies.append("<dependency><groupId>dev.camelstudio</groupId><artifactId>").append(artifactId)
                    .append("</artifactId><version>${project.version}</version></dependency>");
        }
        return dependencies.append("</dependencies></dependencyManagement>").toString();
    }

    /** A CycloneDX SBOM of one component with one license, as cyclonedx-maven-plugin writes it. */
    static String sbom(String license) {
        return """
                <bom xmlns="http://cyclonedx.org/schema/bom/1.6">
                  <metadata><tools><components><component><group>org.cyclonedx</group><name>plugin</name>
                  </component></components></tools></metadata>
                  <components><component type="library"><group>org.example</group><name>lib</name>
                    <version>1.0</version><licenses><license><id>%s</id></license></licenses></component></components>
                </bom>
                """.formatted(license);
    }

    /**
     * Writes a text file of an artifact, signed and checksummed.
     *
     * @param artifactId the artifact
     * @param suffix     what follows {@code artifactId-version} in the file's name
     * @param text       its content
     * @return the file
     * @throws IOException if it cannot be written or signed
     */
    Path write(String artifactId, String suffix, String text) throws IOException {
        Path file = file(artifactId, suffix);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return signAndChecksum(file);
    }

    /** Writes a jar of an artifact with the given entries, signed and checksummed. */
    Path write(String artifactId, String suffix, Map<String, String> entries) throws IOException {
        Path file = file(artifactId, suffix);
        Files.createDirectories(file.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return signAndChecksum(file);
    }

    /** Changes a file after it was signed and checksummed. */
    void tamper(String artifactId, String suffix) throws IOException {
        try (OutputStream out = Files.newOutputStream(file(artifactId, suffix), StandardOpenOption.APPEND)) {
            out.write('!');
        }
    }

    /** Deletes a file and what was made beside it. */
    void delete(String artifactId, String suffix) throws IOException {
        for (String beside : new String[]{"", ".asc", ".md5", ".sha1"}) {
            Files.deleteIfExists(file(artifactId, suffix + beside));
        }
    }

    Path file(String artifactId, String suffix) {
        return root.resolve("dev/camelstudio").resolve(artifactId).resolve(VERSION)
                .resolve(artifactId + "-" + VERSION + suffix);
    }

    /** @return what BundleCheck finds wrong */
    List<String> problems() throws IOException {
        return BundleCheck.check(root, VERSION, publicKey).problems();
    }

    private Path signAndChecksum(Path file) throws IOException {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".asc"));
        require(gpg.run("--armor", "--detach-sign", file.toString()));
        Files.writeString(file.resolveSibling(file.getFileName() + ".md5"), digest(file, "MD5"));
        Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), digest(file, "SHA-1"));
        return file;
    }

    private static String digest(Path file, String algorithm) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Gpg.Result require(Gpg.Result result) {
        if (result.exitCode() != 0) {
            throw new IllegalStateException("gpg failed: " + result.output());
        }
        return result;
    }

    @Override
    public void close() throws IOException {
        gpg.close();
    }
}
