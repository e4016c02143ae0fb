package dev.clavis.client;

import picocli.CommandLine;

/** Registers the client-side commands (KMIP operations, {@code ttlv}, {@code bench}) on {@code clavis}. */
public final class ClientCommands {

  private ClientCommands() {}

  public static void register(CommandLine clavis) {
    // One line per command.
    clavis.addSubcommand("ttlv", new TtlvCommand());
    CommandProvider.registerAll(clavis);
  }
}
