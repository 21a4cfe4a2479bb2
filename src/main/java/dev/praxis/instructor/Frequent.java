package dev.praxis.instructor;

/** The most frequent label among a question's answers (a missing concept, a misconception), and how often. */
record Frequent(String label, String detail, long times) {
}
