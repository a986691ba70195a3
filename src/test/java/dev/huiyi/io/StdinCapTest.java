package dev.huiyi.io;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** {@code huiyi extract - < /dev/zero}: stdin is read up to the cap and no further, then it is an error line. */
class StdinCapTest {

    /** Zeros forever, counting what was read. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            return len;
        }
    }

    @Test
    void anEndlessStdinBecomesAnOverCapErrorAfterTheCap() {
        Endless zeros = new Endless();
        int cap = 1024 * 1024;
        InputWalker.Settings settings = new InputWalker.Settings(InputFilter.defaults(), cap, Long.MAX_VALUE, null,
                ref -> false, zeros);

        InputItem item = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (InputWalker walker = new InputWalker(List.of("-"), settings)) {
                InputItem only = walker.next();
                assertThat(walker.hasNext()).isFalse();
                return only;
            }
        });

        assertThat(item.id()).isEqualTo(InputWalker.STDIN_ID);
        assertThat(item.failure().type()).isEqualTo("InputException");
        assertThat(item.failure().message()).contains("size cap of " + cap);
        assertThat(zeros.read).isLessThanOrEqualTo(cap + 64 * 1024L);
    }
}
