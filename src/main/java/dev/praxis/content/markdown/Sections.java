package dev.praxis.content.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Moves the blocks of an H2 section (up to the next H1 or H2) under a new block. */
final class Sections {

    private Sections() {
    }

    /** Every top-level H2 whose text matches, in document order. */
    static List<Heading> headings(Node document, Predicate<String> title) {
        List<Heading> found = new ArrayList<>();
        for (Node child : document.getChildren()) {
            if (child instanceof Heading heading && heading.getLevel() == 2 && title.test(Texts.plain(heading))) {
                found.add(heading);
            }
        }
        return found;
    }

    /** Moves the section's blocks after its heading into {@code into}, placed right after the heading. */
    static void gather(Heading heading, Node into) {
        List<Node> blocks = blocksAfter(heading);
        heading.insertAfter(into);
        blocks.forEach(into::appendChild);
    }

    /** Moves the whole section, its heading first, to the end of {@code into}. */
    static void append(Heading heading, Node into) {
        List<Node> blocks = blocksAfter(heading);
        into.appendChild(heading);
        blocks.forEach(into::appendChild);
    }

    private static List<Node> blocksAfter(Heading heading) {
        List<Node> blocks = new ArrayList<>();
        Node node = heading.getNext();
        while (node != null && !(node instanceof Heading next && next.getLevel() <= 2)) {
            blocks.add(node);
            node = node.getNext();
        }
        return blocks;
    }
}
