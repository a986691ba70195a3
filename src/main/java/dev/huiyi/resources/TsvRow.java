package dev.huiyi.resources;

import dev.huiyi.api.ModelException;
import dev.huiyi.api.PersonRole;

import java.util.ArrayList;
import java.util.List;

/** One data line of a model file, with where it came from, for {@code file:line} errors and provenance. */
public record TsvRow(String file, int line, List<String> fields) {
    public TsvRow {
        fields = List.copyOf(fields);
    }

    public String get(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    public String location() {
        return file + ":" + line;
    }

    /**
     * Field {@code index} compiled as a Java regex; a bad one, or one that backtracks without bound on a short
     * probe line ({@link RegexBudget}), fails naming this file and line.
     */
    public java.util.regex.Pattern regex(int index) {
        java.util.regex.Pattern pattern;
        try {
            pattern = java.util.regex.Pattern.compile(get(index));
        } catch (java.util.regex.PatternSyntaxException e) {
            throw error("bad regex: " + e.getDescription());
        }
        RegexBudget.exceededOn(pattern).ifPresent(probe -> {
            throw error("regex backtracks without bound (on the line " + probe + "); rewrite its nested quantifiers");
        });
        return pattern;
    }

    /**
     * Field {@code index} as comma-separated {@link PersonRole} names; {@code NONE} stands for no role (a person
     * only named). An unknown name fails naming this file and line.
     */
    public List<PersonRole> roles(int index) {
        List<PersonRole> roles = new ArrayList<>();
        for (String r : get(index).split(",")) {
            if (r.strip().equals("NONE")) {
                continue;
            }
            try {
                roles.add(PersonRole.valueOf(r.strip()));
            } catch (IllegalArgumentException e) {
                throw error("unknown role '" + r + "' (HOST, SPEAKER, GUEST, ATTENDEE or NONE)");
            }
        }
        return List.copyOf(roles);
    }

    public ModelException error(String message) {
        return new ModelException(location() + ": " + message);
    }
}
