package dev.huiyi.resources;

/** The content of one model file and the name to use in error messages. */
public record TextFile(String name, String content) {
}
