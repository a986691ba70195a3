package dev.huiyi.recognize;

import dev.huiyi.text.Document;
import dev.huiyi.text.Token;

import java.time.LocalDate;
import java.util.List;

/** What recognisers read: the document, its tokens and the date relative expressions resolve against. */
public record RecognitionInput(Document document, List<Token> tokens, LocalDate referenceDate) {
    public RecognitionInput {
        tokens = List.copyOf(tokens);
    }

    public String text() {
        return document.text();
    }
}
