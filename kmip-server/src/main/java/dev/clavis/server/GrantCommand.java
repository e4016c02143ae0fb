package dev.clavis.server;

import dev.clavis.codec.spec.Operation;
import dev.clavis.storage.JdbcObjectStore;
import dev.clavis.storage.ObjectStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clavis grant} and {@code clavis revoke-grant}: per-object grants, written by an operator
 * of the server straight into the store of a data directory (ADR 0008: KMIP has no grant
 * operation; an administrative command on the store is the smallest safe choice). The object must
 * exist. With the embedded H2 store, run it while the server is stopped (H2 locks its file); with
 * PostgreSQL, any time — the next request sees the grant (nothing caches it).
 */
@Command(mixinStandardHelpOptions = true)
final class GrantCommand implements Callable<Integer> {

  private final boolean revoke;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (default: conf/clavis.yaml if present).")
  Path config;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (server.data-dir).")
  Path dataDir;

  @Option(names = "--store-url", paramLabel = "JDBC-URL", description = "Object store (store.url; default H2 under the data directory).")
  String storeUrl;

  @Option(names = "--object", required = true, paramLabel = "UID", description = "Unique Identifier of the object.")
  String object;

  @Option(names = "--to", required = true, paramLabel = "IDENTITY",
      description = "Grantee: a certificate subject DN (e.g. 'CN=app-1,O=Example') or user:NAME.")
  String grantee;

  @Option(names = "--operations", split = ",", paramLabel = "OP",
      description = "KMIP operations, e.g. get,encrypt,get-attributes (grant: required; revoke-grant: default all).")
  List<String> operations = List.of();

  private GrantCommand(boolean revoke) {
    this.revoke = revoke;
  }

  static GrantCommand grant() {
    return new GrantCommand(false);
  }

  static GrantCommand revokeGrant() {
    return new GrantCommand(true);
  }

  static void register(CommandLine cl) {
    cl.addSubcommand("grant", new CommandLine(grant()).setCommandName("grant"));
    cl.getSubcommands().get("grant").getCommandSpec().usageMessage()
        .description("Let another identity use one object for chosen operations (writes the store directly).");
    cl.addSubcommand("revoke-grant", new CommandLine(revokeGrant()).setCommandName("revoke-grant"));
    cl.getSubcommands().get("revoke-grant").getCommandSpec().usageMessage()
        .description("Withdraw operations (default: all) granted on one object.");
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = revoke ? "revoke-grant" : "grant";
    Set<Integer> ops;
    ServerConfig cfg;
    try {
      ops = operations(operations);
      if (!revoke && ops.isEmpty()) {
        throw new IllegalArgumentException("--operations: none (expected: one or more, e.g. get,encrypt)");
      }
      cfg = ConfigReader.forCommand(config, dataDir, storeUrl);
    } catch (IllegalArgumentException | ConfigReader.ConfigException e) {
      err.println("clavis " + name + ": " + e.getMessage());
      return 2;
    }
    try (ObjectStore store = JdbcObjectStore.open(ClavisServer.storeConfig(cfg))) {
      boolean found = store.inTransaction(tx -> {
        if (tx.find(object).isEmpty()) {
          return false;
        }
        if (revoke) {
          tx.revokeGrant(object, grantee, ops);
        } else {
          tx.grant(object, grantee, ops);
        }
        return true;
      });
      if (!found) {
        err.println("clavis " + name + ": --object: " + object + " (expected: an existing object)");
        return 1;
      }
      out.println((revoke ? "revoked from " : "granted to ") + grantee + " on " + object + ": "
          + (ops.isEmpty() ? "all operations" : names(ops)));
      out.flush();
      return 0;
    } catch (RuntimeException e) {
      err.println("clavis " + name + ": " + e.getMessage());
      return 1;
    }
  }

  /** Operation names as the spec writes them, case and separators ignored: {@code get-attributes} = Get Attributes. */
  static Set<Integer> operations(List<String> names) {
    Set<Integer> out = new TreeSet<>();
    for (String n : names) {
      String key = normalise(n);
      if (key.isEmpty()) {
        continue;
      }
      Operation match = null;
      for (Operation op : Operation.values()) {
        if (normalise(op.specName()).equals(key)) {
          match = op;
        }
      }
      if (match == null) {
        throw new IllegalArgumentException("--operations: " + n + " (expected: a KMIP operation name, e.g. get, encrypt)");
      }
      out.add(match.value());
    }
    return out;
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static String names(Set<Integer> ops) {
    return String.join(", ", ops.stream().map(v -> Operation.fromValue(v).specName()).toList());
  }
}
