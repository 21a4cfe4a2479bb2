/**
 * The content engine: imports a course tree written in the Starlight/KubeDojo conventions into an immutable
 * {@link dev.praxis.content.Catalog} of {@link dev.praxis.content.CourseModule}s, keeps the platform's current catalog,
 * searches it, and runs the {@code check-content} command. The syntax each construct recognises is documented on its
 * extension in {@link dev.praxis.content.markdown} (prompts, quiz, lab, asides, math, code, links, details) and on
 * {@link dev.praxis.content.markdown.AuthorMark}.
 *
 * <h2>Pure core and Spring shell</h2>
 * {@link dev.praxis.content.importing} (front matter, MDX conversion, Markdown, lesson assembly, sanitising, catalog
 * assembly) is pure: no Spring, no database, shared by {@link dev.praxis.content.CheckContentTool} and the platform.
 * The shell is {@link dev.praxis.content.ContentLibrary} (imports at start-up, re-imports in development mode through
 * {@code ContentWatcher}), which tells every {@link dev.praxis.content.CatalogListener} of each catalog it swaps in;
 * {@link dev.praxis.content.search} is one (the search index and its page), {@code quiz}'s rubrics and {@code lab}'s
 * lab files are others.
 *
 * <h2>Used by other features</h2>
 * {@link dev.praxis.content.ContentLibrary} and the published records ({@code Catalog}, {@code CourseModule},
 * {@code Prediction}, {@code Quiz}, {@code Lab}, {@code ChecklistItem}, …); {@link dev.praxis.content.ContentCheck}
 * and {@link dev.praxis.content.ModuleFacts}, service interfaces through which {@code quiz} and {@code lab} add their
 * checks and counts to {@code check-content}; {@link dev.praxis.content.AuthoredFiles} for the grading and lab
 * files kept next to modules, loaded with each catalog; {@link dev.praxis.content.ContentSettings} for the tree's root.
 *
 * <h2>Depends on</h2>
 * {@code content.markdown}, and {@code system} for shared pieces ({@code Sha256}, {@code NotFoundException}, the
 * {@code CommandLineTool} interface). No feature: the catalog page with its progress bars lives in {@code lesson}.
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
