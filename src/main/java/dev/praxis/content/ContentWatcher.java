package dev.praxis.content;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Development mode ({@code praxis.content.watch=true}): re-imports the tree shortly after an author saves a file,
 * so the edit shows on the next page load without a restart. The tree is watched with directory-watcher: native file
 * system events on macOS (where the JDK's {@code WatchService} polls every few seconds), the JDK's elsewhere; folders
 * an author adds are watched as they appear.
 */
@Component
@ConditionalOnProperty(name = "praxis.content.watch", havingValue = "true")
class ContentWatcher implements DirectoryChangeListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);
    private static final long SETTLE_MILLIS = 300;

    private final ContentLibrary library;
    private final DirectoryWatcher watcher;
    /** A change came since the last import; read and written only on the watcher's thread. */
    private boolean changed;

    ContentWatcher(ContentLibrary library) throws IOException {
        this.library = library;
        // no file hashing: it would read every file of the tree at start only to drop saves that changed nothing
        this.watcher = DirectoryWatcher.builder().path(library.root()).listener(this).fileHashing(false).build();
        // registers the tree before it returns, then waits for events on a thread of its own
        watcher.watchAsync(task -> {
            Thread thread = new Thread(task, "content-watcher");
            thread.setDaemon(true);
            thread.start();
        });
        log.info("Watching {} for changes", library.root());
    }

    @Override
    public void onEvent(DirectoryChangeEvent event) {
        if (changed) {
            return;
        }
        changed = true;
        try {
            // editors save in bursts: let the burst settle, so that it is imported once
            TimeUnit.MILLISECONDS.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called when no more events are waiting: the burst is over. */
    @Override
    public void onIdle(int events) {
        if (!changed) {
            return;
        }
        changed = false;
        try {
            library.reload();
        } catch (RuntimeException e) {
            log.warn("Content reload failed, keeping the previous catalog: {}", e.getMessage());
        }
    }

    @Override
    public void onException(Exception e) {
        log.warn("Content watcher: {}", e.getMessage());
    }

    @Override
    public void destroy() throws IOException {
        watcher.close();
    }
}
