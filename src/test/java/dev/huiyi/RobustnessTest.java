package dev.huiyi;

import dev.huiyi.api.Extraction;
import dev.huiyi.api.InputException;
import dev.huiyi.api.Person;
import dev.huiyi.api.Source;
import dev.huiyi.api.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never a crash: damaged reports (cut, shuffled, with stray punctuation and tags, without line breaks) give a
 * record with valid spans or an {@link InputException} — no other exception. Fixed seed, so it is repeatable.
 */
class RobustnessTest {
    private static final String NOISE = "、,。“”《》():日月年至—\n<p>&amp;·";

    @Test
    void damagedReportsGiveRecordsOrInputErrors() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        Random random = new Random(20261127);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            String damaged = damage(texts.get(random.nextInt(texts.size())), random);
            try {
                Extraction e = SharedExtractor.get().extract(Source.ofText("damaged-" + k, damaged));
                for (Person p : e.record().attendees()) {
                    for (Span s : p.mentions()) {
                        if (s.end() > e.normalisedText().length()) {
                            failures.add("damaged-" + k + ": span " + s + " outside the text");
                        }
                    }
                }
            } catch (InputException expected) {
                // empty or undecodable after damage: a clear error is the right answer
            } catch (RuntimeException bug) {
                failures.add("damaged-" + k + ": " + bug);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String damage(String text, Random random) {
        switch (random.nextInt(5)) {
            case 0:
                return text.substring(0, random.nextInt(text.length() + 1));
            case 1: {
                List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n")));
                Collections.shuffle(lines, random);
                return String.join("\n", lines);
            }
            case 2: {
                StringBuilder sb = new StringBuilder(text);
                for (int j = 0; j < 20; j++) {
                    sb.insert(random.nextInt(sb.length() + 1), NOISE.charAt(random.nextInt(NOISE.length())));
                }
                return sb.toString();
            }
            case 3:
                return text.replace("\n", "");
            default: {
                StringBuilder sb = new StringBuilder(text);
                for (int j = 0; j < 10 && sb.length() > 2; j++) {
                    int at = random.nextInt(sb.length() - 1);
                    sb.delete(at, at + 1 + random.nextInt(Math.min(20, sb.length() - at - 1) + 1));
                }
                return sb.toString();
            }
        }
    }
}
