package dev.praxis.content.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Folder titles and orders from {@code _index.md} files, which name a folder without being a page. */
record SectionTitles(Map<String, String> titles, Map<String, Integer> orders) {

    static SectionTitles read(Path root, List<Path> files) {
        Map<String, String> titles = new HashMap<>();
        Map<String, Integer> orders = new HashMap<>();
        for (Path file : files) {
            String path = ContentImporter.relative(root, file);
            String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            try {
                FrontMatter frontMatter = FrontMatter.split(path, Files.readString(file, StandardCharsets.UTF_8));
                Object label = frontMatter.sidebar("label");
                String title = label != null ? label.toString() : frontMatter.string("title");
                if (title != null) {
                    titles.put(folder, title);
                }
                if (frontMatter.order() != null) {
                    orders.put(folder, frontMatter.order());
                }
            } catch (IOException | ContentImportException | RuntimeException e) {
                titles.remove(folder);
            }
        }
        return new SectionTitles(titles, orders);
    }
}
