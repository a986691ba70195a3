/**
 * Policy slogans and formulas, quoted and well-known unquoted ones.
 */
package dev.huiyi.recognize.slogan;
