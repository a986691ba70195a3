/**
 * Reading the models: the bundled ones or a user's directory over them, TSV and rule files with
 * {@code file:line} errors, lexicon tries, and the scan patterns with their regex budget.
 */
package dev.huiyi.resources;
