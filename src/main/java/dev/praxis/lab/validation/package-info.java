/**
 * Judges a module's lab checklist from what the learner wrote ({@link dev.praxis.lab.validation.LabWork}) and the
 * inventory they chose: pure functions, the same inputs always give the same verdicts, so the platform recomputes
 * them on every change and {@code validate-lab} gives the same answers offline.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link dev.praxis.lab.validation.LabDefinitions} reads a lab file ({@code <module>.lab.yaml}) into a
 *       {@link dev.praxis.lab.validation.LabDefinition}: which validator judges each checklist item, and example
 *       labs with the verdicts they must get; every problem is a
 *       {@link dev.praxis.lab.validation.LabDefinitionException} with file and line.</li>
 *   <li>{@link dev.praxis.lab.validation.LabValidator} gives each item a
 *       {@link dev.praxis.lab.validation.ChecklistVerdict} with one sentence quoting its evidence; each kind of item
 *       is an {@code ItemValidator} registered by name in {@code Validators}.</li>
 *   <li>{@link dev.praxis.lab.validation.LabExampleCheck}: the authoring check of a lab file.</li>
 * </ul>
 *
 * <h2>Depends on</h2>
 * {@code inventory.core} (the inventory and its diagnosis), {@code content}'s published records (modules, checklist
 * items) and {@code system.yaml}. No Spring, no database, no clock ({@code ArchitectureTests}).
 */
package dev.praxis.lab.validation;
