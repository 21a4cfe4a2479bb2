package dev.praxis.agent;

import dev.praxis.inventory.core.Inventory.MemoryInfo;
import oshi.SystemInfo;
import oshi.hardware.GlobalMemory;

/** Total and available memory and swap, exact in bytes. */
final class MemoryProbe implements Probe {

    private final SystemInfo system;

    MemoryProbe(SystemInfo system) {
        this.system = system;
    }

    @Override
    public String field() {
        return "memory";
    }

    @Override
    public void collect(Collected into) {
        GlobalMemory memory = system.getHardware().getMemory();
        into.memory = new MemoryInfo(memory.getTotal(), 0L, memory.getAvailable(), 0L,
                memory.getVirtualMemory().getSwapTotal(), 0L, memory.getVirtualMemory().getSwapUsed(), 0L);
    }
}
