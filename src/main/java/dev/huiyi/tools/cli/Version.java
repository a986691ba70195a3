package dev.huiyi.tools.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the pom's version, which the jar's manifest carries (Implementation-Version). */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[]{"huiyi " + (version == null ? "(not built from a jar)" : version)};
    }
}
