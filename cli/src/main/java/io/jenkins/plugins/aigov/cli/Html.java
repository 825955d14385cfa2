package io.jenkins.plugins.aigov.cli;

import java.util.List;
import java.util.Locale;

import io.jenkins.plugins.aigov.engine.model.Origin;

/**
 * A small HTML builder that escapes every value. Markup goes in through {@link #tag}; text only through
 * {@link #text}, which escapes it, so commit messages and names (written by anyone who can push) cannot
 * inject markup.
 */
final class Html {
    private static final String NONE = "—";
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** The text with {@code & < > " '} replaced by entities; {@code null} becomes the empty string. */
    static String escape(final String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Appends markup written by this program (never data). */
    Html tag(final String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(final String text) {
        out.append(escape(text));
        return this;
    }

    /** Appends escaped text, or a dash when it is {@code null} or blank. */
    Html textOrDash(final String text) {
        return text == null || text.isBlank() ? tag("<span class=\"none\">" + NONE + "</span>") : text(text);
    }

    /** Appends {@code <element class="cssClass">text</element>}, the text escaped. */
    Html element(final String element, final String cssClass, final String text) {
        tag("<" + element + (cssClass == null ? "" : " class=\"" + cssClass + "\"") + ">");
        text(text);
        return tag("</" + element + ">");
    }

    /** Appends a table cell with escaped text (or a dash). */
    Html cell(final String text) {
        tag("<td>");
        textOrDash(text);
        return tag("</td>");
    }

    /** Appends a right-aligned numeric cell. */
    Html number(final long value) {
        return tag("<td class=\"num\">" + value + "</td>");
    }

    /** Appends a cell with one item per line, or a dash when there are none. */
    Html listCell(final List<String> items) {
        tag("<td>");
        if (items.isEmpty()) {
            textOrDash(null);
        }
        else {
            tag("<ul class=\"plain\">");
            items.forEach(item -> element("li", null, item));
            tag("</ul>");
        }
        return tag("</td>");
    }

    /** Appends an origin badge. */
    Html origin(final Origin origin) {
        return element("span", "badge " + cssClass(origin), label(origin));
    }

    /** The CSS class of an origin, e.g. {@code o-ai-generated}. */
    static String cssClass(final Origin origin) {
        return "o-" + origin.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The label people read, e.g. {@code AI-generated}. */
    static String label(final Origin origin) {
        return switch (origin) {
            case AI_GENERATED -> "AI-generated";
            case AI_ASSISTED -> "AI-assisted";
            case HUMAN -> "Human";
            case UNKNOWN -> "Unknown";
        };
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
