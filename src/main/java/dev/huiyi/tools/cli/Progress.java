package dev.huiyi.tools.cli;

import dev.huiyi.batch.BatchListener;
import dev.huiyi.io.InputWalker;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Chooses how a batch shows progress: a bar when stderr is a terminal, log lines otherwise. */
final class Progress {
    private Progress() {
    }

    /** Counts the inputs on a background thread (for the ETA) and returns the listener. */
    static BatchListener start(PrintStream err, List<String> args, InputWalker.Settings settings, LongSupplier skipped) {
        AtomicLong total = new AtomicLong(-1);
        Thread counter = new Thread(() -> {
            try {
                total.set(InputWalker.count(args, settings));
            } catch (RuntimeException e) {
                // no total: progress goes on without an ETA
            }
        }, "huiyi-count");
        counter.setDaemon(true);
        counter.setPriority(Thread.MIN_PRIORITY);
        counter.start();
        return stderrIsTerminal() ? new TerminalProgress(err, total::get, skipped) : new LogProgress(err, total::get, skipped);
    }

    /** Java cannot ask isatty(2) directly: on Linux, /proc tells where fd 2 points; elsewhere the console decides. */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // fall through
        }
        return System.console() != null;
    }
}
