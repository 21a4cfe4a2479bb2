/**
 * The text engine: how Praxis reads what a learner wrote, used by the quiz grader ({@code quiz.grading}) and the
 * rubric drafter ({@code quiz.drafting}); the lab validators still read with their own {@code lab.validation.LabText}.
 * Pure Java: no Spring, no I/O, no clock, nothing that calls a network service, and no other Praxis package; the same
 * text always reads the same way.
 *
 * <h2>What it does</h2>
 * <ol>
 *   <li><b>Tokenising</b> ({@link dev.praxis.text.Tokenizer}, {@link dev.praxis.text.Token}): words with their
 *       offsets into the original (so feedback quotes the learner's own words), sentence and clause numbers, English
 *       contractions expanded ("isn't" → "is not"); an emoji ends a sentence and an arrow ("→") a clause, as chat
 *       writers use them for punctuation.</li>
 *   <li><b>Stemming</b> ({@link dev.praxis.text.Stemmer}): a light suffix stemmer for English and Ukrainian, applied
 *       to both the text and the author's phrases.</li>
 *   <li><b>Negation</b> ({@link dev.praxis.text.Negation}): "not VRAM", "VRAM is not the problem", "instead of X",
 *       "rather than X", "не X", "замість X" rule a span out; "not only", "not enough RAM" do not.</li>
 *   <li><b>Claims, not mentions</b> ({@link dev.praxis.text.Stance}): every word gets the stance the writer takes
 *       towards it: asserted, conceded ("sure, X, but …", "although X"), supposed ("if X"), attributed ("people say
 *       X", "the teammate wants X", "the instinct to X"), asked ("X?") or rejected ("that instinct is wrong", "X would
 *       be a mistake", "why X?"). {@code AnalysedText} also tells what is said in passing ("also", "anyway", "while
 *       you're at it", "because …": {@code markedAside}) and an answer that hedges every sentence
 *       ({@code hedgedThroughout}). The rules are the same for every language; {@code Lexicon} holds each language's
 *       cue words.</li>
 *   <li><b>Matching</b> ({@link dev.praxis.text.Phrase}, {@link dev.praxis.text.Wording},
 *       {@link dev.praxis.text.Match}): author phrases over stems with {@code *} gaps (never across a negation), or
 *       regular expressions; a long word forgives one typing slip ("memroy", "contxt"), a Ukrainian root matches
 *       every word built on it ("залиш" → "залишив"), and a phrase opening with "not" also matches its rest wherever
 *       the writer denies it ("not the bottleneck" → "won't be the bottleneck"). Every occurrence comes back with the
 *       writer's stance, whether it is negated, the matched words and the writer's clause around them.</li>
 * </ol>
 *
 * <h2>How to use it</h2>
 * <pre>{@code
 * AnalysedText text = AnalysedText.of(answer);             // read once, share between checks
 * Wording ram = Wording.of("add * ram", "more memory");    // or new Wording(phrases, patterns)
 * Optional<Match> m = ram.first(text, Match::held);        // the writer holds the idea (asserted, conceded, supposed)
 * boolean claimed = ram.matches(text).stream().anyMatch(Match::asserted);   // claimed outright
 * boolean rejected = ram.matches(text).stream().anyMatch(Match::rejected);  // denied or set aside
 * m.map(Match::context);                                   // the writer's clause, to quote back in feedback
 * }</pre>
 * A caller decides what each stance is worth: the quiz grader credits a concept the learner holds, flags a
 * misconception only where it is asserted, and counts a rejected misconception as evidence of understanding.
 */
package dev.praxis.text;
