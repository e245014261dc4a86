package dev.camelstudio.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks the licenses of what every module of the tree depends on, from the SBOM the build wrote for it
 * ({@code target/bom.xml}), against {@link LicensePolicy} as it stands for modules that are never published; the
 * release staging checks the published artifacts' SBOMs again, as published ({@link BundleCheck}).
 */
public final class LicenseCheck {

    private static final String SBOM = "target/bom.xml";

    private LicenseCheck() {
    }

    /**
     * Checks every module under a root folder; exits with 1 if a license is refused or a module has no SBOM.
     *
     * @param args the root folder of the tree
     * @throws IOException if a POM or an SBOM cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        List<String> problems = new ArrayList<>();
        int components = 0;
        List<Path> modules = modules(root);
        for (Path module : modules) {
            Path sbom = module.resolve(SBOM);
            if (!Files.isRegularFile(sbom)) {
                problems.add(root.relativize(module) + " has no " + SBOM + ": build the whole tree, online "
                        + "(./mvnw verify; the SBOM plugin skips itself offline), not this module alone");
                continue;
            }
            for (Sbom.Component component : Sbom.components(sbom)) {
                components++;
                problems.addAll(refusal(component, false, root.relativize(module).toString()));
            }
        }
        Problems.exitIfAny("License check", problems);
        System.out.printf("License check: %d modules, %d dependencies, every license accepted%n", modules.size(),
                components);
    }

    /**
     * Why a component is refused, if it is.
     *
     * @param component a component of an SBOM
     * @param published whether the module that depends on it is published
     * @param module    the module, as the message names it
     * @return the problem, or nothing if the component's licenses are accepted
     */
    static List<String> refusal(Sbom.Component component, boolean published, String module) {
        if (LicensePolicy.accepts(component.licenses(), published)) {
            return List.of();
        }
        return List.of(module + " depends on " + component.coordinates() + ", licensed "
                + (component.licenses().isEmpty() ? "(no license declared)" : component.licenses())
                + (published ? ", which a published artifact may not depend on" : ", which is not accepted")
                + ": read its license and, if it fits, add it to release/.../LicensePolicy.java");
    }

    private static boolean isBuildOutput(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    /** Every module folder of the tree: a pom.xml beside a src folder, outside the build's output. */
    private static List<Path> modules(Path root) throws IOException {
        try (Stream<Path> poms = Files.walk(root)) {
            return poms.filter(path -> path.getFileName().toString().equals("pom.xml"))
                    .map(Path::getParent)
                    .filter(module -> Files.isDirectory(module.resolve("src")))
                    .filter(module -> !isBuildOutput(root.relativize(module)))
                    .sorted()
                    .toList();
        }
    }
}
