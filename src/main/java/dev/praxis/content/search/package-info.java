/**
 * Full-text search over the catalog: {@code SearchIndex} (PostgreSQL full-text search, table
 * {@code search_document}) is a {@link dev.praxis.content.CatalogListener} that writes the pages whose text changed
 * at every import, and {@code SearchController} serves {@code /search} (template {@code content/search}) to visitors
 * and learners alike. Reveals and quiz answers are never indexed: only {@code CourseModule#plainText()}.
 *
 * <h2>Depends on</h2>
 * The published catalog of {@code content} and {@code system.database.LikePattern}; nothing depends on it.
 */
package dev.praxis.content.search;
