package dev.praxis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTests {

    private final Synonyms synonyms = Synonyms.of(List.of(List.of("gpu", "graphics card"), List.of("buy", "purchase")));

    @Test
    void aPhraseGrowsIntoEveryWayOfSayingIt() {
        assertThat(synonyms.expand("buy * gpu now")).containsExactlyInAnyOrder("buy * gpu now",
                "buy * graphics card now", "purchase * gpu now", "purchase * graphics card now");
    }

    @Test
    void onlyWholeWordsAreReplaced() {
        assertThat(synonyms.expand("gpus are busy")).containsExactly("gpus are busy");
        assertThat(synonyms.expand("buyer")).containsExactly("buyer");
    }

    @Test
    void expandedPhrasesMatchTheParaphrase() {
        Wording wording = new Wording(synonyms.expand("not the gpu").stream().map(Phrase::compile).toList(),
                List.of());
        assertThat(wording.first(AnalysedText.of("It's not the graphics card, it's RAM."), Match::held)).isPresent();
    }

    @Test
    void aGroupNeedsTwoMembersOfRealWords() {
        assertThatThrownBy(() -> Synonyms.of(List.of(List.of("gpu")))).hasMessageContaining("at least two");
        assertThatThrownBy(() -> Synonyms.of(List.of(List.of("gpu", "*")))).hasMessageContaining("without '*'");
    }
}
