/**
 * The batch runner: many inputs extracted on worker threads with a per-document time budget, exactly one output
 * (record or error line) per input, written as soon as it is ready, and a summary at the end.
 */
package dev.huiyi.batch;
