package dev.camelstudio.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The READMEs' Maven snippets and the BOM say the same: the BOM is imported at this build's version, and every
 * camel-studio artifact a snippet names is one the BOM pins, named without a version of its own.
 */
class ReadmeInstallTest {

    /** Surefire runs in the module's folder; the READMEs are the repository's. */
    private static final Path ROOT = Path.of("..");
    private static final Pattern XML_BLOCK = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL);
    private static final Pattern OUR_DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>dev\\.camelstudio</groupId>\\s*<artifactId>([^<]+)</artifactId>(.*?)</dependency>",
            Pattern.DOTALL);

    @Test
    void theInstallSectionImportsTheBomOfThisBuild() throws IOException {
        String developmentVersion = Files.readString(ROOT.resolve(".mvn/maven.config")).strip()
                .replace("-Drevision=", "");

        String install = xmlBlocks(ROOT.resolve("README.md")).get(0);

        assertThat(install.replaceAll("\\s+", "")).contains(("<dependency><groupId>dev.camelstudio</groupId>"
                + "<artifactId>camel-studio-bom</artifactId><version>%s</version><type>pom</type>"
                + "<scope>import</scope></dependency>").formatted(developmentVersion));
    }

    @Test
    void everyArtifactTheReadmesNameIsPinnedByTheBom() throws IOException {
        List<String> pinned = StagedPom.read(ROOT.resolve("camel-studio-bom/pom.xml")).managedArtifactIds();
        List<String> named = new ArrayList<>();
        for (Path readme : List.of(ROOT.resolve("README.md"), ROOT.resolve("camel-studio-starter/README.md"))) {
            for (String block : xmlBlocks(readme)) {
                Matcher dependency = OUR_DEPENDENCY.matcher(block);
                while (dependency.find()) {
                    String artifactId = dependency.group(1);
                    if (!artifactId.equals("camel-studio-bom")) {
                        named.add(artifactId);
                        assertThat(dependency.group(2)).as("%s in %s: its version comes from the BOM", artifactId,
                                readme).doesNotContain("<version>");
                    }
                }
            }
        }

        assertThat(named).contains("camel-studio", "camel-studio-starter", "camel-studio-simulator");
        assertThat(pinned).containsAll(named);
    }

    private static List<String> xmlBlocks(Path readme) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher block = XML_BLOCK.matcher(Files.readString(readme));
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }
}
