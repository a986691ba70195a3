/**
 * Reading inputs (files, directories, zip and tar archives as streams, stdin, under size caps) and writing outputs
 * (pretty JSON files, JSON Lines, the console).
 */
package dev.huiyi.io;
