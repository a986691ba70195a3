package dev.huiyi.relate;

import dev.huiyi.recognize.title.TitleLexicon;
import dev.huiyi.recognize.unit.UnitKinds;
import dev.huiyi.recognize.unit.UnitLexicon;
import dev.huiyi.resources.ModelSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AffiliationsTest {
    private static final ModelSource MODELS = ModelSource.bundled();
    private static final Affiliations AFFILIATIONS =
            new Affiliations(TitleLexicon.load(MODELS), new UnitKinds(UnitLexicon.load(MODELS)));

    @Test
    void aTitleWithoutItsPostNamesTheUnit() {
        assertThat(AFFILIATIONS.of(List.of("教育部党组书记", "部长"))).isEqualTo("教育部党组");
        assertThat(AFFILIATIONS.of(List.of("组织部部长"))).isEqualTo("组织部");
        assertThat(AFFILIATIONS.of(List.of("中央纪委国家监委驻科技部纪检监察组组长", "部党组成员")))
                .isEqualTo("中央纪委国家监委驻科技部纪检监察组");
        assertThat(AFFILIATIONS.of(List.of("县委副书记", "县长"))).isEqualTo("县委");
    }

    @Test
    void aPostAloneNamesNone() {
        assertThat(AFFILIATIONS.of(List.of("副市长"))).isNull();
        assertThat(AFFILIATIONS.of(List.of("副部长", "部长"))).isNull();
        assertThat(AFFILIATIONS.of(List.of())).isNull();
    }

    @Test
    void theFirstTitleThatNamesAUnitWins() {
        assertThat(AFFILIATIONS.of(List.of("副县长", "县公安局局长"))).isEqualTo("县公安局");
    }

    @Test
    void aTitleJoinedBy兼NamesTheFirstPostsUnit() {
        assertThat(AFFILIATIONS.of(List.of("清荣社区党委书记兼社区主任"))).isEqualTo("清荣社区党委");
    }

    @Test
    void aTitleHoldingAListNamesNoSingleUnit() {
        assertThat(AFFILIATIONS.of(List.of("市工商联、市总商会副会长"))).isNull();
        assertThat(AFFILIATIONS.of(List.of("市工商联、市总商会副会长", "县公安局局长"))).isEqualTo("县公安局");
    }
}
