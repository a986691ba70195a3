package dev.huiyi.normalize;

/**
 * What a layout rule says a line is. HEADLINE and HEADLINE_DATE are cues, not kinds of line: a short line near the
 * top that reads like a headline, and a date that closes the headline's own line (…全委(扩大)会议【2018-02-26】).
 */
public enum LineKind { CHROME, DATELINE, ISSUED, HEADLINE, HEADLINE_DATE }
