package dev.huiyi.tools.eval;

/** A two-part comparison key, e.g. (person name, title) or (speaker name, speech type), both normalised. */
record KeyPair(String first, String second) {
}
