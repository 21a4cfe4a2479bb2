/**
 * {@link dev.praxis.system.yaml.LocatedYaml}: YAML read into maps, lists and scalars that remember their line, so
 * every complaint about an authored file (a grading rubric, a lab file) names its line. Pure: Jackson's YAML parser
 * and nothing else; used by the pure cores {@code quiz.grading} and {@code lab.validation}.
 */
@NamedInterface("yaml")
package dev.praxis.system.yaml;

import org.springframework.modulith.NamedInterface;
