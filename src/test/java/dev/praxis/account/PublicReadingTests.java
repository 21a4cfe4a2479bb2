package dev.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests a visitor may make without an account, with public reading on and off. */
class PublicReadingTests {

    @Test
    void readingPagesAreOpenWhenPublicReadingIsOn() {
        PublicReading on = new PublicReading(true);

        assertThat(on.pages().matches(get("/catalog"))).isTrue();
        assertThat(on.pages().matches(get("/search"))).isTrue();
        assertThat(on.pages().matches(get("/modules/track/module-1/"))).isTrue();
        assertThat(on.pages().matches(new MockHttpServletRequest("POST", "/modules/track/module-1/")))
                .as("reading only").isFalse();
        assertThat(on.pages().matches(get("/quiz/track/module-1/"))).isFalse();
        assertThat(on.pages().matches(get("/progress"))).isFalse();
        assertThat(on.pages().matches(get("/lab/track/module-1/"))).isFalse();
    }

    @Test
    void nothingIsOpenWhenPublicReadingIsOff() {
        PublicReading off = new PublicReading(false);

        assertThat(off.pages().matches(get("/catalog"))).isFalse();
        assertThat(off.pages().matches(get("/modules/track/module-1/"))).isFalse();
    }

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return request;
    }
}
