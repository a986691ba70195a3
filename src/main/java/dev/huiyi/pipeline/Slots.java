package dev.huiyi.pipeline;

import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Source;
import dev.huiyi.relate.Relations;
import dev.huiyi.text.Document;
import dev.huiyi.text.Mention;
import dev.huiyi.text.Tokens;

import java.util.List;

/** The slots the default stages read and write. */
public final class Slots {
    public static final Slot<Source> SOURCE = new Slot<>("source", Source.class);
    public static final Slot<Document> DOCUMENT = new Slot<>("document", Document.class);
    public static final Slot<Tokens> TOKENS = new Slot<>("tokens", Tokens.class);
    public static final Slot<List<Mention>> MENTIONS = new Slot<>("mentions", List.class);
    public static final Slot<String> PUBLISHED_AT = new Slot<>("publishedAt", String.class);
    public static final Slot<Relations> RELATIONS = new Slot<>("relations", Relations.class);
    public static final Slot<MeetingRecord> RECORD = new Slot<>("record", MeetingRecord.class);

    private Slots() {
    }
}
