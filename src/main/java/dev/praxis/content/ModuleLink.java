package dev.praxis.content;

/** A link from a module to another page of the site, by the slug it resolves to, and the line it is on. */
public record ModuleLink(String targetSlug, int line) {
}
