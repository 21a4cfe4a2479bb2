package dev.praxis.agent;

/**
 * One fact-gathering step. A probe that throws loses only its own facts: the collector records them as unknown
 * with the reason and carries on.
 */
interface Probe {

    /** The inventory field this probe fills, used to name what is unknown when it fails. */
    String field();

    void collect(Collected into) throws Exception;
}
