package io.jenkins.plugins.aigov.engine.dependencies;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TomlReaderTest {
    @Test
    void shouldReadStringsOfEveryKind() {
        Tree tree = TomlReader.read("""
                basic = "tab\\there \\u00e9 \\"q\\""
                literal = 'C:\\path'
                multi = \"\"\"
                one \\
                   two\"\"\"
                raw = '''
                a'b'''
                """);

        assertThat(tree.failed()).isFalse();
        assertThat(tree.root().text("basic")).isEqualTo("tab\there é \"q\"");
        assertThat(tree.root().text("literal")).isEqualTo("C:\\path");
        assertThat(tree.root().text("multi")).isEqualTo("one two");
        assertThat(tree.root().text("raw")).isEqualTo("a'b");
        assertThat(tree.root().get("raw").line()).isEqualTo(6);
    }

    @Test
    void shouldReadTablesDottedKeysAndArraysOfTables() {
        Tree tree = TomlReader.read("""
                [a.b]
                x.y = 1
                "quoted key" = true

                [[bin]]
                name = "one"
                [[bin]]
                name = "two"
                [target.'cfg(unix)'.dependencies]
                nix = { version = "0.29", features = ["signal", "fs"] }
                list = [
                  "first",  # comment
                  "second",
                ]
                """);

        assertThat(tree.failed()).isFalse();
        Node root = tree.root();
        assertThat(root.at("a", "b", "x", "y").text()).isEqualTo("1");
        assertThat(root.at("a", "b", "quoted key").text()).isEqualTo("true");
        assertThat(root.get("bin").items()).extracting(node -> node.text("name")).containsExactly("one", "two");
        Node nix = root.at("target", "cfg(unix)", "dependencies", "nix");
        assertThat(nix.text("version")).isEqualTo("0.29");
        assertThat(nix.line()).isEqualTo(10);
        Node list = root.at("target", "cfg(unix)", "dependencies", "list");
        assertThat(list.items()).extracting(Node::line).containsExactly(12, 13);
        assertThat(root.at("target", "cfg(unix)", "dependencies").line()).isEqualTo(9);
    }

    @Test
    void shouldAcceptDatesAndNumbers() {
        Tree tree = TomlReader.read("d = 1979-05-27 07:32:00Z\nn = -1_000\nf = 6.02e23\nh = 0xDEAD\ni = inf\n");

        assertThat(tree.failed()).isFalse();
        assertThat(tree.root().text("d")).isEqualTo("1979-05-27 07:32:00Z");
    }

    @Test
    void shouldRejectDuplicateKeysAndTablesWithTheirLines() {
        assertThat(TomlReader.read("a = 1\nb = 2\na = 3\n").errorLine()).isEqualTo(3);
        assertThat(TomlReader.read("[t]\nx = 1\n\n[t]\ny = 2\n").errorLine()).isEqualTo(4);
    }

    @Test
    void shouldReportSyntaxErrorsWithTheirLines() {
        assertThat(TomlReader.read("a = \"unterminated\nb = 1\n").errorLine()).isEqualTo(1);
        assertThat(TomlReader.read("ok = 1\nbad = nope\n").error()).contains("invalid value 'nope'");
        assertThat(TomlReader.read("x = [1, 2\n").errorLine()).isEqualTo(1);
        assertThat(TomlReader.read("x = 1 y = 2\n").error()).contains("end of the line");
        assertThat(TomlReader.read("s = \"\\q\"\n").error()).contains("invalid escape");
    }

    @Test
    void shouldKeepWhatWasReadBeforeAnError() {
        Tree tree = TomlReader.read("[deps]\nfirst = \"1\"\nsecond = = \"2\"\n");

        assertThat(tree.failed()).isTrue();
        assertThat(tree.root().at("deps", "first").text()).isEqualTo("1");
    }

    @Test
    void shouldLimitNestingWithoutOverflowingTheStack() {
        Tree tree = TomlReader.read("x = " + "[".repeat(200_000) + "]".repeat(200_000) + "\n");

        assertThat(tree.failed()).isTrue();
        assertThat(tree.error()).contains("nesting");
    }
}
