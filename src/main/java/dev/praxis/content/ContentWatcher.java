package dev.praxis.content;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Development mode ({@code praxis.content.watch=true}): re-imports the tree shortly after an author saves a file,
 * so the edit shows on the next page load without a restart.
 */
@Component
@ConditionalOnProperty(name = "praxis.content.watch", havingValue = "true")
class ContentWatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

    private final ContentLibrary library;
    private final WatchService watcher;
    private final Thread thread;

    ContentWatcher(ContentLibrary library) throws IOException {
        this.library = library;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree(library.root());
        this.thread = new Thread(this::watch, "content-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
        log.info("Watching {} for changes", library.root());
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                // editors save in bursts: let the burst settle, then import once
                TimeUnit.MILLISECONDS.sleep(300);
                drain(key);
                WatchKey more;
                while ((more = watcher.poll()) != null) {
                    drain(more);
                }
                reloadSafely();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private void reloadSafely() {
        try {
            registerTree(library.root());
            library.reload();
        } catch (IOException | RuntimeException e) {
            log.warn("Content reload failed, keeping the previous catalog: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
