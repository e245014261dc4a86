package dev.camelstudio.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.camelstudio.release.TestBundle.JAR;
import static org.assertj.core.api.Assertions.assertThat;

/** What BundleCheck finds in a bundle shaped as release/stage.sh stages one, with one thing broken at a time. */
class BundleCheckTest {

    @TempDir
    Path folder;
    private TestBundle bundle;

    @BeforeEach
    void stageAGoodBundle() throws IOException {
        bundle = TestBundle.goodIn(folder);
    }

    @AfterEach
    void deleteTheKey() throws IOException {
        bundle.close();
    }

    @Test
    void aCompleteSignedBundleHasNoProblem() throws IOException {
        assertThat(bundle.problems()).isEmpty();
    }

    @Test
    void aJarArtifactNeedsItsJarSourcesJavadocAndSbom() throws IOException {
        bundle.delete(JAR, "-javadoc.jar");
        bundle.delete(JAR, "-cyclonedx.json");

        assertThat(bundle.problems()).containsExactlyInAnyOrder("camel-studio has no camel-studio-1.2.3-javadoc.jar",
                "camel-studio has no camel-studio-1.2.3-cyclonedx.json");
    }

    @Test
    void aFileChangedAfterSigningFailsItsSignatureAndChecksums() throws IOException {
        bundle.tamper(JAR, ".jar");

        assertThat(bundle.problems()).anySatisfy(
                problem -> assertThat(problem).startsWith("camel-studio-1.2.3.jar.asc does not verify"))
                .anySatisfy(problem -> assertThat(problem).startsWith("camel-studio-1.2.3.jar.md5 says"))
                .anySatisfy(problem -> assertThat(problem).startsWith("camel-studio-1.2.3.jar.sha1 says"));
    }

    @Test
    void aSignatureOfAnotherKeyDoesNotVerify() throws IOException {
        try (TestBundle other = TestBundle.goodIn(folder.resolve("other"))) {
            Files.copy(other.file(JAR, ".pom.asc"), bundle.file(JAR, ".pom.asc"),
                    StandardCopyOption.REPLACE_EXISTING);
        }

        assertThat(bundle.problems()).singleElement().asString()
                .startsWith("camel-studio-1.2.3.pom.asc does not verify");
    }

    @Test
    void anUnsignedFileIsAProblem() throws IOException {
        Files.delete(bundle.file(JAR, "-sources.jar.asc"));

        assertThat(bundle.problems()).containsExactly("camel-studio-1.2.3-sources.jar is not signed (no .asc)");
    }

    @Test
    void aPomThatNamesASnapshotOrTheRevisionIsAProblem() throws IOException {
        bundle.write(JAR, ".pom", TestBundle.child(JAR, "jar",
                "<dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId>"
                        + "<version>1.0-SNAPSHOT</version></dependency></dependencies>",
                "camel-studio-parent").replace("<version>1.2.3</version>", "<version>${revision}</version>"));

        assertThat(bundle.problems()).containsExactlyInAnyOrder("camel-studio's POM names a SNAPSHOT",
                "camel-studio's POM names ${revision}: flatten-maven-plugin did not write the version in");
    }

    @Test
    void centralWantsANameOfEachPomAndTheRestFromTheParentChain() throws IOException {
        bundle.write(JAR, ".pom", TestBundle.child(JAR, "jar", "", "camel-studio-parent")
                .replace("<name>camel-studio</name>", ""));
        bundle.write("camel-studio-project", ".pom", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <artifactId>camel-studio-project</artifactId><packaging>pom</packaging>
                  <name>project</name><description>the project</description>
                  <url>https://example.invalid/camel-studio</url>
                  <licenses><license><name>Apache-2.0</name></license></licenses>
                  <developers><developer><name>The camel-studio developers</name></developer></developers>
                </project>
                """);

        assertThat(bundle.problems()).contains("camel-studio's POM has no name of its own "
                + "(Central does not take it from the parent)",
                "camel-studio's POM has no scm/url, nor has its parent",
                "camel-studio-bom's POM has no scm/connection, nor has its parent");
    }

    @Test
    void theBomListsEveryPublishedJarAndNothingElse() throws IOException {
        bundle.write("camel-studio-bom", ".pom", TestBundle.child("camel-studio-bom", "pom",
                TestBundle.managing("camel-studio-zookeeper"), "camel-studio-project"));

        assertThat(bundle.problems()).containsExactlyInAnyOrder(
                "camel-studio-bom does not list camel-studio, which the bundle publishes",
                "camel-studio-bom lists camel-studio-zookeeper, which the bundle does not publish");
    }

    @Test
    void theBomsParentsManageNoDependency() throws IOException {
        bundle.write("camel-studio-bom", ".pom", TestBundle.child("camel-studio-bom", "pom",
                TestBundle.managing(JAR), "camel-studio-parent"));

        assertThat(bundle.problems()).containsExactly("camel-studio-bom's parent camel-studio-parent manages "
                + "dependencies: importing the BOM would pin them too");
    }

    @Test
    void theJarCarriesTheLicenseAndTheNotice() throws IOException {
        bundle.write(JAR, ".jar", Map.of("META-INF/LICENSE", "Apache-2.0"));

        assertThat(bundle.problems()).containsExactly("camel-studio-1.2.3.jar has no META-INF/NOTICE");
    }

    @Test
    void noResourceOfTheJarNamesASnapshot() throws IOException {
        bundle.write(JAR, ".jar", Map.of("META-INF/LICENSE", "Apache-2.0", "META-INF/NOTICE", "camel-studio",
                "kamelets/source.kamelet.yaml", "dependencies: [mvn:dev.camelstudio:camel-studio:1.2.3-SNAPSHOT]"));

        assertThat(bundle.problems())
                .containsExactly("camel-studio-1.2.3.jar's kamelets/source.kamelet.yaml names a SNAPSHOT");
    }

    @Test
    void aPublishedArtifactMayNotDependOnLgplCode() throws IOException {
        bundle.write(JAR, "-cyclonedx.xml", TestBundle.sbom("LGPL-2.1-only"));

        assertThat(bundle.problems()).singleElement().asString().startsWith(
                "camel-studio depends on org.example:lib:1.0, licensed [LGPL-2.1-only], which a published artifact "
                        + "may not depend on");
    }
}
