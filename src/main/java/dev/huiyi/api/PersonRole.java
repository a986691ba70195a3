package dev.huiyi.api;

/** What a person did at the meeting. */
public enum PersonRole { HOST, SPEAKER, GUEST, ATTENDEE }
