/**
 * The typed document: normalised text with its offset map, tokens, mentions, positions, and the deadline every
 * scan loop checks.
 */
package dev.huiyi.text;
