package dev.praxis.instructor;

import dev.praxis.account.UserAccount;
import dev.praxis.content.CourseModule;
import dev.praxis.progress.ModuleProgress;
import java.util.List;
import java.util.Map;

/**
 * Everything an instructor reads about one learner.
 *
 * @param titles    module slug → title, for attempts and verdicts of modules shown by title
 * @param itemTexts checklist item id → its text
 * @param upload    the latest inventory upload, or null before the first
 */
record LearnerDetail(UserAccount account, List<CourseModule> modules, Map<String, ModuleProgress> progress,
                     List<AttemptRow> attempts, List<VerdictRow> verdicts, Map<String, String> titles,
                     Map<String, String> itemTexts, UploadStatus upload) {

    public String title(String slug) {
        return titles.getOrDefault(slug, slug);
    }

    public String itemText(String itemId) {
        return itemTexts.getOrDefault(itemId, itemId);
    }
}
