package dev.huiyi.api;

/** What a person did at the meeting (the {@code roles} of an attendee). */
public enum PersonRole {
    /** Chaired it (主持会议, 会议由…主持). */
    HOST,
    /** Spoke (讲话, 发言, 致辞, 作报告 …). */
    SPEAKER,
    /** Came as a guest (莅临指导, 应邀出席). */
    GUEST,
    /** Attended (出席, 参加, 列席). */
    ATTENDEE
}
