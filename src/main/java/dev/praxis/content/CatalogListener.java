package dev.praxis.content;

/**
 * Told of every catalog {@link ContentLibrary} swaps in, at start-up and on each re-import, before the import is
 * logged as done. Listeners keep whatever they derive from the catalog (the search index) in step with it; they must
 * not depend on {@code ContentLibrary} themselves, which receives them at construction.
 */
public interface CatalogListener {

    void catalogImported(Catalog catalog);
}
