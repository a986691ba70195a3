package dev.huiyi.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The files under a directory that the filter accepts (reports, and archives to open), depth first, each directory
 * in name order, listed one directory at a time as the walk reaches it (symbolic links to directories are not
 * followed). What is left out is counted by reason.
 */
final class DirectoryWalk implements Iterator<Path> {
    private final Path root;
    private final InputFilter filter;
    private final Ignored ignored;
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private Path next;

    DirectoryWalk(Path root, InputFilter filter, Ignored ignored) {
        this.root = root;
        this.filter = filter;
        this.ignored = ignored;
        stack.push(list(root));
    }

    @Override
    public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
            Iterator<Path> top = stack.peek();
            if (!top.hasNext()) {
                stack.pop();
                continue;
            }
            Path p = top.next();
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                stack.push(list(p));
            } else if (!Files.exists(p)) {
                ignored.add(Ignored.Reason.danglingLinks);
            } else if (Files.isDirectory(p)) {
                ignored.add(Ignored.Reason.linkedDirectories);
            } else if (!Files.isRegularFile(p)) {
                ignored.add(Ignored.Reason.specialFiles);
            } else if (filter.acceptsInDirectory(root.relativize(p).toString())) {
                next = p;
            } else {
                ignored.add(Ignored.Reason.notIncluded);
            }
        }
        return next != null;
    }

    @Override
    public Path next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Path p = next;
        next = null;
        return p;
    }

    /** A directory that cannot be listed; the walk goes on with the next entry when asked again. */
    static final class Unlistable extends UncheckedIOException {
        private static final long serialVersionUID = 1L;
        private final transient Path dir;

        Unlistable(Path dir, IOException cause) {
            super("cannot list directory " + dir + ": " + cause, cause);
            this.dir = dir;
        }

        Path dir() {
            return dir;
        }
    }

    private static Iterator<Path> list(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            throw new Unlistable(dir, e);
        }
        entries.sort(null);
        return entries.iterator();
    }
}
