package dev.praxis.lab;

import dev.praxis.content.Catalog;
import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.CourseModule;
import dev.praxis.lab.validation.ChecklistVerdict;
import dev.praxis.lab.validation.InventoryReading;
import dev.praxis.lab.validation.LabDefinition;
import dev.praxis.lab.validation.LabDefinitionException;
import dev.praxis.lab.validation.LabDefinitions;
import dev.praxis.lab.validation.LabValidator;
import dev.praxis.lab.validation.LabWork;
import dev.praxis.system.cli.BadInput;
import dev.praxis.system.cli.CommandLineTool;
import dev.praxis.system.cli.ModuleArguments;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@code validate-lab <content-dir> <module-slug> <lab.json>}: judges a learner's lab work offline. Input: the
 * {@link LabWork} JSON (any field may be missing: that step is not done yet; unknown keys are errors). Output: a
 * JSON array with one object per checklist item, in module order, with the keys {@code step} ("1".."7" or
 * "success"), {@code item} (1-based), {@code text}, {@code verdict} (pass|needs-attention|fail|self-attested),
 * {@code evidence} and {@code source} (the module paragraph or table the item's rule comes from). An inventory that
 * cannot be read does not stop the tool: the machine items say where it could not be read. Exit 0 on success, 2 on
 * bad arguments or input (nothing on stdout then).
 */
public class ValidateLabTool implements CommandLineTool {

    private static final String DESCRIPTION = "Judges a learner's lab work offline; prints a JSON array, one verdict per"
            + " checklist item. Exit 0 on success, 2 on bad arguments or input (nothing on stdout then).";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Override
    public String name() {
        return "validate-lab";
    }

    @Override
    public String usage() {
        return "validate-lab <content-dir> <module-slug> <lab.json>   judge a lab offline; prints [{\"step\",\"item\","
                + "\"text\",\"verdict\",\"evidence\",\"source\"}]; exit 2 on bad input";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return execute(ModuleArguments.spec(DESCRIPTION, "<lab.json>", "the learner's lab work (a missing field: a step"
                + " not done yet)"), args, out, err, parsed -> validate(ModuleArguments.of(parsed), out));
    }

    private static int validate(ModuleArguments arguments, PrintStream out) throws BadInput {
        CourseModule module = module(arguments.contentDir(), arguments.slug());
        LabDefinition definition = definition(arguments.contentDir(), module);
        LabWork work = work(arguments.file());
        InventoryReading inventory = InventoryReading.read(work.inventory());
        ArrayNode results = JSON.createArrayNode();
        for (ChecklistVerdict verdict : LabValidator.validate(definition, module, work, inventory)) {
            results.addObject()
                    .put("step", verdict.step())
                    .put("item", verdict.item())
                    .put("text", verdict.text())
                    .put("verdict", verdict.verdict().label())
                    .put("evidence", verdict.evidence())
                    .put("source", verdict.source());
        }
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        return 0;
    }

    private static CourseModule module(Path root, String slug) throws BadInput {
        if (!Files.isDirectory(root)) {
            throw new BadInput("content folder not found: " + root);
        }
        Catalog catalog;
        try {
            catalog = new ContentImporter().importTree(root);
        } catch (IOException e) {
            throw new BadInput("cannot read content folder " + root + ": " + e.getMessage());
        }
        return catalog.module(slug).orElseThrow(() -> new BadInput("unknown module slug '" + slug + "': no page under "
                + root + " has it"));
    }

    private static LabDefinition definition(Path root, CourseModule module) throws BadInput {
        Path file = LabDefinitions.fileFor(root, module);
        if (!Files.isRegularFile(file)) {
            throw new BadInput("module '" + module.slug() + "' has no lab file (expected " + file + ")");
        }
        try {
            return LabDefinitions.load(file, root.relativize(file).toString().replace('\\', '/'));
        } catch (LabDefinitionException e) {
            throw new BadInput("unusable lab file " + e.getMessage());
        }
    }

    private static LabWork work(Path file) throws BadInput {
        if (!Files.isRegularFile(file)) {
            throw new BadInput("lab file not found: " + file);
        }
        try {
            LabWork work = JSON.readValue(file.toFile(), LabWork.class);
            if (work == null) {
                throw new BadInput(file + " must be a JSON object with the lab's fields");
            }
            return work;
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new BadInput(file + " is not a valid lab document" + where + ": " + e.getOriginalMessage());
        }
    }
}
