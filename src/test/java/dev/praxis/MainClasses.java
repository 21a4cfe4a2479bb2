package dev.praxis;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The platform's main classes as ArchUnit reads them, imported once per test JVM: reading them is most of what the
 * architecture tests cost, and each of them reads the same classes.
 */
public final class MainClasses {

    private MainClasses() {
    }

    public static JavaClasses all() {
        return Imported.ALL;
    }

    /** Imported when first asked for, by the class loader's lock. */
    private static final class Imported {

        static final JavaClasses ALL = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.praxis");
    }
}
