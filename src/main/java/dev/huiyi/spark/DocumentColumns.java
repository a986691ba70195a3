package dev.huiyi.spark;

import dev.huiyi.api.Source;
import dev.huiyi.api.SourceFormat;
import dev.huiyi.io.ErrorLine;
import dev.huiyi.io.InputItem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Where a caller's dataset keeps a document: its {@code id} (string) and either {@code content} (binary: the bytes
 * of a file, decoded as {@code huiyi extract} decodes files) or {@code text} (string: already decoded). Checked on
 * the driver, so that a dataset of the wrong shape fails before any task runs.
 */
record DocumentColumns(int id, int content, int text) implements Serializable {

    static DocumentColumns of(StructType schema) {
        int id = index(schema, "id", StringType.class);
        int content = index(schema, "content", BinaryType.class);
        int text = index(schema, "text", StringType.class);
        if (id < 0 || (content < 0) == (text < 0)) {
            throw new IllegalArgumentException("huiyi needs a string column id and either a binary column content"
                    + " or a string column text; the dataset has " + Arrays.toString(schema.fieldNames()));
        }
        return new DocumentColumns(id, content, text);
    }

    private static int index(StructType schema, String name, Class<? extends DataType> type) {
        for (int i = 0; i < schema.fields().length; i++) {
            if (schema.fields()[i].name().equals(name)) {
                if (!type.isInstance(schema.fields()[i].dataType())) {
                    throw new IllegalArgumentException("column " + name + " must be of type "
                            + type.getSimpleName().replace("Type", "").toLowerCase(java.util.Locale.ROOT)
                            + ", not " + schema.fields()[i].dataType().simpleString());
                }
                return i;
            }
        }
        return -1;
    }

    /** The row's document as a batch input (a null document is an input error, as an empty file is). */
    InputItem item(Row row) {
        String docId = row.isNullAt(id) ? "" : row.getString(id);
        if (content >= 0 ? row.isNullAt(content) : row.isNullAt(text)) {
            return new InputItem(docId, null, null,
                    new ErrorLine.Detail("InputException", "the document is null"), 0);
        }
        Source source = content >= 0
                ? Source.ofBytes(docId, (byte[]) row.get(content), null, SourceFormat.byFileName(docId))
                : Source.ofText(docId, row.getString(text));
        return new InputItem(docId, null, source, null, source.size());
    }
}
