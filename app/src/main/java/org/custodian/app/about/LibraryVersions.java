package org.custodian.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Manifest;

/**
 * Versions of the libraries on the class path, read from their jar manifests so the app needs no code
 * dependency on the storage libraries (the UI reaches data only through core).
 */
final class LibraryVersions {

    /** Bundle-SymbolicName in each jar's manifest, and the name to show. */
    private static final Map<String, String> BUNDLES = Map.of(
            "com.h2database", "H2",
            "jooq", "jOOQ",
            "bcprov", "Bouncy Castle");

    private LibraryVersions() {
    }

    static Map<String, String> read(ClassLoader loader) {
        Map<String, String> found = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
                try (InputStream in = url.openStream()) {
                    var attributes = new Manifest(in).getMainAttributes();
                    String bundle = attributes.getValue("Bundle-SymbolicName");
                    String name = bundle == null ? null : BUNDLES.get(bundle.split(";")[0].strip());
                    String version = attributes.getValue("Bundle-Version");
                    if (name != null && version != null) {
                        found.putIfAbsent(name, version);
                    }
                }
            }
        } catch (IOException e) {
            // An unreadable manifest only means a version shows as unknown.
            return found;
        }
        return found;
    }

    /** The app's own version, written into a resource at build time. */
    static String appVersion(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream("org/custodian/app/about/version.properties")) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }
}
