package dev.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A feature's SQL names only its own tables and views and the read models (views) other features publish, as
 * {@code ARCHITECTURE.md}'s module table lists them; so no feature reads another's table layout (the cohort pages of
 * {@code instructor} and the learner's {@code progress} read every other feature's facts this way). Only sources that
 * use {@code JdbcClient} are read, so prose in other string literals is no SQL.
 */
class ReadModelTests {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z]+)`[^|]*\\|([^|]*)\\|([^|]*)\\|", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`([a-z_0-9]+)`");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern RELATION = Pattern.compile(
            "\\b(?:from|join|into|update)\\s+(?!lateral\\b|set\\b)([a-z_][a-z0-9_]*)\\b(?!\\()", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMON_TABLE = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\s+as\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATED = Pattern.compile("create\\s+(?:table|view)\\s+([a-z_0-9]+)", Pattern.CASE_INSENSITIVE);

    /** Feature → the tables it owns; feature → the views it publishes. */
    private static final Map<String, Set<String>> owns = new HashMap<>();
    private static final Map<String, Set<String>> publishes = new HashMap<>();

    @BeforeAll
    static void readModuleTable() {
        Matcher row = TABLE_ROW.matcher(read(Path.of("ARCHITECTURE.md")));
        while (row.find()) {
            owns.put(row.group(1), names(row.group(2)));
            publishes.put(row.group(1), names(row.group(3)));
        }
    }

    @Test
    void everyFeatureNamesOnlyItsTablesAndPublishedViews() {
        assertThat(owns).containsKeys("instructor", "progress", "quiz", "lab", "lesson", "account", "inventory");
        for (String feature : owns.keySet()) {
            assertThat(foreignRelations(feature)).as("tables %s reads that it neither owns nor are published", feature)
                    .isEmpty();
        }
    }

    @Test
    void everyListedTableAndViewIsCreatedByAMigration() {
        Set<String> created = new HashSet<>();
        for (Path migration : files(Path.of("migrations"), ".sql")) {
            Matcher matcher = CREATED.matcher(read(migration));
            while (matcher.find()) {
                created.add(matcher.group(1).toLowerCase(Locale.ROOT));
            }
        }
        Set<String> listed = new TreeSet<>();
        owns.values().forEach(listed::addAll);
        publishes.values().forEach(listed::addAll);
        assertThat(created).containsAll(listed);
    }

    @Test
    void findsTheTablesASqlStringNames() {
        String source = """
                String sql = \"""
                        with effective as (select * from quiz_answer_view)
                        select * from effective e join quiz_override o on o.answer_id = e.answer_id
                         cross join lateral jsonb_array_elements(e.feedback) as f
                         where substring(step from '^[0-9]+') is not null
                        \""";
                String more = "insert into section_read (user_id) select id from (select 1) matching";
                """;
        assertThat(relations(source)).containsExactlyInAnyOrder("quiz_answer_view", "quiz_override", "section_read");
    }

    private static Set<String> foreignRelations(String feature) {
        Set<String> allowed = new HashSet<>(owns.get(feature));
        publishes.values().forEach(allowed::addAll);
        Set<String> foreign = new TreeSet<>();
        Path sources = Path.of("src/main/java/dev/praxis", feature);
        for (Path source : files(sources, ".java")) {
            String text = read(source);
            if (!text.contains("JdbcClient")) {
                continue;
            }
            for (String relation : relations(text)) {
                if (!allowed.contains(relation)) {
                    foreign.add(sources.relativize(source) + ": " + relation);
                }
            }
        }
        return foreign;
    }

    /** The tables and views named in a Java source's string literals, without its common table expressions. */
    static Set<String> relations(String javaSource) {
        List<String> strings = new ArrayList<>();
        Matcher block = TEXT_BLOCK.matcher(javaSource);
        while (block.find()) {
            strings.add(block.group(1));
        }
        Matcher string = STRING.matcher(TEXT_BLOCK.matcher(javaSource).replaceAll(" "));
        while (string.find()) {
            strings.add(string.group(1));
        }
        String sql = String.join(" ", strings);
        Set<String> commonTables = new HashSet<>();
        Matcher common = COMMON_TABLE.matcher(sql);
        while (common.find()) {
            commonTables.add(common.group(1).toLowerCase(Locale.ROOT));
        }
        Set<String> relations = new TreeSet<>();
        Matcher relation = RELATION.matcher(sql);
        while (relation.find()) {
            String name = relation.group(1).toLowerCase(Locale.ROOT);
            if (!commonTables.contains(name)) {
                relations.add(name);
            }
        }
        return relations;
    }

    private static Set<String> names(String cell) {
        Set<String> names = new HashSet<>();
        Matcher name = NAME.matcher(cell);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    private static List<Path> files(Path directory, String suffix) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
