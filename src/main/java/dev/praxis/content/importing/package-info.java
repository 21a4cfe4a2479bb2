/**
 * The importer: a course tree written in the Starlight/KubeDojo conventions in, an immutable
 * {@link dev.praxis.content.Catalog} out. Pure (no Spring, no database, no clock), so the offline tools
 * ({@code check-content}, {@code grade}, {@code validate-lab}) import exactly as the platform does.
 *
 * <h2>Entry point</h2>
 * {@link dev.praxis.content.importing.ContentImporter} ({@code importTree}, {@code importModule}; a remembering
 * instance re-renders only changed files), failing with {@link dev.praxis.content.importing.ContentImportException}
 * naming file and line. Everything else here is package-private, in the order a file passes through it: front matter
 * ({@code FrontMatter}), the header blockquote ({@code HeaderReader}), MDX to Markdown ({@code MdxConverter}), one
 * flexmark pipeline ({@code content.markdown}), allowlist sanitising ({@code ContentSanitizer}), withheld regions
 * ({@code RegionSplitter}), the lesson's parts ({@code LessonAssembly}, {@code SectionTitles}), one module
 * ({@code ModuleImporter}) and the catalog with its sections and order ({@code CatalogAssembly}).
 *
 * <h2>Depends on</h2>
 * The published model of {@code content}, {@code content.markdown}, jsoup and Jackson (YAML front matter);
 * nothing of Spring. Open to other modules ({@code @NamedInterface}) only for the offline tools.
 */
@NamedInterface("importing")
package dev.praxis.content.importing;

import org.springframework.modulith.NamedInterface;
