package dev.clavis.client;

import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clavis locate}: Locate (KMIP 1.4 §4.9, KMIP 2.1 §6.1.28). */
@Command(name = "locate", description = "Find objects by name, type, state or algorithm; print one Unique Identifier per line.")
final class LocateCommand extends KmipCommand {

  @Option(names = "--name", paramLabel = "NAME", description = "Name the objects must have.")
  String name;

  @Option(names = "--type", paramLabel = "TYPE", description = "Object Type: symmetric-key, secret-data, private-key, public-key, certificate, …")
  String type;

  @Option(names = "--state", paramLabel = "STATE", description = "State: pre-active, active, deactivated, compromised, destroyed, destroyed-compromised.")
  String state;

  @Option(names = "--algorithm", paramLabel = "ALG", description = "Cryptographic Algorithm, e.g. AES.")
  String algorithm;

  @Option(names = "--max", paramLabel = "N", description = "Maximum Items to return.")
  Integer max;

  @Option(names = "--offset", paramLabel = "N", description = "Offset Items: skip this many matches first (KMIP 1.3+).")
  Integer offset;

  private LocateRequest request;

  LocateCommand() {
    this(Terminal.system());
  }

  LocateCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  void prepare() {
    LocateRequest r = LocateRequest.all();
    if (name != null) {
      r = r.name(name);
    }
    if (type != null) {
      r = r.objectType(SpecNames.parse(ObjectType.values(), ObjectType::specName, type, "--type"));
    }
    if (state != null) {
      r = r.state(SpecNames.parse(State.values(), State::specName, state, "--state"));
    }
    if (algorithm != null) {
      r = r.algorithm(SpecNames.parse(CryptographicAlgorithm.values(), CryptographicAlgorithm::specName, algorithm, "--algorithm"));
    }
    if (max != null) {
      if (max < 1) {
        throw new BadInputException("--max: " + max + " (expected: >= 1)");
      }
      r = r.max(max);
    }
    if (offset != null) {
      if (offset < 0) {
        throw new BadInputException("--offset: " + offset + " (expected: >= 0)");
      }
      r = r.offset(offset);
    }
    request = r;
  }

  @Override
  Output execute(KmipClient client) {
    LocateResult r = client.locate(request);
    StringBuilder text = new StringBuilder();
    r.uniqueIdentifiers().forEach(id -> text.append(id).append('\n'));
    return new Output(object("locatedItems", r.locatedItems(), "uniqueIdentifiers", r.uniqueIdentifiers()), text.toString());
  }
}
