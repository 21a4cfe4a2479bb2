/**
 * The flexmark extensions of the content engine, one per construct (asides, math, code blocks, links, details,
 * quizzes, labs, prediction prompts), assembled once by {@link dev.praxis.content.markdown.MarkdownRenderer}.
 * Structured blocks are restructured in the AST by document post-processors and rendered between
 * {@link dev.praxis.content.markdown.Regions} markers, so a document is rendered once and cut into parts.
 *
 * <h2>Depends on</h2>
 * flexmark and RSyntaxTextArea's tokenizers ({@link dev.praxis.content.markdown.CodeHighlighter}) only: pure,
 * no Spring and no other Praxis package, so {@code check-content} renders exactly what the platform serves.
 * Problems an author should fix travel on the document ({@link dev.praxis.content.markdown.SourceProblems}) rather
 * than being thrown.
 */
package dev.praxis.content.markdown;
