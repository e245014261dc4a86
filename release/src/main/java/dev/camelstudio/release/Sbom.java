package dev.camelstudio.release;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A CycloneDX SBOM as the build writes it (cyclonedx-maven-plugin, XML): the components a module depends on at run
 * time, each with the licenses its POM declares.
 */
final class Sbom {

    /**
     * One component of an SBOM.
     *
     * @param group    its Maven groupId
     * @param name     its Maven artifactId
     * @param version  its version
     * @param licenses the SPDX ids, names or expressions of its licenses, as its POM declares them; empty if none
     */
    record Component(String group, String name, String version, List<String> licenses) {

        /** @return {@code group:name:version} */
        String coordinates() {
            return group + ":" + name + ":" + version;
        }
    }

    private Sbom() {
    }

    /**
     * The top-level components of an SBOM, not the tools that wrote it.
     *
     * @param file a CycloneDX XML file
     * @return its components, in the file's order
     * @throws IOException if the file cannot be read or is not XML
     */
    static List<Component> components(Path file) throws IOException {
        Document document = Xml.parse(file);
        List<Component> components = new ArrayList<>();
        for (Element list : Xml.children(document.getDocumentElement(), "components")) {
            for (Element component : Xml.children(list, "component")) {
                components.add(new Component(Xml.text(component, "group"), Xml.text(component, "name"),
                        Xml.text(component, "version"), licenses(component)));
            }
        }
        return components;
    }

    /** A license is an SPDX id, a free name, or (instead of a list) an SPDX expression. */
    private static List<String> licenses(Element component) {
        List<String> licenses = new ArrayList<>();
        for (Element list : Xml.children(component, "licenses")) {
            for (Element choice : Xml.children(list, null)) {
                if (choice.getLocalName().equals("expression")) {
                    licenses.add(choice.getTextContent().trim());
                } else {
                    String id = Xml.text(choice, "id");
                    licenses.add(id != null ? id : Xml.text(choice, "name"));
                }
            }
        }
        return licenses;
    }
}
