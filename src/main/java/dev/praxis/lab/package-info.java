/**
 * The guided lab of a module ({@code /lab/<slug>}): the learner's answers, autosaved as they type
 * ({@code POST /lab/work}), checked against the inventory upload they chose, with every checklist item's verdict and
 * its evidence shown next to it, and the lab report as Markdown or a printable page ({@code /labs/report}). Also the
 * {@code validate-lab} command and {@code check-content}'s check of lab files ({@link dev.praxis.lab.LabExamplesCheck},
 * listed in {@code META-INF/services}).
 *
 * <h2>Pure core and Spring shell</h2>
 * The judging is the pure {@link dev.praxis.lab.validation} package, shared unchanged by
 * {@link dev.praxis.lab.ValidateLabTool}. {@link dev.praxis.lab.LabService} recomputes the verdicts whenever the work
 * or the chosen inventory changes and stores them; {@code LabFiles} keeps each module's {@code <module>.lab.yaml},
 * loaded with each catalog imported (a {@code content.CatalogListener}).
 *
 * <h2>Languages</h2>
 * A translation has its own lab file next to it ({@code uk/…/<module>.lab.yaml}, same validators, its own checklist
 * texts). The validators read every answer through {@link dev.praxis.lab.claims.Gloss}, a per-language lexicon that
 * glosses Ukrainian words into the English ones their rules know, for matching only: quotes in the evidence are the
 * learner's own words. The validators write evidence in English (stored, listed for the instructor, printed by
 * {@code validate-lab}); {@link dev.praxis.lab.LabEvidence} shows it in the page's language through the interface's
 * message files ({@code lab.evidence.*} sentences and {@code lab.term.*} terms), quotes verbatim.
 *
 * <h2>Owns</h2>
<<<<<<< HEAD
 * Tables {@code lab_work} (answers as JSON, chosen upload) and {@code lab_verdict} (one row per checklist item);
 * templates {@code lab/}. Publishes to {@code progress} and {@code instructor} the read models {@code lab_started_view}
 * and {@code lab_verdict_view} (with whether a verdict counts as passed), migration {@code V27_4}.
=======
 * Tables {@code lab_work} (answers as JSON, chosen upload), {@code lab_verdict} (one row per checklist item, read
 * by {@code progress} and {@code instructor}) and {@code lab_save_bucket} (saves per learner and minute,
 * {@code LabSaveQuota}: every save judges the whole lab again); templates {@code lab/}.
>>>>>>> wip/secux
 *
 * <h2>Depends on</h2>
 * {@code content} (modules, checklist items), {@code inventory} ({@code InventoryService}) and
 * {@code inventory.core}, {@code progress} (the next step after the lab), {@code account} and {@code system}.
 */
package dev.praxis.lab;
