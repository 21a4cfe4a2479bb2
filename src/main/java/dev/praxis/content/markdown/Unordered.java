package dev.praxis.content.markdown;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/**
 * A parser factory of Praxis that may run in any order relative to flexmark's and the other extensions' (asides,
 * math): no dependents before or after, and nothing that affects the whole document's parsing.
 */
interface Unordered extends Dependent {

    @Override
    default Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    default Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    default boolean affectsGlobalScope() {
        return false;
    }
}
