package dev.camelstudio.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a staged release bundle (the unpacked {@code central-bundle.zip} of release/stage.sh) as Maven Central
 * would, and for what camel-studio promises its users:
 * <ul>
 * <li>every artifact has its POM and SBOM (CycloneDX XML and JSON), and a jar artifact its jar, sources jar and
 * javadoc jar; the jar carries LICENSE and NOTICE, and none of its resources names a SNAPSHOT;</li>
 * <li>every file is signed ({@code .asc}, verified against the staging key) and has its checksums, which match;</li>
 * <li>no POM names a SNAPSHOT or the {@code revision} the build sets the version with;</li>
 * <li>every POM has a name and a description of its own, and a URL, a license, an SCM and a developer, its own or
 * its parent's;</li>
 * <li>the BOM lists every published jar and nothing else, and its parents manage no dependency (importing it pins
 * camel-studio's artifacts only);</li>
 * <li>every license in the SBOMs is one a published artifact may depend on ({@link LicensePolicy}).</li>
 * </ul>
 */
public final class BundleCheck {

    private static final String GROUP_PATH = "dev/camelstudio";
    private static final String BOM = "camel-studio-bom";
    /** What Central requires of every POM itself. */
    private static final List<List<String>> OWN = List.of(List.of("name"), List.of("description"));
    /** What Central requires of every POM, itself or through its parent. */
    private static final List<List<String>> INHERITABLE = List.of(List.of("url"),
            List.of("licenses", "license", "name"), List.of("scm", "url"), List.of("scm", "connection"),
            List.of("developers", "developer", "name"));

    private final Path bundle;
    private final String version;
    private final Signatures signatures;
    /** Each staged artifact's POM, by artifactId. */
    private final Map<String, StagedPom> poms = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private int files;

    private BundleCheck(Path bundle, String version, Signatures signatures) {
        this.bundle = bundle;
        this.version = version;
        this.signatures = signatures;
    }

    /**
     * Checks a bundle; exits with 1 if anything is wrong.
     *
     * @param args the unpacked bundle's folder, the release's version, the staging key's armored public key
     * @throws IOException if the bundle cannot be read or gpg cannot be run
     */
    public static void main(String[] args) throws IOException {
        BundleCheck check = check(Path.of(args[0]), args[1], Path.of(args[2]));
        Problems.exitIfAny("Bundle check", check.problems);
        System.out.printf("Bundle check: %d artifacts of %s, %d files, each signed and checksummed: %s%n",
                check.poms.size(), check.version, check.files, check.poms.keySet());
    }

    /**
     * Runs every check on a bundle.
     *
     * @param bundle    the unpacked bundle's folder
     * @param version   the release's version
     * @param publicKey the armored public key the files must be signed with
     * @return the finished check, whose {@link #problems()} say what is wrong
     * @throws IOException if the bundle cannot be read or gpg cannot be run
     */
    static BundleCheck check(Path bundle, String version, Path publicKey) throws IOException {
        try (Signatures signatures = Signatures.trusting(publicKey)) {
            BundleCheck check = new BundleCheck(bundle, version, signatures);
            check.run();
            return check;
        }
    }

    /** @return what is wrong with the bundle; empty if it is good */
    List<String> problems() {
        return problems;
    }

    private void run() throws IOException {
        readPoms();
        for (Map.Entry<String, StagedPom> artifact : poms.entrySet()) {
            String artifactId = artifact.getKey();
            Path folder = folder(artifactId);
            checkFiles(artifactId, artifact.getValue(), folder);
            checkPomText(artifactId, folder.resolve(fileName(artifactId, ".pom")));
            checkMetadata(artifactId);
            checkLicenses(artifactId, folder.resolve(fileName(artifactId, "-cyclonedx.xml")));
        }
        checkBom();
    }

    private void readPoms() throws IOException {
        Path group = bundle.resolve(GROUP_PATH);
        if (!Files.isDirectory(group)) {
            problems.add("The bundle has no " + GROUP_PATH + " folder");
            return;
        }
        try (Stream<Path> artifacts = Files.list(group)) {
            for (Path artifact : artifacts.sorted().toList()) {
                String artifactId = artifact.getFileName().toString();
                Path pom = folder(artifactId).resolve(fileName(artifactId, ".pom"));
                if (Files.isRegularFile(pom)) {
                    poms.put(artifactId, StagedPom.read(pom));
                } else {
                    problems.add(artifactId + " has no " + pom.getFileName() + " (versions staged: "
                            + listing(artifact) + ")");
                }
            }
        }
    }

    private void checkFiles(String artifactId, StagedPom pom, Path folder) throws IOException {
        List<String> expected = new ArrayList<>(List.of(".pom", "-cyclonedx.xml", "-cyclonedx.json"));
        if (pom.packaging().equals("jar")) {
            expected.addAll(List.of(".jar", "-sources.jar", "-javadoc.jar"));
        }
        for (String suffix : expected) {
            if (!Files.isRegularFile(folder.resolve(fileName(artifactId, suffix)))) {
                problems.add(artifactId + " has no " + fileName(artifactId, suffix));
            }
        }
        try (Stream<Path> staged = Files.list(folder)) {
            for (Path file : staged.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".asc") && !Checksums.isChecksum(name)) {
                    files++;
                    problems.addAll(signatures.problems(file));
                    problems.addAll(Checksums.problems(file));
                }
            }
        }
        if (pom.packaging().equals("jar")) {
            requireEntries(folder.resolve(fileName(artifactId, ".jar")), "META-INF/LICENSE", "META-INF/NOTICE");
            refuseSnapshotResources(folder.resolve(fileName(artifactId, ".jar")));
            requireEntries(folder.resolve(fileName(artifactId, "-javadoc.jar")), "index.html");
        }
    }

    private void requireEntries(Path jar, String... entries) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String entry : entries) {
                if (zip.getEntry(entry) == null) {
                    problems.add(jar.getFileName() + " has no " + entry);
                }
            }
        }
    }

    /** A resource of the jar that names a SNAPSHOT (a Kamelet's dependency, Camel's component JSON). */
    private void refuseSnapshotResources(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.isDirectory() && !entry.getName().endsWith(".class")
                        && new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
                                .contains("SNAPSHOT")) {
                    problems.add(jar.getFileName() + "'s " + entry.getName() + " names a SNAPSHOT");
                }
            }
        }
    }

    private void checkPomText(String artifactId, Path pom) throws IOException {
        String text = Files.readString(pom);
        if (text.contains("SNAPSHOT")) {
            problems.add(artifactId + "'s POM names a SNAPSHOT");
        }
        if (text.contains("${revision}")) {
            problems.add(artifactId + "'s POM names ${revision}: flatten-maven-plugin did not write the version in");
        }
    }

    private void checkMetadata(String artifactId) {
        for (List<String> path : OWN) {
            if (poms.get(artifactId).text(path.toArray(String[]::new)) == null) {
                problems.add(artifactId + "'s POM has no " + String.join("/", path)
                        + " of its own (Central does not take it from the parent)");
            }
        }
        for (List<String> path : INHERITABLE) {
            if (inherited(artifactId, path.toArray(String[]::new)) == null) {
                problems.add(artifactId + "'s POM has no " + String.join("/", path) + ", nor has its parent");
            }
        }
    }

    /** The POM's own value, else its parent's, up the chain of parents staged in this bundle. */
    private String inherited(String artifactId, String... path) {
        for (StagedPom pom = poms.get(artifactId); pom != null; pom = parentOf(pom)) {
            String text = pom.text(path);
            if (text != null) {
                return text;
            }
            if (pom.parentArtifactId() != null && !poms.containsKey(pom.parentArtifactId())) {
                problems.add(artifactId + "'s parent " + pom.parentArtifactId() + " is not in the bundle");
                return null;
            }
        }
        return null;
    }

    private void checkLicenses(String artifactId, Path sbom) throws IOException {
        if (Files.isRegularFile(sbom)) {
            for (Sbom.Component component : Sbom.components(sbom)) {
                problems.addAll(LicenseCheck.refusal(component, true, artifactId));
            }
        }
    }

    private void checkBom() {
        StagedPom bom = poms.get(BOM);
        if (bom == null) {
            problems.add("The bundle has no " + BOM);
            return;
        }
        for (StagedPom parent = parentOf(bom); parent != null; parent = parentOf(parent)) {
            if (!parent.managedArtifactIds().isEmpty()) {
                problems.add(BOM + "'s parent " + parent.artifactId() + " manages dependencies: "
                        + "importing the BOM would pin them too");
            }
        }
        Set<String> listed = new TreeSet<>(bom.managedArtifactIds());
        Set<String> published = new TreeSet<>();
        poms.forEach((artifactId, pom) -> {
            if (!pom.packaging().equals("pom")) {
                published.add(artifactId);
            }
        });
        for (String artifactId : published) {
            if (!listed.contains(artifactId)) {
                problems.add(BOM + " does not list " + artifactId + ", which the bundle publishes");
            }
        }
        for (String artifactId : listed) {
            if (!published.contains(artifactId)) {
                problems.add(BOM + " lists " + artifactId + ", which the bundle does not publish");
            }
        }
    }

    /** The POM's parent, if it has one and the bundle stages it. */
    private StagedPom parentOf(StagedPom pom) {
        return pom.parentArtifactId() == null ? null : poms.get(pom.parentArtifactId());
    }

    private Path folder(String artifactId) {
        return bundle.resolve(GROUP_PATH).resolve(artifactId).resolve(version);
    }

    private String fileName(String artifactId, String suffix) {
        return artifactId + "-" + version + suffix;
    }

    private static String listing(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(child -> child.getFileName().toString()).sorted().toList().toString();
        }
    }
}
