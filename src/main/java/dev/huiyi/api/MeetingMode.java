package dev.huiyi.api;

/** How the meeting was held; see the contract's Decisions. */
public enum MeetingMode { IN_PERSON, VIDEO, TELECONFERENCE, HYBRID }
