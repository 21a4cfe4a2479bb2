/**
 * The learner's reading side: the home page ({@code /}: where they left off, unread verdict changes), the catalog
 * with progress bars ({@code /catalog}), the lesson page ({@code /modules/<slug>/}) and predictions that cannot be
 * peeked at ({@code POST /predictions}: the reveal is released only after the learner commits). Templates
 * {@code lesson/}, plus {@code content/catalog} and {@code system/home}.
 *
 * <h2>How a lesson page is served</h2>
 * The learner-independent parts of a module are rendered once per module version ({@code LessonBodyCache}); a
 * signed-in page is that shared text with this learner's pieces written into its slots ({@code LessonComposer},
 * {@link dev.praxis.lesson.PageSlots}) without running the template; {@code LessonPageCache}, a filter after
 * security, sends a session's kept page again while the {@code ChangeFeed.LEARNERS} clock heard no change to the
 * learner's facts and the catalog is the same. It keeps the page as the composer wrote it ({@code ComposedPage}):
 * references to the shared text and pieces plus the page's own few bytes, not a copy.
 *
 * <h2>Owns</h2>
 * Tables {@code prediction} (every committed version, as written) and {@code prediction_self_check}; publishes them
 * to {@code progress} and {@code instructor} as the read model {@code prediction_view} (migration {@code V27_2}).
 *
 * <h2>Depends on</h2>
 * {@code content} (catalog and modules), {@code progress} (the learner's facts and progress), {@code quiz} (unread
 * overrides on the home page), {@code account} and {@code system} ({@code system.changes}' clock of learners). Nothing
 * depends on this package: it is the top of the learner's side.
 */
package dev.praxis.lesson;
