package dev.praxis.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateNamesWarmUpTests {

    @Test
    void findsTheNamesOfTagsAttributesAndAttributesSetThroughThAttr() {
        TemplateNamesWarmUp.Names names = new TemplateNamesWarmUp.Names();
        names.scan("""
                <!-- <ignored-in-comment data-nope> -->
                <section th:fragment="card" class="prediction" th:id="${'prompt-' + n}"
                         th:attr="aria-labelledby=${'prompt-' + n + '-label'},aria-invalid=${a > b ? 'true' : null}" data-prediction-card>
                  <textarea required minlength=15 th:text="${x > 1}"></textarea>
                  <my-widget hx-post='/x'/>
                </section>
                """);
        assertThat(names.elements()).containsExactlyInAnyOrder("section", "textarea", "my-widget");
        assertThat(names.attributes()).contains("th:fragment", "fragment", "class", "th:id", "id", "th:attr",
                "aria-labelledby", "aria-invalid", "data-prediction-card", "required", "minlength", "th:text", "text",
                "hx-post");
        assertThat(names.attributes()).doesNotContain("data-nope", "b", "1", "'true'");
    }
}
