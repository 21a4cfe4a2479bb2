package dev.praxis.agent;

import dev.praxis.inventory.core.Inventory.CpuInfo;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

/** CPU model, physical and logical cores, and the advertised maximum frequency. */
final class CpuProbe implements Probe {

    private final SystemInfo system;

    CpuProbe(SystemInfo system) {
        this.system = system;
    }

    @Override
    public String field() {
        return "cpu";
    }

    @Override
    public void collect(Collected into) {
        CentralProcessor cpu = system.getHardware().getProcessor();
        CentralProcessor.ProcessorIdentifier id = cpu.getProcessorIdentifier();
        long max = cpu.getMaxFreq();
        if (max <= 0) {
            max = id.getVendorFreq();
        }
        Long frequency = max > 0 ? max : null;
        if (frequency == null) {
            into.unknown("cpu.maxFrequencyHz", "the operating system does not expose a maximum frequency "
                    + "(common in virtual machines)");
        }
        into.cpu = new CpuInfo(id.getName().strip(), id.getVendor(), positive(cpu.getPhysicalProcessorCount()),
                positive(cpu.getLogicalProcessorCount()), frequency);
    }

    private static Integer positive(int count) {
        return count > 0 ? count : null;
    }
}
