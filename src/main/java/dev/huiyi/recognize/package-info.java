/**
 * Recognisers, one class per mention type, each reading its data folder under {@code models/}; and the named policy
 * that settles overlaps.
 */
package dev.huiyi.recognize;
