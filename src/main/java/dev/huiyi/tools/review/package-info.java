/**
 * {@code huiyi review}: one self-contained HTML page per report (the normalised text with every mention marked, the
 * record beside it, and with a gold file the differences {@code eval} scores) and an index of them, worst first.
 *
 * <p>Pages are built as jsoup documents, so every piece of report text reaches the page through jsoup's escaper and
 * never as markup; the only raw content is the bundled CSS and scripts, and the record's JSON with {@code <} written
 * as {@code \u003c}. A Content-Security-Policy admits exactly those scripts (by hash) and no network.
 */
package dev.huiyi.tools.review;
