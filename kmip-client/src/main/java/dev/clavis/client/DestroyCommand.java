package dev.clavis.client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code clavis destroy}: Destroy (KMIP 1.4 §4.21, KMIP 2.1 §6.1.15). */
@Command(name = "destroy", description = "Destroy an object's key material (its metadata stays, as KMIP requires).")
final class DestroyCommand extends KmipCommand {

  @Parameters(paramLabel = "UID", description = "Unique Identifier of the object.")
  String uid;

  DestroyCommand() {
    this(Terminal.system());
  }

  DestroyCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  Output execute(KmipClient client) {
    String id = client.destroy(uid);
    return new Output(object("uniqueIdentifier", id), "Destroyed " + id + "\n");
  }
}
