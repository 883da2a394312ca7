package org.stepsizelab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven packaged into the jar (META-INF/maven/…/pom.properties). */
final class Version implements IVersionProvider {
    private static final String POM_PROPERTIES = "/META-INF/maven/org.stepsizelab/stepsize-lab/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"stepsize-lab " + version(), "Java " + System.getProperty("java.version")};
    }

    static String version() {
        try (InputStream in = Version.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "(unknown version)");
            }
        } catch (IOException ignored) {
            // fall through: running from classes, not from the packaged jar
        }
        return "(development build)";
    }
}
