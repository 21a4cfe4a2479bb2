package dev.praxis.lab.validation;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Step 2, item 3: portability, sustained load or always-on service operation, and whether it fits the archetype. */
final class MattersMostValidator implements ItemValidator {

    private static final Map<String, Pattern> CHOICES = Map.of(
            // working away from the desk: on the train, commuting, carried to university
            "portability", Pattern.compile("portab\\w*|portable|travel\\w*|mobil\\w*|\\bon the (?:train|road|go|move)\\b"
                    + "|commut\\w*|\\bcarry\\w*|\\btake it (?:everywhere|with me)"),
            // jobs left running for hours: overnight runs, batches until morning
            "sustained-load", Pattern.compile("sustained|long[- ]running|long jobs?|heavy load|overnight|all night"
                    + "|until (?:the )?morning|for hours|hours[- ]long|multi[- ]hour"),
            "always-on", Pattern.compile("always[- ]on|24/7|service operation|uptime|around the clock|round the clock"
                    + "|never sleeps|always running"));

    @Override
    public String name() {
        return "matters-most";
    }

    @Override
    public String source() {
        return "Hands-On Step 2 'portability, sustained load, or always-on service operation'; §3 archetype table";
    }

    @Override
    public Check check(LabFacts facts) {
        String mattersMost = facts.work().mattersMost();
        if (LabText.blank(mattersMost)) {
            return Check.notDone("2", "you have not said whether portability, sustained load or always-on matters"
                    + " most");
        }
        Optional<String> choice = CHOICES.entrySet().stream()
                .filter(entry -> entry.getKey().equals(LabText.fold(mattersMost))
                        || entry.getValue().matcher(LabText.fold(mattersMost)).find())
                .map(Map.Entry::getKey).findFirst();
        if (choice.isEmpty()) {
            // another concern (privacy, offline use, a model size) is not wrong, only not the answer Step 2 asks for
            return Check.attention(LabText.quote(mattersMost) + " is not portability, sustained-load or always-on.");
        }
        Optional<Archetype> archetype = Archetype.parse(facts.work().archetype());
        if (choice.get().equals("always-on") && archetype.equals(Optional.of(Archetype.LAPTOP_FIRST))) {
            return Check.attention("Always-on service operation matters most to you, but a laptop-first setup is"
                    + " not built to stay on; the module points to a small home server for that.");
        }
        if (choice.get().equals("portability") && archetype.filter(a -> a == Archetype.SINGLE_GPU_DESKTOP
                || a == Archetype.HOME_SERVER).isPresent()) {
            return Check.attention("Portability matters most to you, but a " + archetype.get().id()
                    + " is stationary; the module says to decide which matters more for this stage.");
        }
        return Check.pass("You noted that " + choice.get() + " matters most.");
    }
}
