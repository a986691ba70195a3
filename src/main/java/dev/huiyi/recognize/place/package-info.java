/**
 * Places where meetings are held.
 */
package dev.huiyi.recognize.place;
