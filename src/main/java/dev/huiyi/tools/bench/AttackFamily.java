package dev.huiyi.tools.bench;

import java.util.function.IntFunction;

/**
 * Families of pathological documents that once made the pipeline superlinear or memory-hungry, each generated at
 * any size: the scaling benchmark and the budget tests build their inputs from them, so nothing large is committed.
 */
public enum AttackFamily {
    /** A run of the list separator: every position could open a list item. */
    ENUMERATION_COMMAS(n -> repeat("、", n)),
    /** One endless list of names: every name could be the first of a role rule's list. */
    NAME_LIST(n -> "会议由" + repeat("张三、李四、王五、", n / 9) + "等同志出席。"),
    /** One ordinary report repeated: many sentences, many mentions, many role rules. */
    REPEATED_REPORT(n -> repeat("全市安全生产工作会议3月5日召开。市委书记李明主持会议并讲话，副市长王强、赵刚出席。"
            + "会议强调，要压实责任、守牢底线。", n / 60 + 1)),
    /** One line of dates: the date recogniser's worst case. */
    DATE_RUN(n -> repeat("2024年3月5日、", n / 10 + 1)),
    /** Unbalanced and nested quotes and book-title marks: the masks and key-point readers. */
    QUOTE_RUN(n -> repeat("“《“", n / 3 + 1));

    private final IntFunction<String> generator;

    AttackFamily(IntFunction<String> generator) {
        this.generator = generator;
    }

    /** A document of about {@code chars} characters of this family. */
    public String text(int chars) {
        String text = generator.apply(Math.max(chars, 1));
        return text.length() > chars ? text.substring(0, chars) : text;
    }

    private static String repeat(String unit, int times) {
        return unit.repeat(Math.max(times, 1));
    }
}
