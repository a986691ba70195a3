package dev.huiyi.text;

/** The kinds of mention the recognisers produce. */
public enum MentionType { PERSON, TITLE, UNIT, PLACE, DATE, SLOGAN }
