package dev.huiyi.io;

/** An input known by name before its bytes are read: what {@code --resume} decides on. */
public record InputRef(String id, String outputName) {
}
