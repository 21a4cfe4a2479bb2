package dev.praxis.content.importing;

import dev.praxis.content.markdown.Regions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts the one rendering of a document along its {@link Regions} markers: the top-level sequence of prose and
 * regions, and for every region its full HTML and its own HTML (without nested regions).
 */
final class RegionSplitter {

    /** A region's HTML, with and without the regions nested in it. */
    record Region(String fullHtml, String ownHtml) {
    }

    /** One top-level element of the document: prose HTML, or the id of a top-level region. */
    record Top(String prose, Integer region) {
    }

    private final List<Top> top = new ArrayList<>();
    private final Map<Integer, Region> regions = new HashMap<>();

    private record Open(int id, StringBuilder full, StringBuilder own) {
    }

    RegionSplitter(String html) {
        Deque<Open> open = new ArrayDeque<>();
        StringBuilder prose = new StringBuilder();
        int i = 0;
        while (i < html.length()) {
            int next = nextMarker(html, i);
            String text = html.substring(i, next);
            if (open.isEmpty()) {
                prose.append(text);
            } else {
                open.forEach(region -> region.full().append(text));
                open.peek().own().append(text);
            }
            if (next >= html.length()) {
                break;
            }
            if (html.charAt(next) == Regions.START) {
                int nameEnd = html.indexOf(Regions.NAME_END, next);
                int id = Integer.parseInt(html.substring(next + 1, nameEnd));
                if (open.isEmpty()) {
                    top.add(new Top(prose.toString(), null));
                    prose.setLength(0);
                    top.add(new Top(null, id));
                }
                open.push(new Open(id, new StringBuilder(), new StringBuilder()));
                i = nameEnd + 1;
            } else {
                Open closed = open.pop();
                regions.put(closed.id(), new Region(closed.full().toString(), closed.own().toString()));
                i = next + 1;
            }
        }
        top.add(new Top(prose.toString(), null));
    }

    private static int nextMarker(String html, int from) {
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == Regions.START || c == Regions.END) {
                return i;
            }
        }
        return html.length();
    }

    List<Top> top() {
        return top;
    }

    Region region(int id) {
        return regions.getOrDefault(id, new Region("", ""));
    }
}
