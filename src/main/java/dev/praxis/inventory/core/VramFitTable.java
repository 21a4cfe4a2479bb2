package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Diagnosis.Fit;
import dev.praxis.inventory.core.Diagnosis.VramFit;
import java.util.ArrayList;
import java.util.List;

/**
 * GPU memory needed to run a model: weights + KV cache + overhead (formula in {@code docs/diagnosis.md}). The
 * module (§2 VRAM, §4 sizing, "Did you know": quantization) names model size, quantization and context length as
 * what decides fit; the shapes below are the published Llama-family reference shapes for each size.
 */
final class VramFitTable {

    /** Layers, key/value heads and head dimension of a reference model of each size. */
    private record Shape(int billions, int layers, int kvHeads, int headDim) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(7, 32, 32, 128),
            new Shape(13, 40, 40, 128),
            new Shape(34, 48, 8, 128),
            new Shape(70, 80, 8, 128));
    private static final int[] BITS = {4, 8, 16};
    private static final long RUNTIME_BYTES = 512L * 1024 * 1024;
    private static final int KV_BYTES_PER_VALUE = 2;

    private VramFitTable() {
    }

    static List<VramFit> table(Long budgetBytes, int contextTokens) {
        List<VramFit> rows = new ArrayList<>();
        for (Shape shape : SHAPES) {
            for (int bits : BITS) {
                rows.add(row(shape, bits, budgetBytes, contextTokens));
            }
        }
        return rows;
    }

    static VramFit row(int billions, int bits, Long budgetBytes, int contextTokens) {
        Shape shape = SHAPES.stream().filter(s -> s.billions() == billions).findFirst().orElseThrow();
        return row(shape, bits, budgetBytes, contextTokens);
    }

    private static VramFit row(Shape shape, int bits, Long budgetBytes, int contextTokens) {
        long weights = shape.billions() * 1_000_000_000L * bits / 8;
        long kvCache = 2L * shape.layers() * shape.kvHeads() * shape.headDim() * contextTokens * KV_BYTES_PER_VALUE;
        long overhead = weights / 10 + RUNTIME_BYTES;
        long total = weights + kvCache + overhead;
        return new VramFit(shape.billions(), bits, weights, kvCache, overhead, total, fit(total, budgetBytes));
    }

    private static Fit fit(long total, Long budget) {
        if (budget == null) {
            return Fit.UNKNOWN;
        }
        if (total * 10 <= budget * 9) {
            return Fit.FITS;
        }
        return total <= budget ? Fit.TIGHT : Fit.DOES_NOT_FIT;
    }
}
