/**
 * Organisations: the gazetteer, the unit grammar and the kinds of unit.
 */
package dev.huiyi.recognize.unit;
