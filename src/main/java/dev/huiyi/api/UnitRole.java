package dev.huiyi.api;

/** What part an organisation took (the {@code roles} of a unit). */
public enum UnitRole {
    /** Convened the meeting (X召开, 由X主办). */
    ORGANIZER,
    /** Its representative spoke. */
    SPEAKER,
    /** Came as a guest. */
    GUEST,
    /** Took part: its representatives attended, or it hosted a branch venue. */
    PARTICIPANT
}
