package dev.praxis.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the places of a page that depend on the viewer. A template rendered with a {@code slots} variable writes
 * {@link #mark(String)} where a learner's piece goes instead of rendering it, which leaves the page's shared text:
 * see {@link LessonComposer}. Marks use private-use characters, which no escaping changes.
 */
public final class PageSlots {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    public String mark(String name) {
        return OPEN + name + CLOSE;
    }

    /**
     * Cuts a page at its marks: {@code texts} has one more element than {@code names}; slot i sits between text i
     * and text i + 1.
     */
    static Cut cut(String page) {
        List<String> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int from = 0;
        for (int open = page.indexOf(OPEN); open >= 0; open = page.indexOf(OPEN, from)) {
            int close = page.indexOf(CLOSE, open);
            if (close < 0) {
                break;
            }
            texts.add(page.substring(from, open));
            names.add(page.substring(open + 1, close));
            from = close + 1;
        }
        texts.add(page.substring(from));
        return new Cut(texts, names);
    }

    record Cut(List<String> texts, List<String> names) {
    }
}
