/**
 * The values the library returns and takes, and its exceptions: {@link dev.huiyi.api.MeetingRecord} and its parts,
 * {@link dev.huiyi.api.Source}, {@link dev.huiyi.api.Extraction}, and {@link dev.huiyi.api.MeetingRecords} for the
 * contract's JSON. Every value is immutable and safe to share.
 *
 * <p>Two exception families: {@link dev.huiyi.api.InputException} (the caller's data cannot be read) and
 * {@link dev.huiyi.api.ModelException} (a lexicon is broken); {@link dev.huiyi.api.TimeoutException} when a report
 * goes over its time budget.
 */
package dev.huiyi.api;
