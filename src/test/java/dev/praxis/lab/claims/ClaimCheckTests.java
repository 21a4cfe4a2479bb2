package dev.praxis.lab.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.InventoryReader;
import dev.praxis.lab.claims.ClaimCheck.Checked;
import dev.praxis.lab.claims.ClaimCheck.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claims against the real inventory fixtures. */
class ClaimCheckTests {

    private static String raw(String fixture) {
        for (String folder : List.of("src/test/resources/inventory/fixtures", "src/test/resources/lab/machines",
                "src/test/resources/lab")) {
            Path path = Path.of(folder, fixture);
            if (Files.exists(path)) {
                try {
                    return Files.readString(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalArgumentException(fixture);
    }

    private static List<Checked> check(String fixture, String text) {
        String raw = raw(fixture);
        Inventory inventory = InventoryReader.read(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new ClaimCheck(Optional.of(new InventorySource(inventory, raw))).read(text);
    }

    private static Status status(String fixture, String text) {
        List<Checked> checked = check(fixture, text);
        assertThat(checked).as(text).hasSize(1);
        return checked.get(0).status();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ubuntu-desktop-one-nvidia.transcript.txt|I have 32 GB of RAM|CONFIRMED",
            "ubuntu-desktop-one-nvidia.transcript.txt|I have 64 GB of RAM|CONTRADICTED",
            "ubuntu-desktop-one-nvidia.transcript.txt|nvidia-smi shows 12288 MiB|CONFIRMED",
            "ubuntu-desktop-one-nvidia.transcript.txt|it has an RTX 4090|CONTRADICTED",
            "ubuntu-desktop-one-nvidia.transcript.txt|/ is 91% used|CONFIRMED",
            "ubuntu-desktop-one-nvidia.transcript.txt|/ is 50% used|CONTRADICTED",
            "ubuntu-desktop-one-nvidia.transcript.txt|/data has 568G free|CONFIRMED",
            "ubuntu-desktop-one-nvidia.transcript.txt|it has 8 cores|CONFIRMED",
            "ubuntu-desktop-one-nvidia.transcript.txt|it has no discrete GPU|CONTRADICTED",
            "german-locale.transcript.txt|16 GB of RAM|CONFIRMED",
            "german-locale.transcript.txt|15,5 GB RAM|CONFIRMED",
            "german-locale.transcript.txt|32 GB of RAM|CONTRADICTED",
            "crlf-ansi-prompts.transcript.txt|8 GB of RAM|CONFIRMED",
            "kvm-2vcpu-no-gpu.transcript.txt|my GPU has 8 GB of VRAM|UNSETTLED",
            "kvm-2vcpu-no-gpu.transcript.txt|24 GB of RAM|CONFIRMED",
            "agent-this-vm.json|an RTX 3060|CONTRADICTED",
            "agent-this-vm.json|notebooks still swap|CONTRADICTED",
            "apple-silicon.transcript.txt|32 gigs of unified memory|CONFIRMED",
            "apple-silicon.transcript.txt|16 GiB of memory|CONTRADICTED",
            "single-df.transcript.txt|16 GB of RAM|UNSETTLED",
            "intel-mac-amd-gpu.transcript.txt|8 GB of VRAM|CONFIRMED",
            "ubuntu-two-nvidia.transcript.txt|48 GB of VRAM across both cards|CONFIRMED",
            "wsl2-laptop-rtx3070.transcript.txt|I work in WSL2|CONFIRMED",
            "wsl2-laptop-rtx3070.transcript.txt|it runs native Ubuntu|CONTRADICTED",
            "wsl2-laptop-rtx3070.transcript.txt|a desktop tower|CONTRADICTED",
            "wsl2-laptop-rtx3070.transcript.txt|32 GB of RAM|UNCHECKED",
            "agent-laptop-battery.json|my desktop PC|CONTRADICTED",
    })
    void claimsAgainstRealInventories(String fixture, String text, Status expected) {
        assertThat(status(fixture, text)).isEqualTo(expected);
    }

    /**
     * A learner who says the upload was taken with the eGPU dock unplugged (or the card in another machine): the
     * iGPU-only upload cannot contradict what they say of the card, it leaves it to an upload with the card connected.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The dock was unplugged when I ran the commands|true",
            "I unplugged the eGPU before running them|true",
            "the 3090 is in my other PC at the moment|true",
            "The card was not connected during the upload|true",
            "I ran it without the eGPU connected|true",
            "The dock was not unplugged, everything is in the upload|false",
            "I unplugged the charger|false",
            "lspci is not installed in this VM|false",
    })
    void aLearnersWordThatTheCardWasNotConnected(String text, boolean away) {
        assertThat(ClaimCheck.deviceAway(text)).as(text).isEqualTo(away);
    }

    @Test
    void aCardTheLearnerSaysWasUnpluggedIsUnsettledNotContradicted() {
        String fixture = "egpu-laptop-dock-unplugged-smi-failed.transcript.txt";
        String raw = raw(fixture);
        Inventory inventory = InventoryReader.read(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Optional<InventorySource> source = Optional.of(new InventorySource(inventory, raw));
        String text = "an RTX 3090 Ti with 24 GB of VRAM";
        assertThat(new ClaimCheck(source).read(text)).extracting(Checked::status)
                .containsOnly(Status.CONTRADICTED);
        List<Checked> away = new ClaimCheck(source, true).read(text);
        assertThat(away).extracting(Checked::status).containsOnly(Status.UNSETTLED);
        assertThat(away.get(0).sentence()).contains("not connected when this inventory was taken")
                .endsWith("with the card connected to confirm.");
        // what the upload does show is still checked: the RAM of this laptop is not 64 GB
        assertThat(new ClaimCheck(source, true).read("64 GB of RAM")).extracting(Checked::status)
                .containsOnly(Status.CONTRADICTED);
    }

    @Test
    void aContradictionQuotesTheLearnerAndTheInventoryLine() {
        Checked checked = check("kvm-2vcpu-no-gpu.transcript.txt", "I have 64 GB of RAM").get(0);
        assertThat(checked.sentence()).isEqualTo("You wrote “64 GB of RAM”, but your inventory shows 23 GiB of RAM"
                + " (free -h, line 23: “Mem: 23Gi 312Mi 22Gi 8.6Mi 719Mi 23Gi”).");
    }

    @Test
    void anAgentFigureNamesTheAgentsField() {
        assertThat(check("agent-this-vm.json", "I have 64 GB of RAM").get(0).sentence())
                .contains("23.5 GiB of RAM (the agent's memory.totalBytes)");
    }

    @Test
    void withoutAnInventoryEveryFigureWaitsForTheUploadThatSettlesIt() {
        List<Checked> checked = new ClaimCheck(Optional.empty()).read("df -h shows / at 91% used");
        assertThat(checked).extracting(Checked::status).containsExactly(Status.UNSETTLED);
        assertThat(checked.get(0).sentence()).endsWith("upload the output of df -h.");
    }
}
