package io.jenkins.plugins.aigov.engine.scan;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Not a test: generates a source tree of mixed Java/Python/JavaScript/Go files, scans it, and prints MB/s, files/s
 * and peak heap. {@code bench/scan.sh} runs it and compares with ripgrep over the rules' keywords.
 *
 * <pre>java -cp … ScanBenchmark generate DIR MB | scan DIR [DISABLED-RULE-IDS] | keywords FILE</pre>
 */
final class ScanBenchmark {
    /** Per language (java, py, js, go): ordinary lines, then lines that some rule flags. */
    private static final String[][] SAFE = {
        {"    int add(int a, int b) { return a + b; }\n",
            "    private final Map<String, List<Order>> ordersByCustomer = new HashMap<>();\n",
            "    ResultSet find(Connection c, String n) throws SQLException {\n"
                + "        PreparedStatement ps = c.prepareStatement(\"SELECT id FROM users WHERE name = ?\");\n"
                + "        ps.setString(1, n);\n        return ps.executeQuery();\n    }\n",
            "    void log(Logger logger, int count) { logger.info(\"processed {} records\", count); }\n"},
        {"def total(items):\n    return sum(item.price for item in items if item.active)\n",
            "logger.info(\"processed %d records in %s\", count, elapsed)\n",
            "cursor.execute(\"SELECT id FROM users WHERE name = %s\", (name,))\n"},
        {"export function format(user) { return `${user.first} ${user.last}`.trim(); }\n",
            "const rows = await pool.query('SELECT id FROM users WHERE email = $1', [email]);\n",
            "const total = items.reduce((sum, item) => sum + item.price, 0);\n"},
        {"func Sum(values []int) (total int) {\n\tfor _, v := range values {\n\t\ttotal += v\n\t}\n\treturn\n}\n",
            "var ErrNotFound = errors.New(\"not found\")\n"},
    };
    private static final String[][] RISKY = {
        {"    ResultSet q(Statement st, String n) throws SQLException {\n"
            + "        return st.executeQuery(\"SELECT * FROM users WHERE name = '\" + n + \"'\");\n    }\n"},
        {"cursor.execute(f\"SELECT * FROM users WHERE name = '{name}'\")\n", "os.system(\"rm -rf \" + path)\n"},
        {"const sessionId = Math.random().toString(36).slice(2);\n"},
        {"var tr = &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}\n"},
    };
    private static final String[] EXTENSIONS = {"java", "py", "js", "go"};

    private ScanBenchmark() {
    }

    public static void main(final String[] args) throws IOException, RuleException {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Long.parseLong(args[2]) * 1024 * 1024);
            case "keywords" -> Files.write(Path.of(args[1]), RuleSet.builtIn().keywords(), StandardCharsets.UTF_8);
            case "scan" -> scan(Path.of(args[1]), args.length > 2 ? Set.of(args[2].split(",")) : Set.of());
            default -> throw new IllegalArgumentException("generate DIR MB | scan DIR | keywords FILE");
        }
    }

    private static void generate(final Path root, final long bytes) throws IOException {
        Random random = new Random(42);
        long written = 0;
        int file = 0;
        while (written < bytes) {
            int language = file % EXTENSIONS.length;
            String ext = EXTENSIONS[language];
            Path path = root.resolve("pkg" + file / 500).resolve("File" + file + "." + ext);
            Files.createDirectories(path.getParent());
            int target = 2_000 + random.nextInt(16_000);
            StringBuilder text = new StringBuilder(target + 200);
            text.append(language == 0 ? "package pkg;\n\nclass File" + file + " {\n" : "");
            while (text.length() < target) {
                String[] lines = random.nextInt(200) == 0 ? RISKY[language] : SAFE[language];
                text.append(lines[random.nextInt(lines.length)]);
            }
            text.append(language == 0 ? "}\n" : "");
            try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                out.write(text.toString());
            }
            written += text.length();
            file++;
        }
        print("generated %d files, %.1f MB in %s", file, written / 1e6, root);
    }

    private static void scan(final Path root, final Set<String> disabled) throws IOException, RuleException {
        Scanner scanner = new Scanner(RuleSet.builtIn().withOverrides(disabled, Map.of(), null));
        resetPeaks();
        long start = System.nanoTime();
        ScanResult result = scanner.scanTree(root);
        double seconds = (System.nanoTime() - start) / 1e9;
        print("aigov scan: %d files, %.1f MB in %.2f s = %.1f MB/s, %.0f files/s, %d findings, %d problems",
                result.filesScanned(), result.bytesScanned() / 1e6, seconds, result.bytesScanned() / 1e6 / seconds,
                result.filesScanned() / seconds, result.findings().size(), result.problems().size());
        print("aigov seconds: %.3f", seconds);
        print("peak heap used: %.1f MB", peakHeap() / 1e6);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    private static void print(final String format, final Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
