package dev.huiyi.api;

/** The kinds of mention the recognisers produce (the {@code type} of a {@link RecognisedMention}). */
public enum MentionType { PERSON, TITLE, UNIT, PLACE, DATE, SLOGAN }
