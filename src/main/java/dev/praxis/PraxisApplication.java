package dev.praxis;

import dev.praxis.system.cli.CommandLineTools;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the platform, or runs one of the offline command-line tools when the first argument names one
 * ({@code check-content}, {@code grade}, {@code validate-lab}). The tools never start Spring or a database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PraxisApplication {

    public static void main(String[] args) {
        if (CommandLineTools.handles(args)) {
            System.exit(CommandLineTools.run(args, System.out, System.err));
        }
        SpringApplication.run(PraxisApplication.class, args);
    }
}
