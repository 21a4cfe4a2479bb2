package dev.praxis.instructor;

import dev.praxis.content.ChecklistItem;

/** Of the learners who started the lab, how many pass (or self-attest) one checklist item. */
record ItemPassRate(ChecklistItem item, long passed, long learners) {

    /** 0..100, or null when nobody started the lab. */
    public Integer percent() {
        return learners == 0 ? null : (int) Math.round(100.0 * passed / learners);
    }
}
