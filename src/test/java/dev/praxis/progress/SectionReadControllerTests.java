package dev.praxis.progress;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.system.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sections-read beacon of lesson pages, as a web slice: the catalog and the progress service are stand-ins, and
 * the lesson pages' cache (a servlet filter of {@code lesson}) is left out.
 */
@WebMvcTest(controllers = SectionReadController.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.praxis\\.lesson\\..*"))
class SectionReadControllerTests {

    private static final PraxisUser LEARNER = new PraxisUser(42, "reader@example.org", "Reader", Role.LEARNER, "x");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ContentLibrary library;

    @MockitoBean
    ProgressService progress;

    @Test
    void recordsTheSectionForTheSignedInLearner() throws Exception {
        CourseModule module = Mockito.mock(CourseModule.class);
        given(library.module("track/module-1")).willReturn(module);

        mvc.perform(post("/progress/read").with(user(LEARNER)).with(csrf())
                        .param("module", "track/module-1").param("section", "intro"))
                .andExpect(status().isNoContent());

        verify(progress).markRead(42, module, "intro");
    }

    @Test
    void aSectionTheModuleDoesNotHaveIsABadRequest() throws Exception {
        CourseModule module = Mockito.mock(CourseModule.class);
        given(library.module("track/module-1")).willReturn(module);
        willThrow(new IllegalArgumentException("no section")).given(progress).markRead(anyLong(), eq(module), eq("nope"));

        mvc.perform(post("/progress/read").with(user(LEARNER)).with(csrf())
                        .param("module", "track/module-1").param("section", "nope"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aModuleThatDoesNotExistIsNotFound() throws Exception {
        given(library.module("no/such")).willThrow(new NotFoundException("No page no/such"));

        mvc.perform(post("/progress/read").with(user(LEARNER)).with(csrf())
                        .param("module", "no/such").param("section", "intro"))
                .andExpect(status().isNotFound());

        verify(progress, never()).markRead(anyLong(), any(), any());
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/progress/read").with(user(LEARNER))
                        .param("module", "track/module-1").param("section", "intro"))
                .andExpect(status().isForbidden());

        verify(progress, never()).markRead(anyLong(), any(), any());
    }
}
