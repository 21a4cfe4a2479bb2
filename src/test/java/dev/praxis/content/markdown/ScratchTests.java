package dev.praxis.content.markdown;

import org.junit.jupiter.api.Test;

class ScratchTests {
    @Test
    void show() {
        MarkdownRenderer r = new MarkdownRenderer();
        String md = """
                # Title

                ## Core Content

                Some $x^2$ and $HOME and $5 or $10 and $$$ cost. See [other](../module-1.1-foo/) and [ext](https://x.org).

                > **Pause and predict**: What happens?

                It happens.

                :::tip[Be careful]
                Inside **aside**.
                :::

                ```bash
                echo hi
                ```

                ```mermaid
                graph TD; A-->B
                ```

                $$
                E = mc^2
                $$

                ## Quiz

                **Q1.** Why?

                <details>
                <summary>Answer</summary>

                Because.

                </details>

                **Q2.** How?

                ## Hands-On Exercise

                Goal: do it.

                ### Step 1: First

                Run it.

                - [ ] I ran it.
                - [x] I read it.

                ### Success Criteria

                - [ ] Done.
                """;
        var doc = r.parse(md, "track/sec/module-1.2-x");
        System.out.println(r.render(doc).chars().mapToObj(c -> c > 0xE000 && c < 0xE010 ? "{" + Integer.toHexString(c) + "}" : String.valueOf((char) c)).collect(java.util.stream.Collectors.joining()));
        System.out.println(SourceProblems.of(doc));
    }
}
