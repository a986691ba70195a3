package dev.huiyi.tools.cli;

import dev.huiyi.MeetingExtractor;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --models DIR}, shared by the commands that build an extractor. */
public final class ModelsOption {
    @Option(names = "--models", paramLabel = "DIR",
            description = "User lexicons laid out like models/ (person/names.tsv, title/posts.tsv, unit/gazetteer.tsv, "
                    + "slogan/formulas.tsv, …), added to the bundled ones.")
    Path dir;

    /** A builder with the user's models applied, if any. */
    MeetingExtractor.Builder builder() {
        MeetingExtractor.Builder builder = MeetingExtractor.builder();
        return dir == null ? builder : builder.userModels(dir);
    }
}
