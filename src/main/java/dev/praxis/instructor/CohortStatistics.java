package dev.praxis.instructor;

import dev.praxis.content.ChecklistItem;
import dev.praxis.content.QuizQuestion;
import dev.praxis.instructor.CohortRepository.LabelCount;
import dev.praxis.instructor.CohortRepository.QuestionTally;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the counted facts into per-question and per-item statistics, in the module's order. Pure. */
final class CohortStatistics {

    /** Most times first; among equals, the label that sorts first, so the page never flickers between ties. */
    private static final Comparator<LabelCount> MOST_FREQUENT = Comparator.comparingLong(LabelCount::times).reversed()
            .thenComparing(LabelCount::label, Comparator.nullsLast(Comparator.naturalOrder()));

    private CohortStatistics() {
    }

    static List<QuestionStats> questions(List<QuizQuestion> questions, Collection<QuestionTally> tallies,
                                         Collection<LabelCount> missing, Collection<LabelCount> misconceptions) {
        Map<String, QuestionTally> byQuestion = tallies.stream()
                .collect(Collectors.toMap(QuestionTally::questionId, Function.identity()));
        Map<String, Frequent> topMissing = mostFrequent(missing);
        Map<String, Frequent> topMisconception = mostFrequent(misconceptions);
        return questions.stream().map(question -> {
            QuestionTally tally = byQuestion.get(question.id());
            return new QuestionStats(question, tally == null ? 0 : tally.attempts(),
                    tally == null ? null : tally.meanScore(), topMissing.get(question.id()),
                    topMisconception.get(question.id()));
        }).toList();
    }

    static List<ItemPassRate> items(List<ChecklistItem> checklist, Map<String, Long> passes, long learners) {
        return checklist.stream()
                .map(item -> new ItemPassRate(item, passes.getOrDefault(item.id(), 0L), learners))
                .toList();
    }

    private static Map<String, Frequent> mostFrequent(Collection<LabelCount> counts) {
        Map<String, LabelCount> top = new HashMap<>();
        for (LabelCount count : counts) {
            top.merge(count.questionId(), count, (a, b) -> MOST_FREQUENT.compare(a, b) <= 0 ? a : b);
        }
        return top.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> new Frequent(entry.getValue().label(), entry.getValue().detail(), entry.getValue().times())));
    }
}
