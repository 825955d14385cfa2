#!/usr/bin/env bash
# Generates a realistic, deterministic git repository for the provenance benchmark with git fast-import:
# ~200 files in nested folders, each commit changes 1-4 files, ~30 % of the commits carry the trailers or
# identities of AI agents (some as bot authors). Same arguments and seed, same repository, same commit ids.
#
#   bench/make-repo.sh DIR [COMMITS]        (COMMITS default 10000; SEED=<n> for another history)
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 DIR [COMMITS]" >&2
  exit 2
fi
dir=$1
commits=${2:-10000}
seed=${SEED:-42}
command -v python3 >/dev/null || { echo "$0: python3 is needed to generate the history" >&2; exit 3; }
if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
  echo "$0: $dir exists and is not empty" >&2
  exit 2
fi

git init -q -b main "$dir"
start=$(date +%s)
python3 - "$commits" "$seed" <<'PY' | git -C "$dir" fast-import --quiet --done
import random
import sys

commits, seed = int(sys.argv[1]), int(sys.argv[2])
rnd = random.Random(seed)
out = sys.stdout.buffer

HUMANS = [("Dana Developer", "dana@example.com"), ("Li Wei", "li.wei@example.com"),
          ("Ana García", "ana.garcia@example.com"), ("Tom Baker", "tom@example.com"),
          ("Priya Nair", "priya@example.com"), ("Jonas Müller", "jonas.mueller@example.com"),
          ("Fatima Zahra", "fatima@example.com"), ("Sam Okafor", "sam.okafor@example.com"),
          ("Yuki Tanaka", "yuki@example.com"), ("Olga Petrova", "olga@example.com"),
          ("Marco Rossi", "marco.rossi@example.com"), ("Kim Lee", "kim.lee@example.com")]
COPILOT_BOT = ("copilot-swe-agent[bot]", "198982749+Copilot@users.noreply.github.com")
DEVIN_BOT = ("devin-ai-integration[bot]", "158243242+devin-ai-integration[bot]@users.noreply.github.com")
CLAUDE_BOT = ("claude[bot]", "209825114+claude[bot]@users.noreply.github.com")
DEPENDABOT = ("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com")

MODULES = ["core", "api", "web", "billing", "auth", "search", "storage", "report"]
LAYERS = ["model", "service", "repository", "controller", "util"]
NOUNS = ["Order", "Invoice", "Customer", "Token", "Session", "Query", "Index", "Cache", "Report", "Account",
         "Payment", "Filter", "Event", "Schedule", "Limit", "Config"]
VERBS = ["Add", "Fix", "Refactor", "Update", "Remove", "Improve", "Handle", "Rename", "Simplify", "Document"]
TOPICS = ["null handling", "pagination", "retry logic", "validation", "error messages", "logging", "timeouts",
          "caching", "input parsing", "tests", "edge cases", "rounding", "time zones", "permissions"]


def make_files():
    files = []
    for module in MODULES:
        for layer in LAYERS:
            for noun in rnd.sample(NOUNS, 4):
                files.append(f"{module}/src/main/java/com/acme/{module}/{layer}/{noun}{layer.capitalize()}.java")
    for module in MODULES:
        files.append(f"{module}/README.md")
        files.append(f"{module}/src/main/resources/{module}.properties")
    for i in range(10):
        files.append(f"docs/guide/chapter-{i + 1:02d}.md")
    files += ["pom.xml", "Jenkinsfile", ".gitignore", "scripts/release.sh", "scripts/lint.sh"]
    return files[:200] if len(files) > 200 else files


def code_line(path, n):
    if path.endswith(".java"):
        return rnd.choice([
            f"        int value{n} = compute{n % 17}(input, {rnd.randint(0, 999)});",
            f"        if (value{n} > LIMIT) {{ return Optional.empty(); }}",
            f"        log.debug(\"step {n}: {{}}\", value{n});",
            f"    private static final int CONSTANT_{n} = {rnd.randint(1, 10_000)};",
            f"        result.add(mapper.apply(items.get({n % 31})));",
            f"        // keeps step {n} idempotent when the caller retries",
        ])
    if path.endswith(".md"):
        return rnd.choice([f"Step {n} explains {rnd.choice(TOPICS)}.", f"- {rnd.choice(NOUNS)} {n}: see below.",
                           f"## {rnd.choice(NOUNS)} {n}", ""])
    if path.endswith(".properties"):
        return f"{rnd.choice(NOUNS).lower()}.setting{n}={rnd.randint(0, 500)}"
    return f"echo step {n} # {rnd.choice(TOPICS)}"


def ai_message(subject, human):
    """A message and author for an AI commit, in the styles of the common agents."""
    kind = rnd.choices(["claude", "claude-bot", "copilot-agent", "copilot-cli", "codex", "cursor", "aider",
                        "devin", "amp", "kernel"], weights=[30, 3, 12, 10, 10, 10, 8, 5, 6, 6])[0]
    author = human
    name, email = human
    if kind == "claude":
        model = rnd.choice(["Claude", "Claude Sonnet 4.5", "Claude Opus 4.5"])
        body = (f"\n\n\U0001F916 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
                f"Co-Authored-By: {model} <noreply@anthropic.com>\n")
    elif kind == "claude-bot":
        author = CLAUDE_BOT
        body = f"\n\nCo-authored-by: {name} <{email}>\n"
    elif kind == "copilot-agent":
        author = COPILOT_BOT
        body = (f"\n\nAgent-Logs-Url: https://github.com/acme/shop/sessions/{rnd.getrandbits(128):032x}\n"
                f"Co-authored-by: {name} <{email}>\n")
    elif kind == "copilot-cli":
        body = "\n\nCo-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>\n"
    elif kind == "codex":
        body = "\n\nCo-authored-by: Codex <noreply@openai.com>\n"
    elif kind == "cursor":
        body = "\n\nMade-with: Cursor\nCo-authored-by: Cursor <cursoragent@cursor.com>\n"
    elif kind == "aider":
        body = f"\n\nCo-authored-by: aider ({rnd.choice(['gpt-4o', 'claude-3-5-sonnet'])}) <aider@aider.chat>\n"
    elif kind == "devin":
        author = DEVIN_BOT
        body = f"\n\nDevin Session: https://app.devin.ai/sessions/{rnd.getrandbits(64):016x}\n"
    elif kind == "amp":
        body = f"\n\nAmp-Thread-ID: https://ampcode.com/threads/T-{rnd.getrandbits(64):016x}\nCo-authored-by: Amp <amp@ampcode.com>\n"
    else:
        body = f"\n\nAssisted-by: Claude:claude-opus-4-5\nSigned-off-by: {name} <{email}>\n"
    return subject + body, author


def data(payload):
    out.write(b"data %d\n" % len(payload))
    out.write(payload)
    out.write(b"\n")


files = make_files()
content = {path: [code_line(path, i) for i in range(rnd.randint(20, 60))] for path in files}
when = 1704103200
line_no = 1000
for number in range(1, commits + 1):
    if number == 1:
        changed, subject = files, "Initial import"
    else:
        changed = rnd.sample(files, rnd.choice([1, 1, 1, 2, 2, 3, 4]))
        subject = f"{rnd.choice(VERBS)} {rnd.choice(NOUNS).lower()} {rnd.choice(TOPICS)}"
        for path in changed:
            lines = content[path]
            for _ in range(rnd.randint(0, min(4, max(0, len(lines) - 10)))):
                del lines[rnd.randrange(len(lines))]
            for _ in range(rnd.randint(1, 6)):
                line_no += 1
                lines.insert(rnd.randint(0, len(lines)), code_line(path, line_no))
    human = rnd.choice(HUMANS)
    roll = rnd.random()
    if number > 1 and roll < 0.30:
        message, author = ai_message(subject, human)
    elif number > 1 and roll < 0.33:
        message, author = f"Bump {rnd.choice(NOUNS).lower()}-lib from 1.{number % 9}.0 to 1.{number % 9}.1\n", DEPENDABOT
    else:
        message, author = subject + "\n", human
    when += rnd.randint(60, 3 * 3600)
    out.write(b"commit refs/heads/main\n")
    out.write(b"mark :%d\n" % number)
    out.write(f"author {author[0]} <{author[1]}> {when} +0000\n".encode())
    out.write(f"committer {author[0]} <{author[1]}> {when} +0000\n".encode())
    data(message.encode())
    if number > 1:
        out.write(b"from :%d\n" % (number - 1))
    for path in changed:
        out.write(f"M 100644 inline {path}\n".encode())
        data(("\n".join(content[path]) + "\n").encode())
    out.write(b"\n")
out.write(b"done\n")
PY
git -C "$dir" reset -q --hard main
echo "$dir: $(git -C "$dir" rev-list --count HEAD) commits, $(git -C "$dir" ls-files | wc -l) files," \
  "generated in $(( $(date +%s) - start )) s (seed $seed)"
