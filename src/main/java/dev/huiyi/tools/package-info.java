/**
 * The tools built on the library, which a Maven consumer does not need: the command line ({@code tools.cli}), the
 * benchmarks and corpus generator ({@code tools.bench}), the evaluator with its gold reading ({@code tools.eval})
 * and the flat tables for data teams ({@code tools.tables}). Everything outside {@code dev.huiyi.tools} is the
 * library: the API, the pipeline and its recognisers, reading inputs and writing records.
 */
package dev.huiyi.tools;
