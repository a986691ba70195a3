/**
 * Tools, not library: the whole-pipeline benchmark ({@code huiyi bench}), the scaling bench on hostile documents and
 * the synthetic corpus generator ({@code huiyi generate}).
 */
package dev.huiyi.tools.bench;
