package io.jenkins.plugins.aigov.engine.dependencies;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Maven {@code pom.xml}: parent, dependencies, dependencyManagement (BOM imports), build plugins, plugin
 * management, plugin dependencies, build extensions and reporting plugins, also inside profiles. Versions and
 * coordinates are interpolated by {@link PomProperties}.
 *
 * <p>XML is read with the JDK's StAX reader with DTDs, external entities and entity replacement off; a document
 * type declaration or an entity reference stops the reading with a problem, so neither XXE nor entity expansion
 * can happen.
 */
final class PomParser {
    private static final String MAVEN_PLUGINS = "org.apache.maven.plugins";
    private static final XMLInputFactory FACTORY = factory();
    private static final Pattern COORDINATES = Pattern.compile(
            "project/(groupId|artifactId|version|parent/groupId|parent/version)");
    private static final Pattern PLUGIN_PATHS = Pattern.compile("build/(pluginManagement/)?plugins/plugin"
            + "(/dependencies/dependency|/configuration/annotationProcessorPaths/path)?");

    private PomParser() {
    }

    static ManifestParseResult parse(final String path, final byte[] content) {
        Collector out = new Collector(path, Ecosystem.MAVEN);
        State state = new State();
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(content));
            read(reader, state, out);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            out.problem(line, "malformed XML: " + message(e) + "; only what comes before this point was read");
        } finally {
            close(reader);
        }
        state.emit(out);
        return out.result();
    }

    private static void read(final XMLStreamReader reader, final State state, final Collector out)
            throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            int line = reader.getLocation().getLineNumber();
            switch (event) {
                case XMLStreamConstants.DTD:
                    out.problem(Math.max(1, line - newlines(reader.getText())), "DTDs are not allowed (possible XXE or entity expansion); not parsed");
                    state.abandon();
                    return;
                case XMLStreamConstants.ENTITY_REFERENCE:
                    out.problem(line, "entity references are not allowed (" + reader.getLocalName()
                            + "); reading stopped");
                    return;
                case XMLStreamConstants.START_ELEMENT:
                    state.start(reader.getLocalName(), line);
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    state.text(reader.getText());
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    state.end();
                    break;
                default:
                    break;
            }
        }
    }

    private static int newlines(final String text) {
        return text == null ? 0 : (int) text.chars().filter(c -> c == '\n').count();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static void trySet(final XMLInputFactory factory, final String name, final Object value) {
        try {
            factory.setProperty(name, value);
        } catch (IllegalArgumentException e) {
            // not supported by this implementation; DTD support is off anyway
        }
    }

    private static String message(final XMLStreamException e) {
        String text = String.valueOf(e.getMessage());
        int at = text.indexOf("Message:");
        return (at >= 0 ? text.substring(at + "Message:".length()) : text).strip();
    }

    private static void close(final XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to read
            }
        }
    }

    /** One element that declares a dependency, with the texts of its child elements. */
    private static final class Entry {
        private final DependencyKind kind;
        private final int depth;
        private final int line;
        private final String context;
        private final Entry owner;
        private final Map<String, String> fields = new HashMap<>();

        Entry(final DependencyKind kind, final int depth, final int line, final String context, final Entry owner) {
            this.kind = kind;
            this.depth = depth;
            this.line = line;
            this.context = context;
            this.owner = owner;
        }
    }

    /** Where the reader is, and what it has collected. */
    private static final class State {
        private final List<String> path = new ArrayList<>();
        private final Deque<Entry> open = new ArrayDeque<>();
        private final List<Entry> entries = new ArrayList<>();
        private final Map<String, String> project = new HashMap<>();
        private final PomProperties properties = new PomProperties();
        private final StringBuilder text = new StringBuilder();
        private String profile;

        void start(final String name, final int line) {
            path.add(name);
            text.setLength(0);
            String where = relative();
            Entry owner = open.peek();
            DependencyKind kind = kindOf(where);
            if (kind != null) {
                open.push(new Entry(kind, path.size(), line, context(where, owner), owner));
            }
        }

        void text(final String chars) {
            if (text.length() < ManifestText.MAX_LINE) {
                text.append(chars);
            }
        }

        void end() {
            String name = path.get(path.size() - 1);
            String value = text.toString().strip();
            text.setLength(0);
            Entry entry = open.peek();
            if (entry != null && entry.depth == path.size() - 1) {
                entry.fields.put(name, value);
            } else if (entry != null && entry.depth == path.size()) {
                entries.add(open.pop());
            }
            record(String.join("/", path), name, value);
            path.remove(path.size() - 1);
        }

        private void record(final String full, final String name, final String value) {
            if (full.startsWith("project/properties/") && path.size() == 3) {
                properties.put(name, value);
            } else if (COORDINATES.matcher(full).matches()) {
                project.put(full.substring("project/".length()), value);
            } else if ("project/profiles/profile/id".equals(full)) {
                profile = value;
            }
        }

        /** The element path below {@code project}, without a leading {@code profiles/profile}. */
        private String relative() {
            String full = String.join("/", path);
            if (full.startsWith("project/profiles/profile/")) {
                return full.substring("project/profiles/profile/".length());
            }
            if ("project/profiles/profile".equals(full)) {
                profile = null;
            }
            return full.startsWith("project/") ? full.substring("project/".length()) : "";
        }

        private String context(final String where, final Entry owner) {
            String inProfile = String.join("/", path).startsWith("project/profiles/")
                    ? "in profile " + (profile == null ? "(unnamed)" : profile) : null;
            String section = where.contains("pluginManagement") ? "in pluginManagement"
                    : where.startsWith("build/extensions") ? "build extension"
                    : where.startsWith("reporting/") ? "reporting plugin" : null;
            String ownerNote = owner == null ? null : (where.endsWith("/path") ? "annotation processor of plugin "
                    : "dependency of plugin ") + owner.fields.getOrDefault("artifactId", "?");
            StringBuilder note = new StringBuilder();
            for (String part : new String[] {section, ownerNote, inProfile}) {
                if (part != null) {
                    note.append(note.length() == 0 ? "" : ", ").append(part);
                }
            }
            return note.toString();
        }

        private static DependencyKind kindOf(final String where) {
            if ("parent".equals(where)) {
                return DependencyKind.PARENT;
            }
            if ("dependencies/dependency".equals(where)) {
                return DependencyKind.DIRECT;
            }
            if ("dependencyManagement/dependencies/dependency".equals(where)) {
                return DependencyKind.MANAGED;
            }
            if (PLUGIN_PATHS.matcher(where).matches()
                    || "build/extensions/extension".equals(where) || "reporting/plugins/plugin".equals(where)) {
                return DependencyKind.PLUGIN;
            }
            return null;
        }

        /** Drops everything read: the file is refused. */
        void abandon() {
            entries.clear();
            open.clear();
        }

        void emit(final Collector out) {
            properties.project(project.get("groupId"), project.get("artifactId"), project.get("version"),
                    project.get("parent/groupId"), project.get("parent/version"));
            entries.sort(Comparator.comparingInt(entry -> entry.line));
            for (Entry entry : entries) {
                emit(entry, out);
            }
        }

        private void emit(final Entry entry, final Collector out) {
            List<String> notes = new ArrayList<>();
            if (!entry.context.isEmpty()) {
                notes.add(entry.context);
            }
            boolean plugin = entry.kind == DependencyKind.PLUGIN && entry.owner == null;
            String groupId = properties.resolve(entry.fields.get("groupId"), notes);
            if (groupId == null && plugin) {
                groupId = MAVEN_PLUGINS;
            }
            String artifactId = properties.resolve(entry.fields.get("artifactId"), notes);
            if (groupId == null || groupId.isEmpty() || artifactId == null || artifactId.isEmpty()) {
                out.problem(entry.line, "<" + (plugin ? "plugin" : "dependency") + "> without groupId or "
                        + "artifactId; skipped");
                return;
            }
            String version = properties.resolve(entry.fields.get("version"), notes);
            if (version == null || version.isEmpty()) {
                notes.add("no version here (managed by a parent, BOM or plugin defaults)");
            }
            String scope = properties.resolve(entry.fields.get("scope"), notes);
            String type = entry.fields.get("type");
            DependencyKind kind = entry.kind;
            if (kind == DependencyKind.MANAGED && "import".equals(scope)) {
                if ("pom".equals(type)) {
                    kind = DependencyKind.BOM_IMPORT;
                    notes.add("BOM import: its managed versions apply to this project");
                } else {
                    notes.add("import scope without <type>pom</type>; Maven ignores it");
                }
            } else if (type != null && !type.isEmpty() && !"jar".equals(type)) {
                notes.add("type " + type);
            }
            if (entry.fields.containsKey("classifier")) {
                notes.add("classifier " + entry.fields.get("classifier"));
            }
            boolean registry = !"system".equals(scope);
            if (!registry) {
                notes.add("system scope: a local file, not fetched");
            }
            out.add(groupId + ":" + artifactId, version, scope, entry.line, kind, registry, notes);
        }
    }
}
