package dev.huiyi.io;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a walk met and did not take as an input, by reason, so that the summary says why a directory gave fewer
 * documents than it holds. Updated by the one thread that walks; read at the end.
 */
public final class Ignored {
    /** Why something found in a directory or archive is not an input. */
    public enum Reason {
        /** Files and archive entries that {@code --include} / {@code --exclude} leave out. */
        notIncluded,
        /** Symbolic links that point nowhere. */
        danglingLinks,
        /** Symbolic links to directories (not followed: they could loop). */
        linkedDirectories,
        /** Sockets, pipes, devices. */
        specialFiles,
        /** Archives without one entry that the globs take. */
        archivesWithoutReports
    }

    private final Map<Reason, Long> counts = new EnumMap<>(Reason.class);

    synchronized void add(Reason reason) {
        counts.merge(reason, 1L, Long::sum);
    }

    /** The counts so far, reasons with none left out, in the order of {@link Reason}. */
    public synchronized Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((reason, n) -> out.put(reason.name(), n));
        return out;
    }
}
