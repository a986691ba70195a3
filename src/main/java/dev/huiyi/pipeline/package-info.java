/**
 * The stages a report goes through (normalize, segment, recognize, relate, assemble), the per-document context
 * they share, and the check of what each requires and provides.
 */
package dev.huiyi.pipeline;
