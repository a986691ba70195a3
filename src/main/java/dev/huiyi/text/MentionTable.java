package dev.huiyi.text;

import dev.huiyi.api.MentionType;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The mentions of one text as columns: offsets, and an index into the few kinds (type, rule, confidence) a text's
 * mentions come in; values and surfaces only where some mention's differ from the text. About 10 bytes a mention,
 * where a {@link Mention} object and its reference take 52: a hostile list of names has a mention every three
 * characters, and the objects were most of its peak. A {@link Mention} is made when one is read, so a reader sees an
 * ordinary list; mentions are equal by value, never compared by identity.
 *
 * <p>Rows are kept in blocks of a fixed size, as {@link Tokens} keeps words: growing never copies, and no column is
 * one array of megabytes (G1 gives such an array whole regions of its own, half of one wasted on average).
 *
 * <p>A list of one document, used by one thread; adding, replacing and removing are supported, inserting in the
 * middle is not.
 */
public final class MentionTable extends AbstractList<Mention> implements RandomAccess {
    private static final int BLOCK_BITS = 12;
    private static final int BLOCK = 1 << BLOCK_BITS;
    private static final int IN_BLOCK = BLOCK - 1;

    private record Kind(MentionType type, String provenance, double confidence) {
    }

    /** The columns of {@link #BLOCK} rows. */
    private static final class Block {
        final int[] starts;
        final int[] ends;
        final char[] kinds;
        /** Null until a mention's value is not its surface; then null for the surface (see Mention#rowValue). */
        String[] values;
        /** Null until a mention's surface is not the text at its offsets; then null for the text's. */
        String[] surfaces;

        Block(int length) {
            starts = new int[length];
            ends = new int[length];
            kinds = new char[length];
        }
    }

    private final String text;
    private Block[] blocks = new Block[1];
    private int size;
    private final List<Kind> kindList = new ArrayList<>();
    private final Map<Kind, Character> kindIndex = new HashMap<>();

    /** An empty table of mentions of {@code text}. */
    public MentionTable(String text) {
        this.text = Objects.requireNonNull(text);
    }

    /** The text the mentions are cut from. */
    public String text() {
        return text;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Mention get(int row) {
        Block b = block(checkRow(row));
        int i = row & IN_BLOCK;
        Kind kind = kindList.get(b.kinds[i]);
        String surface = b.surfaces == null ? null : b.surfaces[i];
        String value = b.values == null ? null : b.values[i];
        return surface == null
                ? Mention.row(kind.type(), b.starts[i], b.ends[i], text, 0, value, kind.provenance(), kind.confidence())
                : Mention.row(kind.type(), b.starts[i], b.ends[i], surface, b.starts[i], value, kind.provenance(),
                kind.confidence());
    }

    public int start(int row) {
        return block(checkRow(row)).starts[row & IN_BLOCK];
    }

    public int end(int row) {
        return block(checkRow(row)).ends[row & IN_BLOCK];
    }

    public double confidence(int row) {
        return kind(row).confidence();
    }

    public MentionType type(int row) {
        return kind(row).type();
    }

    private Kind kind(int row) {
        return kindList.get(block(checkRow(row)).kinds[row & IN_BLOCK]);
    }

    @Override
    public boolean add(Mention m) {
        write(newRow(), m);
        return true;
    }

    @Override
    public boolean addAll(Collection<? extends Mention> mentions) {
        if (mentions instanceof MentionTable other && other.text == text) {
            for (int r = 0; r < other.size; r++) {
                copyRow(other, r, newRow());
            }
            return other.size > 0;
        }
        for (Mention m : mentions) {
            add(m);
        }
        return !mentions.isEmpty();
    }

    @Override
    public Mention set(int row, Mention m) {
        Mention old = get(row);
        write(row, m);
        return old;
    }

    @Override
    public Mention remove(int row) {
        Mention old = get(row);
        for (int r = row + 1; r < size; r++) {
            copyRow(this, r, r - 1);
        }
        truncate(size - 1);
        return old;
    }

    /** Removes the rows whose mention matches, in one pass (a removal per row through the iterator is quadratic). */
    @Override
    public boolean removeIf(Predicate<? super Mention> filter) {
        int kept = 0;
        for (int r = 0; r < size; r++) {
            if (!filter.test(get(r))) {
                if (r != kept) {
                    copyRow(this, r, kept);
                }
                kept++;
            }
        }
        boolean removed = kept < size;
        truncate(kept);
        return removed;
    }

    /** A table of the given rows, in the order given. */
    public MentionTable rows(int[] rows) {
        MentionTable out = new MentionTable(text);
        for (int r : rows) {
            out.copyRow(this, checkRow(r), out.newRow());
        }
        return out;
    }

    /**
     * The mentions of the given types, in this table's order: a table of them, or this table itself when it holds no
     * other (a list of names is all persons: a copy would hold it twice).
     */
    public MentionTable ofTypes(Set<MentionType> types) {
        if (kindList.stream().allMatch(k -> types.contains(k.type()))) {
            return this;
        }
        MentionTable out = new MentionTable(text);
        for (int r = 0; r < size; r++) {
            if (types.contains(type(r))) {
                out.copyRow(this, r, out.newRow());
            }
        }
        return out;
    }

    /** Whether the rows are in order of start (so that a search by start may halve them). */
    public boolean sortedByStart() {
        for (int r = 1; r < size; r++) {
            if (start(r) < start(r - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sorts the rows by span as {@link dev.huiyi.api.Span} orders spans (by start, the longer first), stably: as
     * {@code sort((a, b) -> a.span().compareTo(b.span()))} would, without an object per row.
     */
    public void sortBySpan() {
        int[] order = IntSort.identity(size);
        IntSort.stable(order, (a, b) -> start(a) != start(b) ? Integer.compare(start(a), start(b))
                : Integer.compare(end(b), end(a)));
        MentionTable sorted = rows(order);
        blocks = sorted.blocks;
        kindList.clear();
        kindList.addAll(sorted.kindList);
        kindIndex.clear();
        kindIndex.putAll(sorted.kindIndex);
        modCount++;
    }

    private Block block(int row) {
        return blocks[row >>> BLOCK_BITS];
    }

    /** Room for one more row at the end; its index. */
    private int newRow() {
        int b = size >>> BLOCK_BITS;
        if (b == blocks.length) {
            blocks = Arrays.copyOf(blocks, b * 2); // the block table only: a reference per 4,096 rows
        }
        if (blocks[b] == null) {
            blocks[b] = new Block(b == 0 ? 64 : BLOCK); // the first block as small as a short report needs
        } else if ((size & IN_BLOCK) == blocks[b].starts.length) {
            blocks[b] = widened(blocks[b]);
        }
        modCount++;
        return size++;
    }

    private static Block widened(Block small) {
        int length = Math.min(BLOCK, small.starts.length * 4);
        Block b = new Block(length);
        System.arraycopy(small.starts, 0, b.starts, 0, small.starts.length);
        System.arraycopy(small.ends, 0, b.ends, 0, small.starts.length);
        System.arraycopy(small.kinds, 0, b.kinds, 0, small.starts.length);
        b.values = small.values == null ? null : Arrays.copyOf(small.values, length);
        b.surfaces = small.surfaces == null ? null : Arrays.copyOf(small.surfaces, length);
        return b;
    }

    private void truncate(int newSize) {
        for (int r = newSize; r < size; r++) {
            Block b = block(r);
            int i = r & IN_BLOCK;
            if (b.values != null) {
                b.values[i] = null;
            }
            if (b.surfaces != null) {
                b.surfaces[i] = null;
            }
        }
        if (newSize != size) {
            modCount++;
        }
        size = newSize;
    }

    private void write(int row, Mention m) {
        if (m.start() < 0 || m.end() > text.length()) {
            throw new IllegalArgumentException(m + " does not fit a text of " + text.length());
        }
        Block b = block(row);
        int i = row & IN_BLOCK;
        b.starts[i] = m.start();
        b.ends[i] = m.end();
        b.kinds[i] = kindOf(new Kind(m.type(), m.provenance(), m.confidence()));
        setValue(b, i, m.rowValue());
        setSurface(b, i, m.cutFrom(text) || text.startsWith(m.surface(), m.start()) ? null : m.surface());
    }

    private void copyRow(MentionTable from, int fromRow, int row) {
        Block f = from.block(fromRow);
        int fi = fromRow & IN_BLOCK;
        Block b = block(row);
        int i = row & IN_BLOCK;
        b.starts[i] = f.starts[fi];
        b.ends[i] = f.ends[fi];
        b.kinds[i] = from == this ? f.kinds[fi] : kindOf(from.kindList.get(f.kinds[fi]));
        setValue(b, i, f.values == null ? null : f.values[fi]);
        setSurface(b, i, f.surfaces == null ? null : f.surfaces[fi]);
    }

    private static void setValue(Block b, int i, String value) {
        if (value != null && b.values == null) {
            b.values = new String[b.starts.length];
        }
        if (b.values != null) {
            b.values[i] = value;
        }
    }

    private static void setSurface(Block b, int i, String surface) {
        if (surface != null && b.surfaces == null) {
            b.surfaces = new String[b.starts.length];
        }
        if (b.surfaces != null) {
            b.surfaces[i] = surface;
        }
    }

    private char kindOf(Kind kind) {
        Character code = kindIndex.get(kind);
        if (code == null) {
            if (kindList.size() > Character.MAX_VALUE) {
                throw new IllegalStateException("more than 65,536 kinds of mention in one text");
            }
            code = (char) kindList.size();
            kindList.add(kind);
            kindIndex.put(kind, code);
        }
        return code;
    }

    private int checkRow(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        return row;
    }
}
