package dev.huiyi.batch;

/** Running counts of a batch, updated by the one thread that writes outputs. */
public final class Tally {
    private final long startNanos = System.nanoTime();
    private long ok;
    private long withWarnings;
    private long failed;
    private long chars;
    private long bytes;

    void add(Outcome outcome) {
        switch (outcome.status()) {
            case OK -> ok++;
            case WARNINGS -> withWarnings++;
            case FAILED -> failed++;
        }
        chars += outcome.chars();
        bytes += outcome.bytes();
    }

    public long documents() {
        return ok + withWarnings + failed;
    }

    public long failed() {
        return failed;
    }

    public long bytes() {
        return bytes;
    }

    public long chars() {
        return chars;
    }

    public long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    BatchSummary summary(long skipped, java.util.Map<String, Long> ignored, HeapWatch heap) {
        return BatchSummary.of(ok, withWarnings, failed, skipped, chars, bytes, elapsedMillis(), heap, ignored);
    }
}
