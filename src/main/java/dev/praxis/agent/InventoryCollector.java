package dev.praxis.agent;

import dev.praxis.inventory.core.Inventory;
import java.util.List;

/** Runs every probe; one failing probe costs only its own facts. */
final class InventoryCollector {

    private final List<Probe> probes;

    InventoryCollector(List<Probe> probes) {
        this.probes = List.copyOf(probes);
    }

    Inventory collect() {
        Collected collected = new Collected();
        for (Probe probe : probes) {
            try {
                probe.collect(collected);
            } catch (Exception | LinkageError e) {
                collected.unknown(probe.field(), "the probe failed: " + e);
            }
        }
        return collected.toInventory();
    }
}
