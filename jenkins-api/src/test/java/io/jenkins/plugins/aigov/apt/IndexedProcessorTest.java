package io.jenkins.plugins.aigov.apt;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiles small sources with javac and {@link IndexedProcessor}, then reads the index files. */
class IndexedProcessorTest {
    @TempDir
    Path dir;

    @Test
    void shouldListEveryClassCarryingAnIndexedAnnotationSortedOnePerLine() throws IOException {
        source("demo/Zeta.java", """
                package demo;
                @org.jenkinsci.Symbol("zeta")
                public class Zeta {
                    public static class Inner {
                    }
                }
                """);
        source("demo/Alpha.java", """
                package demo;
                public class Alpha {
                    @org.jenkinsci.Symbol("inner")
                    public static class Nested {
                    }
                }
                """);
        source("demo/Bean.java", """
                package demo;
                @org.kohsuke.stapler.export.ExportedBean
                public class Bean {
                    @org.kohsuke.stapler.export.Exported
                    public int getCount() {
                        return 1;
                    }
                }
                """);

        assertThat(compile()).isEmpty();

        assertThat(index("org.jenkinsci.Symbol")).isEqualTo("demo.Alpha$Nested\ndemo.Zeta\n");
        assertThat(index("org.kohsuke.stapler.export.ExportedBean")).isEqualTo("demo.Bean\n");
    }

    @Test
    void shouldWriteNoIndexForAnnotationsThatAreNotIndexed() throws IOException {
        source("demo/Plain.java", """
                package demo;
                @Deprecated
                public class Plain {
                    @org.kohsuke.stapler.DataBoundSetter
                    public void setName(String name) {
                    }
                }
                """);

        assertThat(compile()).isEmpty();

        assertThat(dir.resolve("out/" + IndexedProcessor.INDEX_FOLDER)).doesNotExist();
    }

    @Test
    void shouldMergeWithAnIndexLeftByAnEarlierCompilation() throws IOException {
        Path old = dir.resolve("out/" + IndexedProcessor.INDEX_FOLDER + "org.jenkinsci.Symbol");
        Files.createDirectories(old.getParent());
        Files.writeString(old, "demo.Older\n", StandardCharsets.UTF_8);
        source("demo/Newer.java", """
                package demo;
                @org.jenkinsci.Symbol("newer")
                public class Newer {
                }
                """);

        assertThat(compile()).isEmpty();

        assertThat(index("org.jenkinsci.Symbol")).isEqualTo("demo.Newer\ndemo.Older\n");
    }

    private void source(final String path, final String text) throws IOException {
        Path file = dir.resolve("src").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Compiles everything under src into out with only our processor; returns the error messages. */
    private List<String> compile() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createDirectories(dir.resolve("out"));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<Path> sources = new ArrayList<>();
        try (var walk = Files.walk(dir.resolve("src"))) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, diagnostics,
                    List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"),
                            "-proc:only"),
                    null, files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(new IndexedProcessor()));
            task.call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT))
                .toList();
    }

    private String index(final String annotation) throws IOException {
        return Files.readString(dir.resolve("out/" + IndexedProcessor.INDEX_FOLDER + annotation),
                StandardCharsets.UTF_8);
    }
}
