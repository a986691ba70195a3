package dev.huiyi.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zip entries STORED with a data descriptor: the reader cannot know their size before it has read them, so
 * commons-compress holds each whole in memory first. One is now read under the document size cap; one past it ends
 * its archive with an error line instead of filling the heap.
 */
class StoredDataDescriptorTest {
    private static final int MAX_BYTES = 64 * 1024;
    private static final byte[] REPORT = "科技部召开座谈会。".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSmallStoredEntryWithADataDescriptorIsRead(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("small.zip");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        storedWithDescriptor(out, "a.txt", REPORT, true);
        storedWithDescriptor(out, "b.txt", REPORT, true);
        endOfArchive(out, "a.txt", "b.txt");
        Files.write(zip, out.toByteArray());

        List<InputItem> items = walk(zip);

        assertThat(items).extracting(i -> i.id() + (i.isFailed() ? " " + i.failure().message() : ""))
                .containsExactly(zip + "!/a.txt", zip + "!/b.txt");
        assertThat(items).allSatisfy(item -> assertThat(item.source().bytes()).isEqualTo(REPORT));
    }

    /**
     * 4 GiB of an entry whose descriptor never comes, as a sparse file (no disk used): before the fix the reader
     * buffered it all and the test JVM ran out of heap; now the archive stops a buffer past the size cap.
     */
    @Test
    void aHugeStoredEntryWithADataDescriptorEndsItsArchiveAtTheSizeCap(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("huge.zip");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        storedWithDescriptor(out, "good.txt", REPORT, true);
        storedWithDescriptor(out, "huge.txt", new byte[0], false); // its data: the zeros below
        Files.write(zip, out.toByteArray());
        try (RandomAccessFile file = new RandomAccessFile(zip.toFile(), "rw")) {
            file.setLength(4L << 30);
        }

        List<InputItem> items = walk(zip);

        assertThat(items).hasSize(2);
        assertThat(items.get(0).isFailed()).isFalse();
        assertThat(items.get(1).id()).isEqualTo(zip.toString());
        assertThat(items.get(1).failure().type()).isEqualTo("InputException");
        assertThat(items.get(1).failure().message())
                .contains("huge.txt", "data descriptor", "size cap of " + MAX_BYTES + " bytes");
    }

    private static List<InputItem> walk(Path zip) throws IOException {
        InputWalker.Settings settings = new InputWalker.Settings(InputFilter.defaults(), MAX_BYTES, 1L << 40,
                null, ref -> false, InputStream.nullInputStream());
        List<InputItem> items = new ArrayList<>();
        try (InputWalker walker = new InputWalker(List.of(zip.toString()), settings)) {
            walker.forEachRemaining(items::add);
        }
        return items;
    }

    /** The central directory (one record per entry, as a streaming reader skips it) and its end record. */
    private static void endOfArchive(ByteArrayOutputStream out, String... names) {
        int start = out.size();
        for (String name : names) {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            ByteBuffer cfh = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
            cfh.putInt(0x02014b50).position(28);
            cfh.putShort((short) nameBytes.length);
            out.writeBytes(cfh.array());
            out.writeBytes(nameBytes);
        }
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) names.length)
                .putShort((short) names.length).putInt(out.size() - start).putInt(start).putShort((short) 0);
        out.writeBytes(end.array());
    }

    /** A local header with general purpose bit 3 and no sizes, the data, then (if asked) its data descriptor. */
    private static void storedWithDescriptor(ByteArrayOutputStream out, String name, byte[] data, boolean descriptor) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0808).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0x21).putInt(0).putInt(0).putInt(0)
                .putShort((short) nameBytes.length).putShort((short) 0);
        out.writeBytes(header.array());
        out.writeBytes(nameBytes);
        out.writeBytes(data);
        if (descriptor) {
            CRC32 crc = new CRC32();
            crc.update(data);
            ByteBuffer dd = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            dd.putInt(0x08074b50).putInt((int) crc.getValue()).putInt(data.length).putInt(data.length);
            out.writeBytes(dd.array());
        }
    }
}
