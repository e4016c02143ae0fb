package dev.clavis.client;

import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.QueryFunction;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code clavis query}: Query (KMIP 1.4 §4.25, KMIP 2.1 §6.1.40) for operations, object types and server information. */
@Command(name = "query", description = "Ask the server what it supports: operations, object types, vendor and server information.")
final class QueryCommand extends KmipCommand {

  QueryCommand() {
    this(Terminal.system());
  }

  QueryCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  Output execute(KmipClient client) {
    QueryResult q = client.query(QueryFunction.QUERY_OPERATIONS, QueryFunction.QUERY_OBJECTS,
        QueryFunction.QUERY_SERVER_INFORMATION);
    List<String> ops = q.operations().stream().map(Operation::specName).toList();
    List<String> types = q.objectTypes().stream().map(ObjectType::specName).toList();
    Object info = q.serverInformation() == null || q.serverInformation().items().isEmpty()
        ? null : SpecNames.value(q.serverInformation());
    StringBuilder text = new StringBuilder();
    text.append(String.format("%-20s %s:%d (KMIP %s)%n", "Server:", options.host, options.port, client.version()));
    if (q.vendorIdentification() != null) {
      text.append(String.format("%-20s %s%n", "Vendor:", q.vendorIdentification()));
    }
    if (info != null) {
      text.append(String.format("%-20s %s%n", "Server information:", SpecNames.text(info)));
    }
    text.append(String.format("%-20s %s%n", "Operations:", String.join(", ", ops)));
    text.append(String.format("%-20s %s%n", "Object types:", String.join(", ", types)));
    return new Output(object("kmipVersion", client.version().toString(), "vendorIdentification", q.vendorIdentification(),
        "serverInformation", info, "operations", ops, "objectTypes", types), text.toString());
  }
}
