package dev.huiyi.relate;

import dev.huiyi.api.PersonRole;
import dev.huiyi.api.Span;
import dev.huiyi.api.UnitKind;
import dev.huiyi.api.UnitRole;
import dev.huiyi.resources.Lexicon;
import dev.huiyi.text.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Units in roles: organisers, and units whose unnamed representatives act (战略规划司负责同志介绍…,
 * 北京市科委、…等地方单位党组织书记作了视频交流发言). A representative word after a unit — or after a
 * 、/和-list of units — carries the role the role rules find after it.
 */
final class UnitsBuilder {
    /** What may stand between two listed units, or between the last unit and the representative word. */
    private static final Pattern LIST_GLUE = Pattern.compile("^(、|和|及|以及|与|,)?$");
    private static final Pattern BEFORE_REP = Pattern.compile("^(等)?(地方)?(单位|部门)?(的)?$");
    private final Lexicon<Boolean> representatives;
    private final RoleRules roleRules;

    UnitsBuilder(Lexicon<Boolean> representatives, RoleRules roleRules) {
        this.representatives = representatives;
        this.roleRules = roleRules;
    }

    List<UnitFacts> build(String text, List<Mention> units, List<OrganizerRef> organizers) {
        Map<String, Set<UnitRole>> roles = new LinkedHashMap<>();
        Map<String, UnitKind> kinds = new LinkedHashMap<>();
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        for (Mention u : units) {
            kinds.putIfAbsent(u.surface(), UnitKind.valueOf(u.value()));
            mentions.computeIfAbsent(u.surface(), k -> new ArrayList<>()).add(u.span());
        }
        for (OrganizerRef o : organizers) {
            kinds.putIfAbsent(o.name(), o.kind());
            roles.computeIfAbsent(o.name(), k -> new LinkedHashSet<>()).add(UnitRole.ORGANIZER);
            List<Span> spans = mentions.computeIfAbsent(o.name(), k -> new ArrayList<>());
            if (!spans.contains(o.span())) {
                spans.add(o.span());
            }
        }
        for (int i = 0; i < units.size(); i++) {
            Mention u = units.get(i);
            Optional<UnitRole> role = representativeRole(text, u.end());
            if (role.isEmpty()) {
                continue;
            }
            roles.computeIfAbsent(u.surface(), k -> new LinkedHashSet<>()).add(role.get());
            // Walk back over the 、-list this unit closes.
            for (int j = i - 1; j >= 0; j--) {
                Mention prev = units.get(j);
                Mention next = units.get(j + 1);
                if (!LIST_GLUE.matcher(text.substring(prev.end(), next.start())).matches()) {
                    break;
                }
                roles.computeIfAbsent(prev.surface(), k -> new LinkedHashSet<>()).add(role.get());
            }
        }
        List<UnitFacts> facts = new ArrayList<>();
        for (Map.Entry<String, Set<UnitRole>> e : roles.entrySet()) {
            List<Span> spans = new ArrayList<>(mentions.getOrDefault(e.getKey(), List.of()));
            spans.sort(null);
            facts.add(new UnitFacts(e.getKey(), kinds.get(e.getKey()), new ArrayList<>(e.getValue()), spans));
        }
        return facts;
    }

    /** The role of the representatives named right after a unit ending at {@code end}, if any. */
    private Optional<UnitRole> representativeRole(String text, int end) {
        for (int glue = 0; glue <= 6 && end + glue <= text.length(); glue++) {
            if (!BEFORE_REP.matcher(text.substring(end, end + glue)).matches()) {
                continue;
            }
            int rep = representatives.longestAt(text, end + glue);
            int after = rep > 0 ? end + glue + rep : (glue == 0 ? end : -1);
            if (after < 0) {
                continue;
            }
            Optional<RoleMatch> match = roleRules.firstMatch(text, after, Sentences.endOf(text, after));
            if (match.isPresent() && !match.get().rule().marksMentionedOnly()
                    && (rep > 0 || match.get().span().start() - after <= 1)) {
                return Optional.of(toUnitRole(match.get().rule().roles()));
            }
        }
        return Optional.empty();
    }

    private static UnitRole toUnitRole(List<PersonRole> roles) {
        if (roles.contains(PersonRole.GUEST)) {
            return UnitRole.GUEST;
        }
        if (roles.contains(PersonRole.SPEAKER) && !roles.contains(PersonRole.ATTENDEE)) {
            return UnitRole.SPEAKER;
        }
        return UnitRole.PARTICIPANT;
    }
}
