package dev.clavis.client;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.Link;
import dev.clavis.codec.Name;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code clavis attributes}: Get Attributes (KMIP 1.4 §4.12, KMIP 2.1 §6.1.20). */
@Command(name = "attributes", description = "Print an object's attributes (all, or those named with --name).")
final class AttributesCommand extends KmipCommand {

  @Parameters(paramLabel = "UID", description = "Unique Identifier of the object.")
  String uid;

  @Option(names = "--name", paramLabel = "ATTRIBUTE",
      description = "Attribute to get, by its KMIP name, e.g. \"Cryptographic Algorithm\", State, x-Custom (may be repeated).")
  List<String> names = new ArrayList<>();

  AttributesCommand() {
    this(Terminal.system());
  }

  AttributesCommand(Terminal terminal) {
    super(terminal);
  }

  /** Names and links read as the spec writes them; everything else through {@link SpecNames}. */
  private static String text(Attribute a) {
    if (a.tag() == Tag.NAME) {
      Name n = Name.fromTtlv(a.value());
      return n.type() == NameType.UNINTERPRETED_TEXT_STRING ? n.value() : n.value() + " (" + n.type().specName() + ")";
    }
    if (a.tag() == Tag.LINK) {
      Link l = Link.fromTtlv(a.value());
      return l.type().specName() + " " + l.linkedObjectIdentifier();
    }
    return SpecNames.text(SpecNames.value(a.value()));
  }

  @Override
  Output execute(KmipClient client) {
    Attributes attrs;
    try {
      attrs = client.getAttributes(uid, names.toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--name: " + e.getMessage());
    }
    Map<String, Object> values = SpecNames.attributes(attrs);
    StringBuilder text = new StringBuilder();
    int width = values.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
    for (var a : attrs) {
      text.append(String.format("%-" + width + "s %s%n", a.name() + ":", text(a)));
    }
    return new Output(object("uniqueIdentifier", uid, "attributes", values), text.toString());
  }
}
