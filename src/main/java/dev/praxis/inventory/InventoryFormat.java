package dev.praxis.inventory;

import java.util.Locale;
import org.springframework.stereotype.Component;

/** Formatting for inventory pages ({@code ${@inventoryFormat.bytes(...)}} in templates). */
@Component("inventoryFormat")
public class InventoryFormat {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    public String bytes(Long bytes) {
        if (bytes == null) {
            return "unknown";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, unit == 0 ? "%.0f %s" : "%.1f %s", value, UNITS[unit]);
    }

    /** "≈ 15.6 GiB (± 0.1 GiB)" for values the source rounded. */
    public String bytes(Long bytes, Long precision) {
        if (bytes == null || precision == null || precision == 0) {
            return bytes(bytes);
        }
        return "≈ " + bytes(bytes) + " (± " + bytes(precision) + ")";
    }

    public String hertz(Long hertz) {
        return hertz == null ? "unknown" : String.format(Locale.ROOT, "%.2f GHz", hertz / 1e9);
    }
}
