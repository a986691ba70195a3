package dev.huiyi.normalize;

/** The input decoded to characters, with the charset it was decoded with. */
public record DecodedInput(String text, String encoding) {
}
