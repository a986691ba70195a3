/**
 * Decoding (charset detection), HTML to text with source positions, page chrome and date lines, width folding and
 * traditional to simplified conversion: lengths never change, so offsets stay exact.
 */
package dev.huiyi.normalize;
