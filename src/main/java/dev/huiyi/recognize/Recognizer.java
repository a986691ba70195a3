package dev.huiyi.recognize;

import dev.huiyi.text.Mention;
import dev.huiyi.api.MentionType;

import java.util.List;

/** Finds one kind of mention in a document. Implementations are immutable and thread-safe. */
public interface Recognizer {
    MentionType type();

    List<Mention> recognize(RecognitionInput input, List<Mention> earlier);
}
