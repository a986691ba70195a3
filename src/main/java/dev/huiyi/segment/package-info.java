/**
 * The segmenter interface the pipeline depends on (HanLP implements it in {@code hanlp}).
 */
package dev.huiyi.segment;
