package dev.praxis.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeTests {

    @ParameterizedTest(name = "{0} = {1} bytes ± {2}")
    @CsvSource({
            "23Gi, 24696061952, 1073741824",
            "8.6Mi, 9017753, 104857",
            "0B, 0, 0",
            "0Bi, 0, 0",
            "7.7G, 8267812044, 107374182",
            "'1,9G', 2040109465, 107374182",
            "512K, 524288, 1024",
            "1.5Ti, 1649267441664, 109951162777",
            "4096, 4194304, 1024"})
    void readsHumanSizesAsBinaryWithThePrecisionOfTheLastDigit(String token, long bytes, long precision) {
        Size size = Size.parse(token, 1024).orElseThrow();

        assertThat(size.bytes()).isEqualTo(bytes);
        assertThat(size.precisionBytes()).isEqualTo(precision);
    }

    @ParameterizedTest
    @CsvSource({"lots", "12X", "Gi", "1..2G", "99999999999999999E"})
    void rejectsWhatIsNotASize(String token) {
        assertThat(Size.parse(token, 1024)).isEmpty();
    }
}
