package dev.huiyi.tools.review;

import dev.huiyi.api.RecognisedMention;
import dev.huiyi.api.Span;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The normalised text as HTML. Mentions may overlap (a title inside a unit's name) and record spans cut across
 * them, so the text is cut at every start and end of either; each piece that something covers becomes one element
 * carrying its offsets ({@code data-s}, {@code data-e}), the type of the tightest mention over it (its colour) and a
 * tooltip naming every mention over it with its value and rule. A click on a record entry then flashes exactly the
 * pieces inside its spans, whatever overlaps them. Pieces nothing covers stay plain text.
 */
final class TextMarkup {
    private TextMarkup() {
    }

    /**
     * @param targets    the record's spans (a click on an entry flashes them)
     * @param keyPoints  the key points' spans, underlined in the text
     */
    static Element render(String text, List<RecognisedMention> mentions, List<Span> targets, List<Span> keyPoints) {
        List<RecognisedMention> sorted = mentions.stream()
                .filter(m -> m.span().end() <= text.length())
                .sorted(Comparator.comparing(RecognisedMention::span)).toList();
        List<Span> covering = new ArrayList<>(targets);
        covering.addAll(keyPoints);
        covering.removeIf(s -> s.end() > text.length());
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        sorted.forEach(m -> addCuts(cuts, m.span()));
        covering.forEach(s -> addCuts(cuts, s));

        Element out = new Element("div").attr("id", "text");
        List<RecognisedMention> active = new ArrayList<>();
        int next = 0;
        Integer start = cuts.first();
        for (Integer end = cuts.higher(start); end != null; start = end, end = cuts.higher(end)) {
            int from = start;
            active.removeIf(m -> m.span().end() <= from);
            while (next < sorted.size() && sorted.get(next).span().start() <= from) {
                if (sorted.get(next).span().end() > from) {
                    active.add(sorted.get(next));
                }
                next++;
            }
            Span piece = new Span(from, end);
            String chars = text.substring(from, end);
            boolean target = covering.stream().anyMatch(s -> s.contains(piece));
            if (active.isEmpty() && !target) {
                out.appendText(chars);
            } else {
                out.appendChild(piece(piece, chars, active, keyPoints.stream().anyMatch(s -> s.contains(piece))));
            }
        }
        return out;
    }

    private static void addCuts(TreeSet<Integer> cuts, Span span) {
        cuts.add(span.start());
        cuts.add(span.end());
    }

    private static Element piece(Span span, String chars, List<RecognisedMention> over, boolean inKeyPoint) {
        Element e = new Element("span").attr("data-s", Integer.toString(span.start()))
                .attr("data-e", Integer.toString(span.end())).text(chars);
        if (inKeyPoint) {
            e.addClass("kp");
        }
        if (!over.isEmpty()) {
            RecognisedMention tightest = over.stream().min(Comparator.comparingInt(m -> m.span().length())).get();
            e.addClass("m").addClass(typeClass(tightest));
            StringBuilder tip = new StringBuilder();
            for (RecognisedMention m : over) {
                if (!tip.isEmpty()) {
                    tip.append('\n');
                }
                tip.append(m.type()).append(' ').append(m.surface());
                if (m.value() != null && !m.value().equals(m.surface())) {
                    tip.append(" = ").append(m.value());
                }
                tip.append(" · ").append(m.provenance());
            }
            e.attr("title", tip.toString());
        }
        return e;
    }

    static String typeClass(RecognisedMention m) {
        return "t-" + m.type().name().toLowerCase(Locale.ROOT);
    }
}
