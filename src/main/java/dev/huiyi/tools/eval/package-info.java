/**
 * Tools, not library: the evaluator ({@code huiyi eval}) that scores records against hand-written gold files, its
 * gold-file reader ({@code NAME.gold.json}), per-field matchers, table, JSON and details output, and the baseline
 * check.
 */
package dev.huiyi.tools.eval;
