/**
 * The normalized inventory of a machine and everything pure about it, shared unchanged by the platform and the
 * agent jar: the {@link dev.praxis.inventory.core.Inventory} record and its stored JSON
 * ({@link dev.praxis.inventory.core.InventoryJson}, documented in {@code docs/inventory-schema.md}), the parsers, and
 * the diagnosis.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link dev.praxis.inventory.core.InventoryReader}: the single entry for uploaded bytes, the agent's JSON or a
 *       pasted Linux or macOS terminal transcript, the parser chosen by shape, never by file name; bad input is an
 *       {@link dev.praxis.inventory.core.InventoryParseException} naming the line and what was expected. Each
 *       command's output is one {@code Section} parser ({@code lscpu}, {@code free}, {@code df}, {@code lsblk},
 *       {@code nvidia-smi}, {@code system_profiler}, …). Lines no section knows, and a block its section cannot
 *       read, are searched last by {@code LabelledFacts} for lines whose label names one fact beyond doubt
 *       ({@code MemTotal:}, {@code Total Memory: 16 GB}), so a transcript holding such a figure is never refused.</li>
 *   <li>{@link dev.praxis.inventory.core.Diagnoser}: the first and second likely bottleneck for a
 *       {@link dev.praxis.inventory.core.WorkloadFamily}, with evidence and what model sizes fit the GPU memory
 *       (formulas in {@code docs/diagnosis.md}).</li>
 * </ul>
 *
 * <h2>Depends on</h2>
 * The JDK and Jackson only: no Spring, no database, no clock, no OSHI, nothing of the agent or the platform.
 * {@code AgentArchitectureTests} keeps it so, because this package ships inside the agent jar.
 */
@NamedInterface("core")
package dev.praxis.inventory.core;

import org.springframework.modulith.NamedInterface;
