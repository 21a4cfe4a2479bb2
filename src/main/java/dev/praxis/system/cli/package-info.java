/**
 * The offline command-line tools of the platform jar ({@code java -jar praxis.jar <tool> ...}): the
 * {@link dev.praxis.system.cli.CommandLineTool} interface, and {@link dev.praxis.system.cli.CommandLineTools}, which
 * {@code PraxisApplication.main} asks first and which finds each tool with {@link java.util.ServiceLoader} (features
 * list theirs in {@code META-INF/services/dev.praxis.system.cli.CommandLineTool}: {@code check-content},
 * {@code grade}, {@code validate-lab}). Tools are pure work over files: no Spring context, no database. Depends on
 * nothing but the JDK.
 */
package dev.praxis.system.cli;
