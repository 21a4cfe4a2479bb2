package dev.praxis.instructor;

import dev.praxis.content.ChecklistItem;
import dev.praxis.content.QuizQuestion;
import dev.praxis.instructor.CohortRepository.QuizFact;
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
    private static final Comparator<QuizFact> MOST_FREQUENT = Comparator.comparingLong(QuizFact::times).reversed()
            .thenComparing(QuizFact::label, Comparator.nullsLast(Comparator.naturalOrder()));

    private CohortStatistics() {
    }

    static List<QuestionStats> questions(List<QuizQuestion> questions, Collection<QuizFact> facts) {
        Map<String, QuizFact> answers = facts.stream().filter(fact -> fact.kind() == QuizFact.Kind.ANSWER)
                .collect(Collectors.toMap(QuizFact::questionId, Function.identity()));
        Map<String, Frequent> topMissing = mostFrequent(facts, QuizFact.Kind.MISSING);
        Map<String, Frequent> topMisconception = mostFrequent(facts, QuizFact.Kind.MISCONCEPTION);
        return questions.stream().map(question -> {
            QuizFact tally = answers.get(question.id());
            return new QuestionStats(question, tally == null ? 0 : tally.times(),
                    tally == null ? null : tally.credit() / tally.times(), topMissing.get(question.id()),
                    topMisconception.get(question.id()));
        }).toList();
    }

    static List<ItemPassRate> items(List<ChecklistItem> checklist, Map<String, Long> passes, long learners) {
        return checklist.stream()
                .map(item -> new ItemPassRate(item, passes.getOrDefault(item.id(), 0L), learners))
                .toList();
    }

    private static Map<String, Frequent> mostFrequent(Collection<QuizFact> facts, QuizFact.Kind kind) {
        Map<String, QuizFact> top = new HashMap<>();
        for (QuizFact fact : facts) {
            if (fact.kind() == kind) {
                top.merge(fact.questionId(), fact, (a, b) -> MOST_FREQUENT.compare(a, b) <= 0 ? a : b);
            }
        }
        return top.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> new Frequent(entry.getValue().label(), entry.getValue().detail(), entry.getValue().times())));
    }
}
