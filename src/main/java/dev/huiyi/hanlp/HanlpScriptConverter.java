package dev.huiyi.hanlp;

import dev.huiyi.api.ModelException;
import dev.huiyi.normalize.ScriptConverter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Traditional → simplified from the single-character entries of HanLP's own {@code t2s.txt} table.
 * HanLP's converter rewrites whole words and can change a text's length; a character table keeps offsets exact.
 */
public final class HanlpScriptConverter implements ScriptConverter {
    private static final String TABLE = "data/dictionary/tc/t2s.txt";
    private final char[] simplified;

    private HanlpScriptConverter(char[] simplified) {
        this.simplified = simplified;
    }

    public static HanlpScriptConverter load() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        try (InputStream in = com.hankcs.hanlp.HanLP.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new ModelException(TABLE + ": not found in the HanLP jar");
            }
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : content.split("\n")) {
                int eq = line.indexOf('=');
                String from = eq < 0 ? "" : line.substring(0, eq);
                String to = eq < 0 ? "" : line.substring(eq + 1).strip();
                if (from.length() == 1 && to.length() == 1) {
                    table[from.charAt(0)] = to.charAt(0);
                }
            }
        } catch (IOException e) {
            throw new ModelException(TABLE + ": cannot read", e);
        }
        return new HanlpScriptConverter(table);
    }

    @Override
    public char toSimplified(char c) {
        return simplified[c];
    }
}
