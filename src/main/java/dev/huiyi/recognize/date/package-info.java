/**
 * Dates and date ranges, resolved against the report's date line, dateline or the caller's reference date.
 */
package dev.huiyi.recognize.date;
