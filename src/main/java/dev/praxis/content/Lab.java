package dev.praxis.content;

import java.util.List;
import java.util.stream.Stream;

/**
 * The hands-on exercise.
 *
 * @param introHtml   text before the first step (goal, scenario, setup)
 * @param closingHtml text after the steps and criteria (cleanup, bonus), possibly empty
 */
public record Lab(String title, String anchor, String introHtml, List<LabStep> steps,
                  List<ChecklistItem> successCriteria, String closingHtml) {

    public static final Lab NONE = new Lab("", "", "", List.of(), List.of(), "");

    public boolean isEmpty() {
        return steps.isEmpty() && successCriteria.isEmpty();
    }

    /** How many items {@link #checklist()} has, counted without building it: progress asks on every page read. */
    public int checklistSize() {
        int size = successCriteria.size();
        for (LabStep step : steps) {
            size += step.checklist().size();
        }
        return size;
    }

    /** Every checklist item: the steps' items in order, then the success criteria. */
    public List<ChecklistItem> checklist() {
        return Stream.concat(steps.stream().flatMap(step -> step.checklist().stream()), successCriteria.stream()).toList();
    }
}
