package dev.huiyi.batch;

import dev.huiyi.io.InputRef;

/** What became of one input: its rendered output (record or error object) and what it counts for. */
public record Outcome(long seq, InputRef input, Status status, long chars, long bytes, String json) {

    /** A record without warnings, a record with warnings, or an error object. */
    public enum Status { OK, WARNINGS, FAILED }
}
