package dev.praxis.lab.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlossTests {

    @Test
    void englishIsLeftAlone() {
        String english = "I have 16 GB of RAM and no GPU; / is 91% used.";
        assertThat(Gloss.of(english)).isSameAs(english);
    }

    /** The claims a Ukrainian learner makes are read as the English ones are. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "У мене 16 ГБ оперативної пам'яті|RAM|16",
            "оперативна пам’ять: 32 гігабайти|RAM|32",
            "відеопам'ять 8 ГБ|VRAM|8",
            "ОЗП 7,5 ГБ всього|RAM|7.5",
    })
    void ukrainianSizesAreClaims(String text, Claim.Resource resource, double gigabytes) {
        List<Claim.Size> sizes = ClaimReader.read(Gloss.of(text)).stream().filter(Claim.Size.class::isInstance)
                .map(Claim.Size.class::cast).toList();
        assertThat(sizes).as(text).hasSize(1);
        assertThat(sizes.get(0).resource()).isEqualTo(resource);
        assertThat((sizes.get(0).lowBytes() + sizes.get(0).highBytes()) / 2 / 1e9)
                .as(text).isBetween(gigabytes * 0.9, gigabytes * 1.1);
    }

    @Test
    void ukrainianNoGpuAndNegationAreRead() {
        assertThat(ClaimReader.read(Gloss.of("дискретної відеокарти немає, лише вбудована графіка")))
                .anyMatch(Claim.NoGpu.class::isInstance);
        assertThat(ClaimReader.read(Gloss.of("немає GPU"))).anyMatch(Claim.NoGpu.class::isInstance);
        assertThat(ClaimReader.read(Gloss.of("в мене не 64 ГБ оперативної пам'яті")))
                .noneMatch(Claim.Size.class::isInstance);
    }

    @Test
    void aQuoteFromTheGlossIsShownInTheLearnersWords() {
        String answer = "Вільно лише 83G,  а / зайнятий на 91%.";
        Gloss.Glossed glossed = Gloss.glossed(answer);
        assertThat(glossed.gloss()).isEqualTo("free only 83G,  and / used на 91%.");
        String restored = Gloss.scope(List.of(glossed), () -> Gloss.restore("/ used на 91%"));
        assertThat(restored).isEqualTo("/ зайнятий на 91%");
        assertThat(Gloss.scope(List.of(glossed), () -> Gloss.restore("free only 83G, and"))).isEqualTo(
                "Вільно лише 83G, а");
        assertThat(Gloss.restore("/ used на 91%")).as("outside a validation nothing is restored")
                .isEqualTo("/ used на 91%");
    }

    @Test
    void aVerdictOnTheWholeMachineReadsAsOne() {
        assertThat(Gloss.of("мій ноутбук просто поганий")).isEqualTo("my laptop is просто bad");
    }

    @Test
    void wordsWhoseMeaningDependsOnWhatFollowsAreReadInContext() {
        assertThat(Gloss.of("вільно всього 33G")).isEqualTo("free only 33G");
        assertThat(Gloss.of("всього 7.5Gi")).isEqualTo("only 7.5Gi");
        assertThat(Gloss.of("всього вистачає")).startsWith("total");
        assertThat(Gloss.of("симптомів поки немає")).isEqualTo("no symptoms yet");
        assertThat(Gloss.of("блокноти йдуть у своп")).isEqualTo("notebooks swapping");
    }
}
