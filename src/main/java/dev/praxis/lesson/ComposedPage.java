package dev.praxis.lesson;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A composed lesson page as the runs of bytes it is written from, in order. Most runs are shared and only referenced:
 * the module's text that every learner sees and the pieces kept by {@link LessonComposer} (a progress bar per percent,
 * the learner's header and prediction cards). The page itself owns only what no other page has: the request's CSRF
 * token and the list of sections read. Keeping a page so costs its references and those few bytes, about a kilobyte,
 * where a copy of its bytes cost some 55 kB: {@link LessonPageCache} keeps these.
 *
 * @param runs     the page's bytes, run after run; none is ever changed once written
 * @param length   the sum of the runs' lengths
 * @param ownBytes the bytes of the runs that this page alone refers to
 */
record ComposedPage(byte[][] runs, int length, int ownBytes) {

    /** The request attribute under which {@link LessonComposer} leaves the page it wrote. */
    static final String ATTRIBUTE = ComposedPage.class.getName();

    void writeTo(OutputStream out) throws IOException {
        for (byte[] run : runs) {
            out.write(run);
        }
    }

    /** An estimate of the memory that keeping this page holds: the array of references and the page's own runs. */
    int weight() {
        return 64 + 8 * runs.length + ownBytes;
    }

    /** Collects a page's runs; empty runs are left out. */
    static final class Builder {

        private byte[][] runs = new byte[64][];
        private int count;
        private int length;
        private int ownBytes;

        /** A run that other pages or a cache refer to as well. */
        void shared(byte[] run) {
            if (run.length == 0) {
                return;
            }
            if (count == runs.length) {
                runs = Arrays.copyOf(runs, count * 2);
            }
            runs[count++] = run;
            length += run.length;
        }

        /** A run that only this page refers to. */
        void own(byte[] run) {
            shared(run);
            ownBytes += run.length;
        }

        ComposedPage build() {
            return new ComposedPage(Arrays.copyOf(runs, count), length, ownBytes);
        }
    }
}
