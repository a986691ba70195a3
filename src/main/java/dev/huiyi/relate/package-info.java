/**
 * What ties mentions together: titles to people, roles (host, speaker, guest, attendee; units in roles), key
 * points with their speaker, and the meeting's own facts (name, mode, location).
 */
package dev.huiyi.relate;
