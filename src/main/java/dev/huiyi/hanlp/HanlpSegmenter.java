package dev.huiyi.hanlp;

import com.hankcs.hanlp.corpus.tag.Nature;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.huiyi.api.ModelException;
import dev.huiyi.resources.ModelSource;
import dev.huiyi.resources.TsvReader;
import dev.huiyi.resources.TsvRow;
import dev.huiyi.segment.Segmenter;
import dev.huiyi.text.Deadline;
import dev.huiyi.text.Tokens;

import java.util.List;

/**
 * HanLP's standard (Viterbi) segmenter with offsets and person-name recognition, and a custom dictionary that
 * lives in this instance only (a copy of HanLP's bundled entries, plus ours): HanLP's global
 * {@code CustomDictionary} and {@code HanLP.Config} are never changed.
 * <p>
 * HanLP's place and organisation recognisers (role tagging of unknown names) are off: they took 45 % of the
 * segmentation time, and our unit and place recognisers (gazetteers, the unit grammar) read those names
 * themselves — with them off no scored field of the gold corpora got worse (README, "Benchmarks"). Place and
 * organisation names in HanLP's dictionaries are still tagged ns / nt.
 */
public final class HanlpSegmenter implements Segmenter {
    private final DynamicCustomDictionary dictionary;

    private HanlpSegmenter(DynamicCustomDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * Loads {@code models/segment/words.tsv} (word, HanLP nature) into a private copy of HanLP's bundled custom
     * dictionary: our words are inserted into that copy only, and a host that changes HanLP's own custom
     * dictionary at run time does not change ours.
     */
    public static HanlpSegmenter load(ModelSource models) {
        DynamicCustomDictionary dictionary;
        try {
            HanlpDictionaries.awaitLoaded();
            dictionary = new DynamicCustomDictionary();
        } catch (RuntimeException | ExceptionInInitializerError e) {
            throw new ModelException("HanLP failed to initialise: " + e, e);
        }
        for (TsvRow row : TsvReader.rows(models.read("segment/words.tsv"), 2)) {
            String word = row.get(0).strip();
            String nature = row.get(1).strip();
            if (word.isEmpty() || nature.isEmpty()) {
                throw row.error("word and nature are required");
            }
            // HanLP takes any name as a nature and creates it, globally: a typo would be accepted silently
            if (Nature.fromString(nature) == null) {
                throw row.error("unknown part of speech (not a HanLP nature): " + nature);
            }
            if (!dictionary.insert(word, nature + " 1000")) {
                throw row.error("not a HanLP nature: " + nature);
            }
        }
        HanlpSegmenter segmenter = new HanlpSegmenter(dictionary);
        segmenter.segment("科技部召开座谈会。"); // run once now, so that build() fails fast
        return segmenter;
    }

    /**
     * Longest stretch handed to HanLP at once. HanLP builds its word lattice over the whole string it is given,
     * several hundred bytes per character: a long text is cut into stretches at line or sentence ends (the longest
     * line of the development reports has about 1,100 characters, so reports are segmented exactly as before), which
     * bounds that memory and lets a timed-out document stop between stretches. At 20,000 the lattice alone was
     * 10 MB, 40 bytes a character of a 256 KB document; at 2,000 it is about 1 MB.
     */
    static final int MAX_STRETCH = 2_000;

    @Override
    public Tokens segment(String text) {
        Tokens.Builder tokens = new Tokens.Builder(text);
        Segment segment = newSegment();
        for (int start = 0; start < text.length(); ) {
            Deadline.check();
            int end = Stretches.endOf(text, start, MAX_STRETCH);
            List<Term> terms;
            try {
                terms = segment.seg(text.substring(start, end));
            } catch (RuntimeException | ExceptionInInitializerError e) {
                throw new ModelException("HanLP failed to segment: " + e, e);
            }
            for (Term term : terms) {
                int offset = start + term.offset;
                tokens.add(offset, offset + term.word.length(), term.nature == null ? "x" : term.nature.toString());
            }
            start = end;
        }
        return tokens.build();
    }

    /** A fresh segment per call: Segment objects carry mutable configuration, so none is shared. */
    private Segment newSegment() {
        return HanLP.newSegment()
                .enableOffset(true)
                .enableNameRecognize(true)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableCustomDictionary(dictionary);
    }
}
