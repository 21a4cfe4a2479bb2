package dev.praxis.instructor;

import dev.praxis.content.CourseModule;
import dev.praxis.progress.ModuleProgress;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The cohort as CSV, one line per learner and module. Jackson's CSV writer quotes and escapes; cells a spreadsheet
 * would run as a formula (a learner's name such as {@code =HYPERLINK(…)}) get a leading apostrophe first. Pure.
 */
final class CohortCsv {

    static final List<String> COLUMNS = List.of("learner_id", "name", "email", "module", "module_title", "percent",
            "complete", "quiz_best_percent", "lab_passed", "lab_total");

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = schema();

    private CohortCsv() {
    }

    static String write(List<CourseModule> modules, List<LearnerProgress> rows) {
        List<List<String>> lines = new ArrayList<>();
        for (LearnerProgress row : rows) {
            for (int i = 0; i < modules.size(); i++) {
                CourseModule module = modules.get(i);
                ModuleProgress progress = row.modules().get(i);
                lines.add(List.of(String.valueOf(row.learner().id()), safe(row.learner().displayName()),
                        safe(row.learner().email()), safe(module.slug()), safe(module.title()),
                        String.valueOf(progress.percent()), String.valueOf(progress.complete()),
                        progress.quizBest() == null ? "" : String.valueOf(Math.round(progress.quizBest() * 100)),
                        String.valueOf(progress.labPassed()), String.valueOf(progress.labTotal())));
            }
        }
        return CSV.writer(SCHEMA).writeValueAsString(lines);
    }

    /** A text cell a spreadsheet will show as text: {@code = + - @}, tab and carriage return cannot start a formula. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        COLUMNS.forEach(builder::addColumn);
        return builder.setUseHeader(true).build();
    }
}
