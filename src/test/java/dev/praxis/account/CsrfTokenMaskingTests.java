package dev.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

class CsrfTokenMaskingTests {

    private static final CsrfToken STORED = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "4f1e7c2a-9d0b-4a55-8a1f-2b6c3d9e0f11");

    @Test
    void eachPageGetsAFreshMaskAndEveryMaskedTokenIsAcceptedBack() throws Exception {
        XorCsrfTokenRequestAttributeHandler handler = SecurityConfig.csrfTokenMasking();
        Set<String> masked = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> accepted = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                accepted.add(threads.submit(() -> {
                    String onPage = maskedOnAPage(handler);
                    masked.add(onPage);
                    MockHttpServletRequest post = new MockHttpServletRequest("POST", "/predictions");
                    post.addHeader("X-CSRF-TOKEN", onPage);
                    return STORED.getToken().equals(handler.resolveCsrfTokenValue(post, STORED));
                }));
            }
            for (Future<Boolean> one : accepted) {
                assertThat(one.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(masked).hasSize(200).doesNotContain(STORED.getToken());
    }

    @Test
    void aTokenMaskedWithOtherBytesThanTheStoredOnesIsRefused() {
        XorCsrfTokenRequestAttributeHandler handler = SecurityConfig.csrfTokenMasking();
        DefaultCsrfToken other = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "00000000-9d0b-4a55-8a1f-2b6c3d9e0f11");
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/predictions");
        post.addHeader("X-CSRF-TOKEN", maskedOnAPage(handler, other));
        assertThat(handler.resolveCsrfTokenValue(post, STORED)).isNotEqualTo(STORED.getToken());
        assertThat(new HashSet<>(List.of(maskedOnAPage(handler), maskedOnAPage(handler)))).hasSize(2);
    }

    private static String maskedOnAPage(XorCsrfTokenRequestAttributeHandler handler) {
        return maskedOnAPage(handler, STORED);
    }

    private static String maskedOnAPage(XorCsrfTokenRequestAttributeHandler handler, CsrfToken stored) {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/modules/x/");
        handler.handle(page, new MockHttpServletResponse(), () -> stored);
        return ((CsrfToken) page.getAttribute(CsrfToken.class.getName())).getToken();
    }
}
