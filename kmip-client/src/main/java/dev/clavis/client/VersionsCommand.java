package dev.clavis.client;

import dev.clavis.codec.ProtocolVersion;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code clavis versions}: Discover Versions (KMIP 1.4 §4.26, KMIP 2.1 §6.1.16). */
@Command(name = "versions", description = "Print the KMIP protocol versions the server supports, preferred first.")
final class VersionsCommand extends KmipCommand {

  VersionsCommand() {
    this(Terminal.system());
  }

  VersionsCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  Output execute(KmipClient client) {
    List<String> versions = client.discoverVersions().stream().map(ProtocolVersion::toString).toList();
    StringBuilder text = new StringBuilder();
    versions.forEach(v -> text.append(v).append('\n'));
    return new Output(object("protocolVersions", versions), text.toString());
  }
}
