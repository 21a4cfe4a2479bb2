package dev.praxis.lab.validation;

import java.util.Optional;

/** Step 4, item 2: the evidence cites a measurement, a number with a unit or an inventory field. */
final class EvidenceMeasurementValidator implements ItemValidator {

    @Override
    public String name() {
        return "evidence-measurement";
    }

    @Override
    public String source() {
        return "Hands-On Step 4 'the connection between evidence and decision'; §6 'A good diagnosis connects"
                + " evidence to action'";
    }

    @Override
    public Check check(LabFacts facts) {
        String evidence = facts.summary().evidence();
        if (LabText.blank(evidence)) {
            return Check.notDone("4", "your constraint summary has no evidence");
        }
        Optional<String> measurement = LabText.measurement(evidence);
        if (measurement.isEmpty()) {
            return Check.fail("Your evidence " + LabText.quote(evidence) + " cites no measurement: quote a number with"
                    + " a unit or an inventory field.");
        }
        return Check.pass("Your evidence cites a measurement (" + LabText.quote(measurement.get()) + ") in "
                + LabText.quote(evidence) + ".");
    }
}
