package dev.praxis.agent;

import dev.praxis.inventory.core.Inventory.Sensors;
import java.util.Arrays;
import java.util.List;
import oshi.SystemInfo;

/** CPU temperature and fan speeds, where the operating system exposes them (often not in VMs or on Windows). */
final class SensorProbe implements Probe {

    private final SystemInfo system;

    SensorProbe(SystemInfo system) {
        this.system = system;
    }

    @Override
    public String field() {
        return "sensors";
    }

    @Override
    public void collect(Collected into) {
        oshi.hardware.Sensors sensors = system.getHardware().getSensors();
        double celsius = sensors.getCpuTemperature();
        Double temperature = celsius > 0 && !Double.isNaN(celsius) ? celsius : null;
        List<Integer> fans = Arrays.stream(sensors.getFanSpeeds()).filter(rpm -> rpm > 0).boxed().toList();
        if (temperature == null) {
            into.unknown("sensors.cpuTemperatureCelsius", "the operating system exposes no CPU temperature");
        }
        if (fans.isEmpty()) {
            into.unknown("sensors.fanRpm", "the operating system exposes no fan speed");
        }
        into.sensors = new Sensors(temperature, fans);
    }
}
