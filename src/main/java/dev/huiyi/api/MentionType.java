package dev.huiyi.api;

/** The kinds of mention the recognisers produce (the {@code type} of a {@link RecognisedMention}). */
public enum MentionType {
    /** A person's name. */
    PERSON,
    /** A title or post (部长, 部党组书记). */
    TITLE,
    /** An organisation (科技部, 北京市科委). */
    UNIT,
    /** A place (北京, 京西宾馆). */
    PLACE,
    /** A date or date range; the value is ISO-8601. */
    DATE,
    /** A policy slogan or formula. */
    SLOGAN
}
