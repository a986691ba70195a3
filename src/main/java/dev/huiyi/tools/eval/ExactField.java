package dev.huiyi.tools.eval;

/** The exact-match fields, in report order; {@link #key()} is the name used in JSON, tables and baselines. */
public enum ExactField {
    MEETING_DATE("meetingDate"),
    PUBLISHED_AT("publishedAt"),
    MODE("mode"),
    TITLE("title"),
    MEETING_NAME("meetingName"),
    LOCATION("location");

    private final String key;

    ExactField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
