package io.jenkins.plugins.aigov.apt;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the annotation index that Jenkins reads for {@code @Indexed} annotations (such as {@code @Symbol} and
 * {@code @ExportedBean}): for every annotation type meta-annotated with
 * {@code org.jvnet.hudson.annotation_indexer.Indexed}, the file
 * {@code META-INF/services/annotations/<annotation binary name>} lists, in UTF-8, one binary class name per line
 * in sorted order, every class that carries the annotation on itself or on one of its members (a package
 * appears as {@code <package>.*}).
 *
 * <p>The Maven Central build of annotation-indexer cannot be resolved (its parent POM is missing), hence this
 * small replacement. It gathers uses over all rounds and writes each index once, in the last round, merged with
 * an index left by an earlier (incremental) compilation.
 */
@SupportedAnnotationTypes("*")
public final class IndexedProcessor extends AbstractProcessor {
    /** The meta-annotation that makes an annotation indexed. */
    static final String INDEXED = "org.jvnet.hudson.annotation_indexer.Indexed";
    /** Where the index files go, relative to the class output. */
    static final String INDEX_FOLDER = "META-INF/services/annotations/";

    private final Map<String, Set<String>> uses = new TreeMap<>();
    private final Map<String, List<Element>> origins = new HashMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latest();
    }

    @Override
    public boolean process(final Set<? extends TypeElement> annotations, final RoundEnvironment round) {
        if (round.errorRaised()) {
            return false;
        }
        if (round.processingOver()) {
            uses.forEach(this::write);
            return false;
        }
        for (TypeElement annotation : annotations) {
            if (isIndexed(annotation)) {
                collect(annotation, round);
            }
        }
        return false; // never claim: other processors (SezPoz) may want the same annotations
    }

    private boolean isIndexed(final TypeElement annotation) {
        for (AnnotationMirror meta : annotation.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) meta.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(INDEXED)) {
                return true;
            }
        }
        return false;
    }

    private void collect(final TypeElement annotation, final RoundEnvironment round) {
        String name = binaryName(annotation);
        Set<String> names = uses.computeIfAbsent(name, key -> new TreeSet<>());
        List<Element> from = origins.computeIfAbsent(name, key -> new ArrayList<>());
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
            String entry = entryFor(element);
            if (entry != null) {
                names.add(entry);
                from.add(element);
            }
        }
    }

    /** The index line for an annotated element, or {@code null} for kinds that are not indexed. */
    private String entryFor(final Element element) {
        switch (element.getKind()) {
            case CLASS, INTERFACE, ENUM, ANNOTATION_TYPE, RECORD -> {
                return binaryName((TypeElement) element);
            }
            case METHOD, FIELD, CONSTRUCTOR -> {
                return binaryName((TypeElement) element.getEnclosingElement());
            }
            case PACKAGE -> {
                return ((PackageElement) element).getQualifiedName() + ".*";
            }
            default -> {
                return null;
            }
        }
    }

    private String binaryName(final TypeElement type) {
        return processingEnv.getElementUtils().getBinaryName(type).toString();
    }

    private void write(final String annotation, final Set<String> names) {
        String path = INDEX_FOLDER + annotation;
        Set<String> all = new TreeSet<>(names);
        try {
            all.addAll(existing(path));
            FileObject out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path,
                    origins.getOrDefault(annotation, List.of()).toArray(new Element[0]));
            try (Writer writer = new OutputStreamWriter(out.openOutputStream(), StandardCharsets.UTF_8)) {
                for (String name : all) {
                    writer.write(name);
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write the index " + path + ": " + e);
        }
    }

    /** Lines of an index left in the class output by an earlier compilation, if any. */
    private List<String> existing(final String path) throws IOException {
        List<String> lines = new ArrayList<>();
        try {
            FileObject in = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", path);
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(in.openInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
            }
        } catch (FileNotFoundException | NoSuchFileException | IllegalArgumentException e) {
            // first compilation: nothing to merge
        }
        return lines;
    }
}
