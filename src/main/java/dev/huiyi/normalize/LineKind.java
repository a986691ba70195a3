package dev.huiyi.normalize;

/** What a layout rule says a line is. */
public enum LineKind { CHROME, DATELINE, ISSUED, HEADLINE }
