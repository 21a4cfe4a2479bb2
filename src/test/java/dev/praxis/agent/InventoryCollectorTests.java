package dev.praxis.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.Inventory.MemoryInfo;
import dev.praxis.inventory.core.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryCollectorTests {

    private static Probe probe(String field, ProbeBody body) {
        return new Probe() {
            @Override
            public String field() {
                return field;
            }

            @Override
            public void collect(Collected into) throws Exception {
                body.collect(into);
            }
        };
    }

    private interface ProbeBody {
        void collect(Collected into) throws Exception;
    }

    @Test
    void aFailingProbeCostsOnlyItsOwnFacts() {
        InventoryCollector collector = new InventoryCollector(List.of(
                probe("cpu", into -> {
                    throw new IllegalStateException("no /proc/cpuinfo");
                }),
                probe("memory", into -> into.memory = new MemoryInfo(8L, 0L, 4L, 0L, 0L, 0L))));

        Inventory inventory = collector.collect();

        assertThat(inventory.memory().totalBytes()).isEqualTo(8L);
        assertThat(inventory.unknowns()).singleElement().satisfies(unknown -> {
            assertThat(unknown.field()).isEqualTo("cpu");
            assertThat(unknown.reason()).contains("no /proc/cpuinfo");
        });
    }

    @Test
    void aMissingNativeLibraryIsAlsoContained() {
        InventoryCollector collector = new InventoryCollector(List.of(probe("sensors", into -> {
            throw new UnsatisfiedLinkError("libjnidispatch");
        })));

        assertThat(collector.collect().unknowns()).extracting(Inventory.Unknown::field).containsExactly("sensors");
    }

    @Test
    void theAgentInventoryIsMarkedAsSuch() {
        Inventory inventory = new InventoryCollector(List.of()).collect();

        assertThat(inventory.source()).isEqualTo(Source.AGENT);
        assertThat(inventory.provenance()).isEmpty();
    }
}
