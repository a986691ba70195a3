package dev.huiyi.tools.eval;

import java.util.List;

/**
 * A person in a gold file: name, titles as written, titles a careful reader could include or leave out,
 * and (for speakers) the speech type; null when the file does not say.
 */
public record GoldPerson(String name, List<String> titles, List<String> optionalTitles, String speechType) {
    public GoldPerson {
        titles = List.copyOf(titles == null ? List.of() : titles);
        optionalTitles = List.copyOf(optionalTitles == null ? List.of() : optionalTitles);
    }
}
