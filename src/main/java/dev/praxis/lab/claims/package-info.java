/**
 * The hardware a learner says their machine has, read from free-text lab answers ({@link
 * dev.praxis.lab.claims.ClaimReader}: RAM, VRAM, swap and disk sizes with their units and ranges, GPU models or "no
 * GPU", core counts, the kind of machine), and {@link dev.praxis.lab.claims.ClaimCheck}, which compares each claim
 * with the uploaded inventory, allowing for the rounding of {@code -h} figures. The lab's validation quotes its
 * sentences as evidence.
 *
 * <h2>Depends on</h2>
 * {@code inventory.core} and the JDK: pure, like {@code lab.validation}, so the offline {@code validate-lab} tool
 * gives the same verdicts as the web.
 */
package dev.praxis.lab.claims;
