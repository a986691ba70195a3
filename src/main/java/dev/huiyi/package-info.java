/**
 * The library's entry point, {@link dev.huiyi.MeetingExtractor}: build it once with its builder (every model loads
 * then, and a broken one fails fast), share it between threads, and call {@code extract} per report. Its values and
 * exceptions are in {@link dev.huiyi.api}.
 *
 * <p>The library core that a Maven consumer gets: this package, {@code api}, the pipeline and its stages
 * ({@code pipeline}, {@code normalize}, {@code segment}, {@code hanlp}, {@code recognize}, {@code relate},
 * {@code text}, {@code resources}), reading inputs and writing records ({@code io}) and the batch runner
 * ({@code batch}). The tools built on it: the command line ({@code cli}), benchmarks and the corpus generator
 * ({@code bench}) and the evaluator ({@code eval}); their libraries (picocli, the progress bar) are optional
 * dependencies that a consumer does not inherit.
 */
package dev.huiyi;
