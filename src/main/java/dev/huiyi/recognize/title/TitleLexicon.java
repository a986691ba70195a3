package dev.huiyi.recognize.title;

import dev.huiyi.text.Deadline;
import dev.huiyi.resources.KeyedValues;
import dev.huiyi.resources.Lexicon;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Post head nouns ({@code models/title/posts.tsv}) and the stop words a title prefix never crosses. */
public final class TitleLexicon {
    /** Whether a post names one person's office or labels a list of people. */
    public enum PostKind { POST, COLLECTIVE, LABEL }

    private final Lexicon<PostKind> posts;
    private final Lexicon<Boolean> stops;
    private final List<Pattern> clauses;
    private final Set<String> runningTextPos;
    /** HanLP tags of words naming a person's job (post_grammar.tsv person_noun_pos). */
    private final Set<String> personNounPos;
    /** A label of a whole list read after its closing 等 (A,B等|省工商联领导|出席; post_grammar.tsv label_after_list). */
    private final Pattern labelAfterList;
    /** What links a post to the list of its holders after it (大会执行主席是:|A、B; 副会长有|A、B): post_grammar.tsv list_link. */
    private final Pattern listLink;
    /** A label ending right before a name (集团领导|韩平川、…; post_grammar.tsv label_before_name). */
    private final Pattern labelBeforeName;
    /** A session a post belongs to (县政协十届一次会议|主席团常务主席; post_grammar.tsv session_before_post). */
    private final Pattern sessionBeforePost;
    /** A unit's head right after a post word makes it part of a unit's name (律师|协会; post_grammar.tsv unit_after_post). */
    private final Lexicon<Boolean> unitAfterPost;
    /** A count of people between a list of names and its post (A、B、C|三位|副主任; post_grammar.tsv count_before_label). */
    private final Pattern countBeforeLabel;
    /** What a label after a count ends in to be every name's post (post_grammar.tsv count_label_head). */
    private final Pattern countLabelHead;

    private TitleLexicon(Lexicon<PostKind> posts, Lexicon<Boolean> stops, List<Pattern> clauses,
                         Set<String> runningTextPos, Pattern labelAfterList, Pattern labelBeforeName, Pattern listLink,
                         Pattern sessionBeforePost, Lexicon<Boolean> unitAfterPost, Pattern countBeforeLabel,
                         Pattern countLabelHead, Set<String> personNounPos) {
        this.personNounPos = Set.copyOf(personNounPos);
        this.countBeforeLabel = countBeforeLabel;
        this.countLabelHead = countLabelHead;
        this.sessionBeforePost = sessionBeforePost;
        this.unitAfterPost = unitAfterPost;
        this.labelAfterList = labelAfterList;
        this.listLink = listLink;
        this.labelBeforeName = labelBeforeName;
        this.posts = posts;
        this.stops = stops;
        this.clauses = List.copyOf(clauses);
        this.runningTextPos = Set.copyOf(runningTextPos);
    }

    /** HanLP tags of words naming a person's job (营业员/nnt): no body's name holds one. */
    public Set<String> personNounPos() {
        return personNounPos;
    }

    /** HanLP tags of running text a title's unit prefix never starts with (随后|市委副书记; post_grammar.tsv). */
    public Set<String> runningTextPos() {
        return runningTextPos;
    }

    /**
     * A label of a whole list of names that the posts do not hold, read from right after the list's closing 等
     * (lookingAt): 省工商联领导 in A,B等|省工商联领导|出席.
     */
    /**
     * Where the link between a post and the list of its holders (post_grammar.tsv list_link: 有, 是:, 分别为) that starts
     * at {@code at} ends, or -1.
     */
    public int listLinkEndAt(String text, int at) {
        Matcher m = listLink.matcher(Deadline.guard(text)).region(at, Math.min(text.length(), at + MAX_LINK));
        return m.lookingAt() ? m.end() : -1;
    }

    /** Where the link that ends at {@code listStart} starts (大会执行主席|是:|A、B), the earliest such start, or -1. */
    public int listLinkStartBefore(String text, int listStart) {
        for (int at = Math.max(0, listStart - MAX_LINK); at < listStart; at++) {
            if (listLinkEndAt(text, at) == listStart) {
                return at;
            }
        }
        return -1;
    }

    /** The longest link between a post and its list (分别是:). */
    private static final int MAX_LINK = 4;

    public Pattern labelAfterList() {
        return labelAfterList;
    }

    /** How long a count of people (三位, 等3名) is between a list's last name and its label. */
    private static final int MAX_COUNT = 6;

    /** How far past a label its head's guard looks (主任|代表: a post before 代表 labels no one). */
    private static final int HEAD_GUARD = 2;

    /**
     * Where a count of people that ends at the label's start starts (A、B、C|三位|副主任: the list's end), or -1:
     * the label after the count is every name's title, as after 等, when it heads something (not 12名|委员).
     */
    public int countStartBefore(String text, int labelStart, int labelEnd) {
        int count = countStartEndingAt(text, labelStart);
        if (count < 0) {
            return -1;
        }
        Matcher head = countLabelHead.matcher(Deadline.guard(text))
                .region(labelStart, Math.min(text.length(), labelEnd + HEAD_GUARD));
        while (head.find()) {
            if (head.end() >= labelEnd) {
                return head.end() == labelEnd ? count : -1;
            }
        }
        return -1;
    }

    /**
     * A label ending in 领导 that the posts do not hold, ending right before a name (集团领导|韩平川、喇利群): matched
     * over a region from where the label starts to the name.
     */
    public Pattern labelBeforeName() {
        return labelBeforeName;
    }

    /** Clauses that belong to the title of the post after them ({@code models/title/clauses.tsv}), anchored at their end. */
    public List<Pattern> clauses() {
        return clauses;
    }

    public static TitleLexicon load(ModelSource models) {
        Map<String, PostKind> posts = new HashMap<>();
        for (TsvRow row : TsvReader.rows(models.read("title/posts.tsv"), 2)) {
            switch (row.get(1).strip()) {
                case "post" -> posts.put(row.get(0).strip(), PostKind.POST);
                case "collective" -> posts.put(row.get(0).strip(), PostKind.COLLECTIVE);
                case "label" -> posts.put(row.get(0).strip(), PostKind.LABEL);
                default -> throw row.error("kind must be post, collective or label, not '" + row.get(1) + "'");
            }
        }
        addGrammar(models, posts);
        Map<String, Boolean> stops = new HashMap<>();
        for (String w : TsvReader.words(models.read("title/title_stops.tsv"))) {
            stops.put(w, Boolean.TRUE);
        }
        List<Pattern> clauses = new ArrayList<>();
        for (TsvRow row : TsvReader.rows(models.read("title/clauses.tsv"), 1)) {
            clauses.add(Pattern.compile("(?:" + row.regex(0).pattern() + ")$"));
        }
        KeyedValues grammar = KeyedValues.read(models.read("title/post_grammar.tsv"), "models/title/post_grammar.tsv");
        Map<String, Boolean> unitAfterPost = new HashMap<>();
        for (String head : words(grammar.text("unit_after_post"))) {
            unitAfterPost.put(head, Boolean.TRUE);
        }
        return new TitleLexicon(Lexicon.of(posts), Lexicon.of(stops), clauses,
                Set.copyOf(words(grammar.text("running_text_pos"))), grammar.regex("label_after_list"),
                grammar.regex("label_before_name"), grammar.regex("list_link"),
                grammar.regex("session_before_post"), Lexicon.of(unitAfterPost), grammar.regex("count_before_label"),
                grammar.regex("count_label_head"), Set.copyOf(words(grammar.text("person_noun_pos"))));
    }

    /**
     * The post grammar ({@code models/title/post_grammar.tsv}): modifier + head makes a post, group + 代表 a label,
     * level or owner + 领导 a collective label. Entries of posts.tsv keep their kind.
     */
    private static void addGrammar(ModelSource models, Map<String, PostKind> posts) {
        KeyedValues grammar = KeyedValues.read(models.read("title/post_grammar.tsv"), "models/title/post_grammar.tsv");
        List<String> heads = words(grammar.text("head"));
        for (String head : heads) {
            posts.putIfAbsent(head, PostKind.POST);
            for (String modifier : words(grammar.text("modifier"))) {
                posts.putIfAbsent(modifier + head, PostKind.POST);
            }
        }
        for (String group : words(grammar.text("group"))) {
            posts.putIfAbsent(group + "代表", PostKind.LABEL);
        }
        for (String level : words(grammar.text("level"))) {
            posts.putIfAbsent(level + "领导", PostKind.COLLECTIVE);
        }
        for (String owner : words(grammar.text("owner"))) {
            posts.putIfAbsent(owner + "领导", PostKind.COLLECTIVE);
        }
    }

    private static List<String> words(String value) {
        return List.of(value.strip().split("\\s+"));
    }

    /** Length of the longest post ending at {@code end}, or 0. */
    public int postEndingAt(CharSequence text, int end) {
        return posts.longestEndingAt(text, end);
    }

    /** Length of the longest post starting at {@code start}, or 0. */
    public int postAt(CharSequence text, int start) {
        int post = posts.longestAt(text, start);
        // 中华全国|律师协会, 卓越|工程师学院: a post word that a unit's head follows names the unit, and the
        // characters before it are the unit's too, no person's name
        return post > 0 && unitAfterPost.longestAt(text, start + post) > 0 ? 0 : post;
    }

    public boolean isCollective(String post) {
        return posts.get(post).orElse(PostKind.POST) == PostKind.COLLECTIVE;
    }

    /** A label such as 代表 is a title only before names; after a name it is a verb (张三代表部党组作…). */
    public boolean isLabel(String post) {
        return posts.get(post).orElse(PostKind.POST) == PostKind.LABEL;
    }

    /** How far back a session before a post is looked for (县政协十届一次会议). */
    private static final int MAX_SESSION = 12;

    /**
     * Length of the longest stop word ending at {@code end} that ends a title's unit prefix read leftwards, or 0: as
     * {@link #stopEndingAt}, but the 会议 of a session the post belongs to (十届一次会议|主席团常务主席,
     * 第二次全体会议|执行主席) is part of the prefix.
     */
    public int prefixStopEndingAt(CharSequence text, int end) {
        int stop = stops.longestEndingAt(text, end);
        if (stop == 0) { // 学会秘书长倪承远和5位|副秘书长柯晓彤: a count of people is no prefix
            int count = countStartEndingAt(text, end);
            stop = count < 0 ? 0 : end - count;
        }
        if (stop > 0 && sessionBeforePost.matcher(text).region(Math.max(0, end - MAX_SESSION), end).find()) {
            return 0;
        }
        return stop;
    }

    /** Where a count of people (5位, 等3名; post_grammar.tsv count_before_label) that ends at {@code end} starts, or -1. */
    private int countStartEndingAt(CharSequence text, int end) {
        Matcher m = countBeforeLabel.matcher(Deadline.guard(text)).region(Math.max(0, end - MAX_COUNT), end);
        while (m.find()) {
            if (m.end() == end) {
                return m.start();
            }
        }
        return -1;
    }

    /** Length of the longest stop word ending at {@code end}, or 0. */
    public int stopEndingAt(CharSequence text, int end) {
        return stops.longestEndingAt(text, end);
    }
}
