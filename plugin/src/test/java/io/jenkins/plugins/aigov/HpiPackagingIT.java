package io.jenkins.plugins.aigov;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hudson.Extension;
import jenkins.YesNoMaybe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the built {@code ai-code-governance.hpi} (run by failsafe after {@code package}) and checks it the way
 * Jenkins core reads it: the layout and manifest of shared/docs/jenkins-api.md §3, the extension index, the
 * plugin dependencies against the classes actually referenced, and that nothing core or a plugin provides is
 * bundled (least of all the compile-only signature jar).
 */
class HpiPackagingIT {
    private static final String PLUGIN_JAR = "WEB-INF/lib/ai-code-governance.jar";
    private static final String JENKINS_VERSION = System.getProperty("hpi.jenkinsVersion", "2.541.3");

    /** Package of a Jenkins plugin's classes → the plugin's short name and the version this project builds on. */
    private static final Map<String, String> PLUGIN_PACKAGES = new LinkedHashMap<>();

    static {
        // longest prefixes first; versions from shared/docs/jenkins-api.md §1 (BOM line 2.541.x)
        PLUGIN_PACKAGES.put("org/jenkinsci/plugins/workflow/steps/", "workflow-step-api:724.v538c2362b_dfb_");
        PLUGIN_PACKAGES.put("org/jenkinsci/plugins/workflow/cps/", "workflow-cps:4370.v49a_6937566b_6");
        PLUGIN_PACKAGES.put("org/jenkinsci/plugins/workflow/support/", "workflow-support:1015.v785e5a_b_b_8b_22");
        PLUGIN_PACKAGES.put("org/jenkinsci/plugins/workflow/job/", "workflow-job:1590.v49101d088542");
        PLUGIN_PACKAGES.put("org/jenkinsci/plugins/workflow/", "workflow-api:1413.v2ff1a_5e720fa_");
        PLUGIN_PACKAGES.put("com/cloudbees/plugins/credentials/", "credentials:1511.v2e3cb_0008ef0");
        PLUGIN_PACKAGES.put("org/jenkinsci/plugins/plaincredentials/", "plain-credentials:199.v9f8e1f741799");
        PLUGIN_PACKAGES.put("org/jenkinsci/plugins/structs/", "structs:362.va_b_695ef4fdf9");
        PLUGIN_PACKAGES.put("jenkins/scm/api/", "scm-api:728.vc30dcf7a_0df5");
        PLUGIN_PACKAGES.put("hudson/plugins/git/", "git:5.10.1");
        PLUGIN_PACKAGES.put("jenkins/plugins/git/", "git:5.10.1");
        PLUGIN_PACKAGES.put("hudson/tasks/junit/", "junit:1424.vc64a_edde7777");
    }

    /** Bundled jars published without Maven metadata: artifact file name (no version) → groupId:artifactId. */
    private static final Map<String, String> WITHOUT_MAVEN_METADATA = Map.of("re2j", "com.google.re2j:re2j");

    /** Packages whose classes must come from core, a plugin, or the build tools: never from the .hpi. */
    private static final List<String> FOREIGN_PACKAGES = List.of("hudson/", "jenkins/", "org/kohsuke/stapler/",
            "org/jenkinsci/", "org/jvnet/hudson/", "net/java/sezpoz/", "io/jenkins/plugins/aigov/apt/",
            "org/slf4j/", "org/apache/commons/codec/", "com/google/common/", "jakarta/servlet/",
            "org/springframework/", "net/sf/json/");

    @TempDir
    static Path unpacked;

    private static Path hpi;
    private static Manifest manifest;
    private static Path pluginJar;

    @BeforeAll
    static void open() throws IOException {
        hpi = Path.of(System.getProperty("hpi.file", "target/ai-code-governance.hpi"));
        assertThat(hpi).as("the .hpi built by `package`").isRegularFile();
        try (JarFile jar = new JarFile(hpi.toFile())) {
            manifest = jar.getManifest();
            ZipEntry entry = jar.getEntry(PLUGIN_JAR);
            assertThat(entry).as(PLUGIN_JAR).isNotNull();
            pluginJar = unpacked.resolve("ai-code-governance.jar");
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, pluginJar);
            }
        }
    }

    @Test
    void shouldHaveTheLayoutCoreExpects() throws IOException {
        List<String> names = entries(hpi);

        assertThat(names).contains("META-INF/MANIFEST.MF", PLUGIN_JAR,
                "META-INF/maven/io.jenkins.plugins.aigov/ai-code-governance/pom.xml");
        assertThat(names).noneMatch(n -> n.startsWith("WEB-INF/classes"));
        assertThat(names).filteredOn(n -> !n.endsWith("/"))
                .allMatch(n -> n.startsWith("META-INF/") || n.startsWith("WEB-INF/lib/") && n.endsWith(".jar"));
    }

    @Test
    void shouldCarryEveryManifestHeaderCoreAndTheUpdateCenterRead() {
        Attributes main = manifest.getMainAttributes();
        String version = System.getProperty("hpi.expectedVersion");

        assertThat(main.getValue("Manifest-Version")).isEqualTo("1.0");
        assertThat(main.getValue("Short-Name")).isEqualTo("ai-code-governance");
        assertThat(main.getValue("Long-Name")).isEqualTo("AI Code Governance");
        assertThat(main.getValue("Group-Id")).isEqualTo("io.jenkins.plugins.aigov");
        assertThat(main.getValue("Artifact-Id")).isEqualTo("ai-code-governance");
        assertThat(main.getValue("Url")).isEqualTo("https://github.com/jenkinsci/ai-code-governance-plugin");
        assertThat(main.getValue("Plugin-Version")).isNotBlank().isEqualTo(version);
        assertThat(main.getValue("Implementation-Version")).isEqualTo(version);
        assertThat(main.getValue("Implementation-Title")).isEqualTo("AI Code Governance");
        assertThat(main.getValue("Specification-Title")).isEqualTo("AI Code Governance");
        assertThat(main.getValue("Jenkins-Version")).isEqualTo(JENKINS_VERSION);
        assertThat(main.getValue("Hudson-Version")).isEqualTo(JENKINS_VERSION);
        assertThat(main.getValue("Plugin-Developers")).isNotNull();
        assertThat(main.getValue("Plugin-Class")).as("no hudson.Plugin subclass").isNull();
        assertThat(main.getValue("Extension-Name")).isNull();
    }

    @Test
    void shouldDependOnExactlyThePluginsWhoseClassesItReferences() throws IOException {
        Set<String> referenced = new TreeSet<>();
        for (Path jar : bundledJars()) {
            for (String constant : classConstants(jar)) {
                for (Map.Entry<String, String> plugin : PLUGIN_PACKAGES.entrySet()) {
                    if (constant.contains(plugin.getKey())) {
                        referenced.add(plugin.getValue());
                        break;
                    }
                }
            }
        }
        String header = manifest.getMainAttributes().getValue("Plugin-Dependencies");

        assertThat(referenced).as("plugins referenced from the bundled classes")
                .contains("workflow-step-api:724.v538c2362b_dfb_", "workflow-api:1413.v2ff1a_5e720fa_",
                        "credentials:1511.v2e3cb_0008ef0", "plain-credentials:199.v9f8e1f741799");
        assertThat(new TreeSet<>(List.of(header.split(",")))).isEqualTo(referenced);
    }

    @Test
    void shouldIndexTheStepDescriptorAsAnExtension() throws IOException {
        List<String> extensions = new ArrayList<>();
        Set<YesNoMaybe> loadable = new TreeSet<>();
        try (URLClassLoader loader = onlyThePluginJar()) {
            for (IndexItem<Extension, Object> item : Index.load(Extension.class, Object.class, loader)) {
                extensions.add(item.className());
                loadable.add(item.annotation().dynamicLoadable());
            }
        }

        assertThat(extensions).contains("io.jenkins.plugins.aigov.provenance.AiProvenanceStep$DescriptorImpl",
                "io.jenkins.plugins.aigov.gates.AiGatesStep$DescriptorImpl",
                "io.jenkins.plugins.aigov.config.AiGovernanceConfiguration",
                "io.jenkins.plugins.aigov.config.RegistryEntry$DescriptorImpl",
                "io.jenkins.plugins.aigov.trend.AiTrendActionFactory");
        // maven-hpi-plugin's rule: any NO → false, any MAYBE → no header, all YES → true
        String expected = loadable.contains(YesNoMaybe.NO) ? "false"
                : loadable.contains(YesNoMaybe.MAYBE) ? null : "true";
        assertThat(manifest.getMainAttributes().getValue("Support-Dynamic-Loading")).isEqualTo(expected);
    }

    @Test
    void shouldPackClassesViewsHelpAndIndexesIntoThePluginJar() throws IOException {
        List<String> names = entries(pluginJar);
        String views = "io/jenkins/plugins/aigov/provenance/";
        String gates = "io/jenkins/plugins/aigov/gates/";
        String config = "io/jenkins/plugins/aigov/config/";

        assertThat(names).contains("index.jelly", "META-INF/annotations/hudson.Extension",
                views + "AiProvenanceStep.class", views + "AiProvenanceStep$DescriptorImpl.class",
                views + "ProvenanceCallable.class", views + "ProvenanceAction.class",
                views + "ProvenanceAction/summary.jelly", views + "ProvenanceViewModel/index.jelly",
                views + "AiProvenanceStep/config.jelly", views + "AiProvenanceStep/help.html",
                views + "AiProvenanceStep/help-base.html", views + "AiProvenanceStep/help-head.html",
                views + "AiProvenanceStep/help-maxCommits.html", views + "AiProvenanceStep/help-markers.html",
                views + "Messages.properties");
        assertThat(names).contains(gates + "AiGatesStep.class", gates + "GatesCallable.class",
                gates + "GatesAction/summary.jelly", gates + "GatesViewModel/index.jelly",
                gates + "AiGatesStep/config.jelly", gates + "AiGatesStep/help.html", gates + "Messages.properties",
                config + "AiGovernanceConfiguration/config.jelly", config + "RegistryEntry/config.jelly");
        String bom = "io/jenkins/plugins/aigov/bom/";
        assertThat(names).contains(bom + "AiBomStep.class", bom + "AiBomStep$DescriptorImpl.class",
                bom + "BomCallable.class", bom + "BomAction.class", bom + "BomAction/summary.jelly",
                bom + "BomViewModel/index.jelly", bom + "AiBomStep/config.jelly", bom + "AiBomStep/help.html",
                bom + "AiBomStep/help-sign.html", bom + "Messages.properties",
                "io/jenkins/plugins/aigov/trend/AiTrendActionFactory.class",
                "io/jenkins/plugins/aigov/trend/AiTrendAction/floatingBox.jelly",
                "io/jenkins/plugins/aigov/trend/AiTrendAction/index.jelly");
        assertThat(text(pluginJar, "META-INF/services/annotations/org.kohsuke.stapler.export.ExportedBean"))
                .isEqualTo("io.jenkins.plugins.aigov.bom.BomAction\n"
                        + "io.jenkins.plugins.aigov.gates.GatesAction\n"
                        + "io.jenkins.plugins.aigov.provenance.ProvenanceAction\n"
                        + "io.jenkins.plugins.aigov.trend.AiTrendAction\n"
                        + "io.jenkins.plugins.aigov.trend.TrendPoint\n");
        assertThat(text(pluginJar, "META-INF/services/annotations/org.jenkinsci.Symbol"))
                .isEqualTo("io.jenkins.plugins.aigov.config.AiGovernanceConfiguration\n"
                        + "io.jenkins.plugins.aigov.config.RegistryEntry$DescriptorImpl\n");
        assertThat(classConstants(pluginJar)).as("compiled with -parameters (Stapler binds parameters by name)")
                .contains("MethodParameters");
        boolean usesSymbol = classConstants(pluginJar).stream().anyMatch(c -> c.contains("Lorg/jenkinsci/Symbol;"));
        assertThat(names.contains("META-INF/services/annotations/org.jenkinsci.Symbol")).isEqualTo(usesSymbol);
    }

    @Test
    void shouldBundleOnlyTheEngineAndItsLibrariesThatCoreLacks() throws IOException {
        List<String> denied = Files.readAllLines(Path.of("src/test/resources/io/jenkins/plugins/aigov/"
                + "core-bundled-libraries.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        Set<String> bundled = new TreeSet<>();
        for (Path jar : bundledJars()) {
            if (jar.equals(pluginJar)) {
                continue;
            }
            String coordinates = coordinates(jar);
            bundled.add(coordinates);
            assertThat(denied).as(coordinates + " is already in Jenkins core")
                    .noneMatch(d -> d.equals(coordinates)
                            || d.endsWith(":*") && coordinates.startsWith(d.substring(0, d.length() - 1)));
        }
        for (Path jar : bundledJars()) {
            assertThat(entries(jar)).as("classes of core, plugins or the signature jar in " + jar.getFileName())
                    .noneMatch(n -> n.endsWith(".class") && FOREIGN_PACKAGES.stream().anyMatch(n::startsWith));
        }

        assertThat(bundled).containsExactlyInAnyOrder("io.jenkins.plugins.aigov:aigov-engine",
                "org.eclipse.jgit:org.eclipse.jgit", "com.googlecode.javaewah:JavaEWAH",
                "com.fasterxml.jackson.core:jackson-databind", "com.fasterxml.jackson.core:jackson-core",
                "com.fasterxml.jackson.core:jackson-annotations",
                "com.fasterxml.jackson.dataformat:jackson-dataformat-yaml", "org.yaml:snakeyaml",
                // the engine's gates (re2j, javaparser) and AI-BOM (CycloneDX core and what it needs; its
                // commons-io is core's)
                "com.google.re2j:re2j", "com.github.javaparser:javaparser-core", "org.cyclonedx:cyclonedx-core-java",
                "org.apache.commons:commons-lang3", "org.apache.commons:commons-collections4",
                "com.github.package-url:packageurl-java", "com.fasterxml.jackson.dataformat:jackson-dataformat-xml",
                "org.codehaus.woodstox:stax2-api", "com.fasterxml.woodstox:woodstox-core",
                "com.networknt:json-schema-validator", "com.ethlo.time:itu");
    }

    /** A class loader that sees only the plugin jar's resources, but resolves classes (Extension) from the test. */
    private static URLClassLoader onlyThePluginJar() throws IOException {
        ClassLoader classesOnly = new ClassLoader(HpiPackagingIT.class.getClassLoader()) {
            @Override
            public URL getResource(final String name) {
                return null;
            }

            @Override
            public Enumeration<URL> getResources(final String name) {
                return Collections.emptyEnumeration();
            }
        };
        return new URLClassLoader(new URL[] {pluginJar.toUri().toURL()}, classesOnly);
    }

    private static List<Path> bundledJars() throws IOException {
        List<Path> jars = new ArrayList<>();
        try (ZipFile zip = new ZipFile(hpi.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    Path target = unpacked.resolve("lib").resolve(entry.getName().substring("WEB-INF/lib/".length()));
                    if (entry.getName().equals(PLUGIN_JAR)) {
                        target = pluginJar;
                    } else if (!Files.exists(target)) {
                        Files.createDirectories(target.getParent());
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, target);
                        }
                    }
                    jars.add(target);
                }
            }
        }
        return jars;
    }

    /** groupId:artifactId from the jar's Maven metadata (every bundled jar must carry it). */
    private static String coordinates(final Path jar) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                    Properties properties = new Properties();
                    properties.load(in);
                    return properties.getProperty("groupId") + ":" + properties.getProperty("artifactId");
                }
            }
        }
        String name = jar.getFileName().toString().replaceFirst("-[0-9][^-]*\\.jar$", "");
        String known = WITHOUT_MAVEN_METADATA.get(name);
        if (known != null) {
            return known;
        }
        throw new AssertionError(jar.getFileName() + " has no META-INF/maven/**/pom.properties");
    }

    private static List<String> entries(final Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
        }
    }

    private static String text(final Path archive, final String name) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertThat(entry).as(name).isNotNull();
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** Every UTF-8 constant of every class file in a jar: the names of all types, fields and methods it uses. */
    private static Set<String> classConstants(final Path jar) throws IOException {
        Set<String> constants = new TreeSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/versions/")) {
                    readConstantPool(in.readAllBytes(), constants);
                }
            }
        }
        return constants;
    }

    private static void readConstantPool(final byte[] classFile, final Set<String> constants) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        assertThat(in.readInt()).isEqualTo(0xCAFEBABE);
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> constants.add(in.readUTF());
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // takes two slots
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
    }
}
