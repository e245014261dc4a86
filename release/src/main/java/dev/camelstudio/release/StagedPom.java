package dev.camelstudio.release;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.w3c.dom.Element;

/** A POM of the bundle, read for what Central asks of it. */
final class StagedPom {

    private final Element project;

    private StagedPom(Element project) {
        this.project = project;
    }

    /**
     * @param file a POM
     * @return it, read
     * @throws IOException if it cannot be read or is not XML
     */
    static StagedPom read(Path file) throws IOException {
        return new StagedPom(Xml.parse(file).getDocumentElement());
    }

    /** @return its artifactId */
    String artifactId() {
        return Xml.text(project, "artifactId");
    }

    /** @return its packaging, {@code jar} if it names none */
    String packaging() {
        String packaging = Xml.text(project, "packaging");
        return packaging == null ? "jar" : packaging;
    }

    /** @return the artifactId of its parent, or {@code null} if it has none */
    String parentArtifactId() {
        List<Element> parent = Xml.children(project, "parent");
        return parent.isEmpty() ? null : Xml.text(parent.get(0), "artifactId");
    }

    /**
     * The text of an element below the project, following a path of child names.
     *
     * @param path child names from the project down, e.g. {@code scm}, {@code url}
     * @return its text, or {@code null} if the POM does not have it
     */
    String text(String... path) {
        Element element = project;
        for (int i = 0; i < path.length - 1; i++) {
            List<Element> children = Xml.children(element, path[i]);
            if (children.isEmpty()) {
                return null;
            }
            element = children.get(0);
        }
        return Xml.text(element, path[path.length - 1]);
    }

    /** @return the artifactIds its dependencyManagement lists, in order */
    List<String> managedArtifactIds() {
        return Xml.children(project, "dependencyManagement").stream()
                .flatMap(management -> Xml.children(management, "dependencies").stream())
                .flatMap(dependencies -> Xml.children(dependencies, "dependency").stream())
                .map(dependency -> Xml.text(dependency, "artifactId"))
                .toList();
    }
}
