package dev.praxis.lab;

import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.inventory.InventoryService;
import dev.praxis.inventory.InventoryUpload;
import dev.praxis.inventory.core.Diagnosis;
import dev.praxis.inventory.core.Inventory;
import dev.praxis.lab.validation.ChecklistVerdict;
import dev.praxis.lab.validation.InventoryReading;
import dev.praxis.lab.validation.LabDefinition;
import dev.praxis.lab.validation.LabValidator;
import dev.praxis.lab.validation.LabWork;
import dev.praxis.system.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guided lab: the learner's work (autosaved), the inventory it is checked against, and the checklist verdicts,
 * recomputed by the pure {@link LabValidator} whenever the work or the inventory changes, then stored for
 * progress and the instructor's statistics.
 */
@Service
public class LabService {

    private final LabWorkRepository labs;
    private final LabFiles labFiles;
    private final ContentLibrary library;
    private final InventoryService inventories;
    private final JsonMapper json;

    LabService(LabWorkRepository labs, LabFiles labFiles, ContentLibrary library, InventoryService inventories, JsonMapper json) {
        this.labs = labs;
        this.labFiles = labFiles;
        this.library = library;
        this.inventories = inventories;
        this.json = json;
    }

    public CourseModule moduleWithLab(String slug) {
        CourseModule module = library.module(slug);
        if (module.lab().isEmpty()) {
            throw new NotFoundException("Module " + slug + " has no lab");
        }
        return module;
    }

    /**
     * The learner's lab as the page shows it. Praxis's diagnosis of the inventory (first and second bottleneck, VRAM
     * fit table) is left out, and no verdict quotes it, until the learner has committed their Step 4 summary.
     */
    public LabState state(long userId, String slug) {
        CourseModule module = moduleWithLab(slug);
        Optional<LabWorkRepository.StoredLabWork> stored = labs.find(userId, slug);
        LabWork work = stored.map(s -> json.readValue(s.answersJson(), LabWork.class)).orElse(LabWork.EMPTY);
        Long chosen = stored.map(LabWorkRepository.StoredLabWork::uploadId).orElse(null);
        Instant committedAt = stored.map(LabWorkRepository.StoredLabWork::summaryCommittedAt).orElse(null);
        LabWork.Summary committed = stored.map(LabWorkRepository.StoredLabWork::committedSummaryJson)
                .map(text -> json.readValue(text, LabWork.Summary.class)).orElse(null);
        List<InventoryUpload> parsedUploads = inventories.history(userId).stream().filter(InventoryUpload::parsed).toList();
        Optional<InventoryUpload> upload = chosenUpload(parsedUploads, chosen);
        Optional<Inventory> inventory = upload.flatMap(u -> inventories.inventory(userId, u.id()));
        Optional<LabDefinition> definition = labFiles.forModule(module);
        String raw = upload.filter(u -> inventory.isPresent())
                .map(u -> new String(inventories.raw(userId, u.id()), StandardCharsets.UTF_8)).orElse(null);
        boolean released = committedAt != null;
        List<ChecklistVerdict> verdicts = verdicts(module, definition, work, InventoryReading.of(inventory, raw),
                released);
        Diagnosis diagnosis = released ? inventory.map(found -> LabValidator.diagnose(work, found)).orElse(null) : null;
        return new LabState(module, definition.isPresent(), work, chosen, upload.orElse(null), inventory.orElse(null),
                diagnosis, verdicts,
                stored.map(LabWorkRepository.StoredLabWork::updatedAt).orElse(null),
                parsedUploads, committed, committedAt);
    }

    /**
     * Saves the learner's work (every field as typed) and the inventory choice, recomputes and stores the verdicts.
     *
     * @param uploadId      the chosen upload, or null for "my latest upload"
     * @param commitSummary also commit the Step 4 summary, which releases Praxis's diagnosis next to it
     * @throws IllegalArgumentException when the summary to commit lacks a first bottleneck, evidence or a second one
     */
    @Transactional
    public LabState save(long userId, String slug, LabWork work, Long uploadId, boolean commitSummary) {
        CourseModule module = moduleWithLab(slug);
        if (uploadId != null) {
            inventories.owned(userId, uploadId);
        }
        if (commitSummary) {
            LabWork.Summary summary = work.summary();
            if (summary == null || blank(summary.firstBottleneck()) || blank(summary.evidence())
                    || blank(summary.secondBottleneck())) {
                throw new IllegalArgumentException("Write your first bottleneck, its evidence and your second"
                        + " bottleneck before you commit: Praxis's diagnosis is shown next to them once committed.");
            }
        }
        labs.save(userId, slug, json.writeValueAsString(withoutInventoryText(work)), uploadId);
        if (commitSummary) {
            labs.commitSummary(userId, slug, json.writeValueAsString(work.summary()));
        }
        LabState state = state(userId, module.slug());
        labs.replaceVerdicts(userId, slug, state.verdicts());
        return state;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A new inventory changes the verdicts of every lab that follows the learner's latest upload. */
    @EventListener
    @Transactional
    public void onInventoryUploaded(InventoryService.InventoryUploaded event) {
        for (String slug : labs.modulesWithWork(event.userId())) {
            if (library.find(slug).isEmpty()) {
                continue;
            }
            LabState state = state(event.userId(), slug);
            labs.replaceVerdicts(event.userId(), slug, state.verdicts());
        }
    }

    private static List<ChecklistVerdict> verdicts(CourseModule module, Optional<LabDefinition> definition, LabWork work,
                                                   InventoryReading inventory, boolean diagnosisReleased) {
        // without a lab file every item says plainly that Praxis cannot check it yet
        return LabValidator.validate(definition.orElseGet(() -> new LabDefinition(module.path(), module.slug(), 0,
                List.of(), List.of())), module, work, inventory, diagnosisReleased);
    }

    /** The chosen upload, or the newest readable one when the learner follows their latest upload. */
    private static Optional<InventoryUpload> chosenUpload(List<InventoryUpload> parsedUploads, Long uploadId) {
        return parsedUploads.stream().filter(u -> uploadId == null || u.id() == uploadId).findFirst();
    }

    /** The platform keeps inventories as uploads; the lab document refers to them instead of copying the text. */
    private static LabWork withoutInventoryText(LabWork work) {
        return new LabWork(null, work.workload(), work.archetype(), work.archetypeReason(), work.mattersMost(),
                work.unknowns(), work.summary(), work.symptoms(), work.plan(), work.recommendation());
    }

    /**
     * Everything the lab page needs; {@code diagnosis} is what the chosen inventory suggests for the learner's
     * workload (null without an inventory, and null until the summary is committed). {@code structured}: the module
     * has a lab file, so the page offers the lab's work form; {@code chosenUploadId} null means "follow my latest
     * upload"; {@code committedSummary} is the Step 4 summary as first committed (null before).
     */
    public record LabState(CourseModule module, boolean structured, LabWork work, Long chosenUploadId, InventoryUpload upload,
                           Inventory inventory, Diagnosis diagnosis, List<ChecklistVerdict> verdicts, Instant savedAt,
                           List<InventoryUpload> parsedUploads, LabWork.Summary committedSummary,
                           Instant summaryCommittedAt) {

        public List<ChecklistVerdict> verdictsFor(String step) {
            return verdicts.stream().filter(verdict -> verdict.step().equals(step)).toList();
        }

        public long passing() {
            return verdicts.stream().filter(v -> v.verdict().label().equals("pass") || v.verdict().label().equals("self-attested")).count();
        }
    }
}
