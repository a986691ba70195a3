package dev.huiyi.api;

/** How the meeting was held (the contract's {@code mode}; null in a record when the report does not say). */
public enum MeetingMode {
    /** People met at a place the report names, and nothing remote is said. */
    IN_PERSON,
    /** 视频会议, 以视频(会议)形式召开 — also with 主会场 and 分会场. */
    VIDEO,
    /** 电视电话会议. */
    TELECONFERENCE,
    /** On-site and video combined, as the text says (现场及视频会议相结合). */
    HYBRID
}
