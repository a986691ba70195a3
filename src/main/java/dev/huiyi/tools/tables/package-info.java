/**
 * Tools, not library: flat CSV tables of records for data teams ({@code huiyi tables}): one row per report, per
 * person and role, per unit and role, per key point, keyed by the report's id.
 */
package dev.huiyi.tools.tables;
