/**
 * Person names: lexicon, surname grammar, form-layout lines ({@code 出席人员:}), and the stop names.
 */
package dev.huiyi.recognize.person;
