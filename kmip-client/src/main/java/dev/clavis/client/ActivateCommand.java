package dev.clavis.client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code clavis activate}: Activate (KMIP 1.4 §4.19, KMIP 2.1 §6.1.1). */
@Command(name = "activate", description = "Activate an object (Pre-Active to Active).")
final class ActivateCommand extends KmipCommand {

  @Parameters(paramLabel = "UID", description = "Unique Identifier of the object.")
  String uid;

  ActivateCommand() {
    this(Terminal.system());
  }

  ActivateCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  Output execute(KmipClient client) {
    String id = client.activate(uid);
    return new Output(object("uniqueIdentifier", id), "Activated " + id + "\n");
  }
}
