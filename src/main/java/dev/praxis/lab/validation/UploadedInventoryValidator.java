package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Inventory;

/**
 * A Step 3 item about what the uploaded inventory shows. Without an upload every such item asks for one; with an
 * upload that looks like another machine, the item says so beside its own finding.
 */
abstract class UploadedInventoryValidator implements ItemValidator {

    @Override
    public final Check check(LabFacts facts) {
        Check recorded = facts.inventory().map(inventory -> recorded(inventory, facts))
                .orElseGet(() -> facts.noInventory("3"));
        return recorded.with(facts.otherMachine());
    }

    /** The item's verdict on an inventory the learner uploaded. */
    abstract Check recorded(Inventory inventory, LabFacts facts);
}
