package dev.praxis.agent;

import oshi.SystemInfo;

/** Whether a battery is present: the laptop hint the diagnosis uses for sustained-load thermals. */
final class PowerProbe implements Probe {

    private final SystemInfo system;

    PowerProbe(SystemInfo system) {
        this.system = system;
    }

    @Override
    public String field() {
        return "battery";
    }

    @Override
    public void collect(Collected into) {
        into.battery = system.getHardware().getPowerSources().stream()
                .anyMatch(source -> source.getMaxCapacity() > 0 || source.getDesignCapacity() > 0
                        || source.getRemainingCapacityPercent() > 0);
    }
}
