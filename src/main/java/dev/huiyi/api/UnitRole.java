package dev.huiyi.api;

/** What an organisation did at the meeting. */
public enum UnitRole { ORGANIZER, SPEAKER, GUEST, PARTICIPANT }
