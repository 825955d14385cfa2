package io.jenkins.plugins.aigov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;

import picocli.CommandLine;

/**
 * The training run the build makes {@code aigov.jsa} from, the class-data-sharing archive the {@code aigov}
 * launcher hands to the JVM: the build runs
 * {@code java -XX:ArchiveClassesAtExit=aigov.jsa -cp aigov.jar io.jenkins.plugins.aigov.cli.ClassDataTraining DIR},
 * which writes a small repository into {@code DIR} (a hundred commits by people, agents and bots: additions,
 * edits, a rename, a deletion, a binary file) and runs {@code aigov provenance} on it with every report format, so
 * the archive holds the classes of a real run. Not part of the command line; prints nothing.
 */
public final class ClassDataTraining {
    private static final int COMMITS = 100;
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final PersonIdent[] PEOPLE = {
        new PersonIdent("Dana Developer", "dana@example.com"),
        new PersonIdent("Lee Reviewer", "lee@example.com"),
        new PersonIdent("copilot-swe-agent[bot]", "198982749+Copilot@users.noreply.github.com"),
        new PersonIdent("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"),
    };
    private static final String[] FOOTERS = {
        "",
        "\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
                + "Co-Authored-By: Claude <noreply@anthropic.com>\n",
        "\n\nCo-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>\n",
        "\n\nAssisted-by: aider (gpt-4o)\nReviewed-by: Lee Reviewer <lee@example.com>\nRefs: #42\n",
        "",
    };
    private static final String[] FILES = {
        "README.md", "src/main/java/demo/App.java", "src/main/java/demo/util/Strings.java", "docs/guide.md",
        "scripts/build.sh",
    };

    private ClassDataTraining() {
    }

    /** {@code DIR}: an empty or missing folder to work in. */
    public static void main(final String[] args) throws IOException, GitAPIException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ClassDataTraining DIR");
        }
        Path dir = Path.of(args[0]);
        Path repo = dir.resolve("repo");
        writeHistory(repo);
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        int exit = AigovCommand.commandLine().setOut(quiet).setErr(quiet).execute("provenance", "--repo",
                repo.toString(), "--max-commits", String.valueOf(2 * COMMITS), "--out", dir.resolve("out").toString());
        if (exit != ExitCodes.OK) {
            throw new IllegalStateException("the training run of aigov provenance exited with " + exit);
        }
    }

    private static void writeHistory(final Path repo) throws IOException, GitAPIException {
        Files.createDirectories(repo);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            StoredConfig config = git.getRepository().getConfig();
            config.setBoolean("commit", null, "gpgsign", false);
            config.save();
            for (int i = 0; i < COMMITS; i++) {
                String file = FILES[i % FILES.length];
                if (i == COMMITS / 2) {
                    Files.move(repo.resolve("docs/guide.md"), repo.resolve("docs/manual.md"));
                    git.rm().setCached(true).addFilepattern("docs/guide.md").call();
                }
                if (i == COMMITS / 2 + 1) {
                    git.rm().addFilepattern("scripts/build.sh").call();
                }
                else if (i == 3) {
                    Files.write(repo.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
                }
                else {
                    edit(repo.resolve(i > COMMITS / 2 && file.equals("docs/guide.md") ? "docs/manual.md" : file), i);
                }
                git.add().addFilepattern(".").call();
                PersonIdent who = new PersonIdent(PEOPLE[i % PEOPLE.length], START.plusSeconds(3600L * i),
                        ZoneOffset.UTC);
                git.commit().setMessage("Change " + i + FOOTERS[i % FOOTERS.length]).setAuthor(who)
                        .setCommitter(who).setSign(false).call();
            }
        }
    }

    /** Adds a few lines to a file and changes one, so that the diff has both sides. */
    private static void edit(final Path file, final int round) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder(Files.exists(file)
                ? Files.readString(file, StandardCharsets.UTF_8) : "");
        int at = text.indexOf("line ");
        if (at >= 0) {
            text.insert(at, "changed in round " + round + ", ");
        }
        for (int line = 0; line < 3; line++) {
            text.append("line ").append(round).append('.').append(line).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
