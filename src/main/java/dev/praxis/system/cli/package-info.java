/**
 * The offline command-line tools of the platform jar ({@code java -jar praxis.jar <tool> ...}): the
 * {@link dev.praxis.system.cli.CommandLineTool} interface, and {@link dev.praxis.system.cli.CommandLineTools}, which
 * {@code PraxisApplication.main} asks first and which finds each tool with {@link java.util.ServiceLoader} (features
 * list theirs in {@code META-INF/services/dev.praxis.system.cli.CommandLineTool}: {@code check-content},
 * {@code grade}, {@code validate-lab}). Each tool reads its command line with picocli through
 * {@link dev.praxis.system.cli.CommandLineTool#execute} (an arguments object with {@code @Parameters} and
 * {@code @Option} fields, or {@link dev.praxis.system.cli.ModuleArguments}, the shared
 * {@code <content-dir> <module-slug> <file>} of {@code grade} and {@code validate-lab}; {@code --help} generated from
 * it, a refused command line or {@link dev.praxis.system.cli.BadInput} exits 2). Tools are pure work over files: no Spring context, no database.
 * Depends on nothing but the JDK and picocli.
 */
@NamedInterface("cli")
package dev.praxis.system.cli;

import org.springframework.modulith.NamedInterface;
