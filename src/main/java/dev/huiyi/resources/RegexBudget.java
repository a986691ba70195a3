package dev.huiyi.resources;

import dev.huiyi.text.CountedReads;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Catches a rule regex that backtracks without bound ({@code ^(([^!]*)*)*!$}) when it is loaded, not when it
 * stalls every document of a batch: the pattern is searched in a few short lines of one repeated character (what
 * makes nested quantifiers explode), and may read at most a fixed number of characters doing so. A sane pattern
 * reads a few hundred.
 */
final class RegexBudget {
    private static final int LINE_LENGTH = 40;
    private static final int MAX_READS = 2_000_000;
    private static final List<String> PROBES = List.of(
            "a".repeat(LINE_LENGTH), "中".repeat(LINE_LENGTH), "1".repeat(LINE_LENGTH), " ".repeat(LINE_LENGTH),
            "、".repeat(LINE_LENGTH), "会议".repeat(LINE_LENGTH / 2), "张三、".repeat(LINE_LENGTH / 3));

    private RegexBudget() {
    }

    /** The probe line on which {@code pattern} ran over its budget, if any. */
    static Optional<String> exceededOn(Pattern pattern) {
        for (String probe : PROBES) {
            CharSequence text = new CountedReads(probe, MAX_READS, () -> {
                throw new OverBudget();
            });
            try {
                pattern.matcher(text).find();
            } catch (OverBudget e) {
                return Optional.of(probe.substring(0, 6) + "… (" + LINE_LENGTH + " characters)");
            } catch (StackOverflowError e) {
                return Optional.of(probe.substring(0, 6) + "… (stack overflow)");
            }
        }
        return Optional.empty();
    }

    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }
}
