package dev.praxis.content.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;

import java.util.ArrayList;
import java.util.List;

/** The problems the extensions found in one document, kept on the document itself so parsing stays pure. */
public final class SourceProblems {

    private static final DataKey<List<SourceProblem>> PROBLEMS = new DataKey<>("PRAXIS_SOURCE_PROBLEMS", ArrayList::new);

    private SourceProblems() {
    }

    public static List<SourceProblem> of(Document document) {
        return PROBLEMS.get(document);
    }

    static void report(Node at, String message) {
        Document document = at.getDocument();
        of(document).add(new SourceProblem(lineOf(at), message));
    }

    /** The 1-based source line where a node starts. */
    public static int lineOf(Node node) {
        return node.getDocument().getLineNumber(node.getStartOffset()) + 1;
    }
}
