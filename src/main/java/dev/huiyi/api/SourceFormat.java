package dev.huiyi.api;

/** How the raw input was laid out before normalisation. */
public enum SourceFormat { TEXT, HTML }
