/**
 * The flexmark extensions of the content engine, one per construct (asides, math, code blocks, links, details,
 * quizzes, labs, prediction prompts), assembled once by {@link dev.praxis.content.markdown.MarkdownRenderer}.
 * Structured blocks are restructured in the AST by document post-processors and rendered between
 * {@link dev.praxis.content.markdown.Regions} markers, so a document is rendered once and cut into parts.
 */
package dev.praxis.content.markdown;
