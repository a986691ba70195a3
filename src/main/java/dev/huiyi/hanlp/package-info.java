/**
 * The only package that imports HanLP: the segmenter with a per-instance dictionary and the traditional to
 * simplified character table. HanLP's global state is never changed.
 */
package dev.huiyi.hanlp;
