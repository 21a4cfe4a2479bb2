/**
 * The content engine: imports a course tree written in the Starlight/KubeDojo conventions (see
 * {@code docs/content-format.md}) into an immutable {@link dev.praxis.content.Catalog} of
 * {@link dev.praxis.content.CourseModule}s, and the {@code check-content} command.
 *
 * <h2>Ids</h2>
 * Interactive blocks get stable ids {@code <module slug>:<kind>:<ordinal>} with kinds {@code prediction},
 * {@code quiz}, {@code step} and {@code check} (ordinals count from 1 in document order; checklist items count over
 * the whole lab, steps first, then success criteria).
 *
 * <h2>Author syntax (invisible on any other site)</h2>
 * <ul>
 *   <li>{@code <!-- praxis:id=gpu-budget -->} on the line directly before a prediction prompt, a quiz question or a
 *   lab step heading fixes its id to {@code <slug>:<kind>:gpu-budget}, so learners' answers survive reordering;
 *   inside a checklist item's line ({@code - [ ] Recorded the GPU <!-- praxis:id=gpu -->}) it fixes the item's id;</li>
 *   <li>{@code <!-- praxis:prediction -->} (optionally with {@code id=…}) before a paragraph or blockquote makes it a
 *   prediction prompt even without a known label; the paragraph (or {@code <details>}) after it is its reveal.</li>
 * </ul>
 *
 * <h2>Lesson delivery</h2>
 * A lesson is {@link dev.praxis.content.CourseModule#parts()}: sanitised prose and slots where a prediction, the
 * quiz and the lab stood. Reveals and answers live only in the structured records, never in prose HTML.
 */
package dev.praxis.content;
