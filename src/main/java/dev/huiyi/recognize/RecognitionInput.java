package dev.huiyi.recognize;

import dev.huiyi.text.Document;
import dev.huiyi.text.Tokens;

import java.time.LocalDate;

/** What recognisers read: the document, its tokens and the date relative expressions resolve against. */
public record RecognitionInput(Document document, Tokens tokens, LocalDate referenceDate) {
    public String text() {
        return document.text();
    }
}
