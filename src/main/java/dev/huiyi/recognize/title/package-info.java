/**
 * Titles and posts, and the lexicon the person recogniser shares.
 */
package dev.huiyi.recognize.title;
