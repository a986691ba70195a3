package dev.huiyi.relate;

import dev.huiyi.SharedExtractor;
import dev.huiyi.api.MeetingRecord;
import dev.huiyi.api.Person;
import dev.huiyi.api.Source;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A post before a 、-list of names is a title of each of them, and a form of address after each name (先生, 女士;
 * person/honorifics.tsv) does not end the list: board resolutions and the reports of Hong Kong and Macau bodies write
 * every name so. The examples files hold no titles per person, hence this test.
 */
class AddressedListTitlesTest {
    private static Map<String, List<String>> titles(String text) {
        MeetingRecord r = SharedExtractor.get().extract(Source.ofText("list", text)).record();
        return r.attendees().stream().collect(Collectors.toMap(Person::name, Person::titles));
    }

    @Test
    void everyAddressedNameOfAPostsListHoldsThePost() {
        Map<String, List<String>> t = titles("董事会决议公告\n本次会议应出席董事8名,实际出席董事8名,其中董事冉敬松先生、柏晓建先生、"
                + "郗雨柳女士、富永孝先生在会议现场出席并表决,董事弓又生先生、言春阳先生通过视频会议方式出席并表决。");
        assertThat(t).containsOnlyKeys("冉敬松", "柏晓建", "郗雨柳", "富永孝", "弓又生", "言春阳");
        assertThat(t.values()).allSatisfy(titles -> assertThat(titles).containsExactly("董事"));
    }

    @Test
    void aNameAfterTheListIsNoItemOfIt() {
        Map<String, List<String>> t = titles("董事会召开\n其中董事冉敬松先生、柏晓建先生出席会议,监事长胡立新先生列席会议。");
        assertThat(t.get("柏晓建")).containsExactly("董事");
        assertThat(t.get("胡立新")).containsExactly("监事长");
    }
}
