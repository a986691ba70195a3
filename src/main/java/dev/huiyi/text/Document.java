package dev.huiyi.text;

import dev.huiyi.api.SourceFormat;
import dev.huiyi.api.Span;

import java.util.List;

/**
 * A normalised report: the text every span points into, the map back to the decoded input,
 * and the layout normalisation found (title line, date line, body paragraphs). {@code ownerLines} is what the page's
 * owner lines (版权所有:, Copyright ©, 主办单位:) say after their cue: chrome, not text, but the page's own name.
 */
public record Document(String id, SourceFormat format, String encoding, String sha256, String inputText,
                       MappedText normalised, Span titleLine, Span dateLine, List<Span> paragraphs,
                       List<String> ownerLines, List<String> warnings) {
    public Document {
        paragraphs = List.copyOf(paragraphs);
        ownerLines = List.copyOf(ownerLines);
        warnings = List.copyOf(warnings);
    }

    public String text() {
        return normalised.text();
    }

    public String slice(Span span) {
        return normalised.text().substring(span.start(), span.end());
    }

    /** The body: everything after the title and date lines. */
    public Span body() {
        int start = paragraphs.isEmpty() ? text().length() : paragraphs.get(0).start();
        return new Span(start, text().length());
    }
}
