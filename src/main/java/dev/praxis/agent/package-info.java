/**
 * The inventory agent, packaged as its own jar ({@code target/praxis-agent.jar}, main class
 * {@link dev.praxis.agent.AgentMain}) that learners download from the lab: it collects the machine's hardware with
 * OSHI probes (one {@code Probe} per fact family; a failing probe costs only its own facts, recorded as unknowns),
 * corrects GPU memory with the vendor tools' output read by the platform's own parsers, writes
 * {@code praxis-inventory.json}, and can upload it with a learner's token ({@code --upload URL --token TOKEN}).
 * {@code parse FILE} normalizes a saved terminal transcript offline, exactly as the platform would.
 *
 * <h2>Depends on</h2>
 * Only the JDK, OSHI (with JNA and SLF4J), Jackson, picocli (the command line, {@code AgentOptions}) and
 * {@code inventory.core}: no Spring, no other feature. The jar's
 * shade filter includes just this package and {@code inventory.core}; {@code AgentArchitectureTests} keeps it so.
 * Nothing in the platform depends on this package.
 */
package dev.praxis.agent;
