package dev.clavis.client;

import picocli.CommandLine;

/** Registers the client-side commands (KMIP operations, {@code ttlv}, {@code bench}) on {@code clavis}. */
public final class ClientCommands {

  private ClientCommands() {}

  public static void register(CommandLine clavis) {
    // One line per command.
    clavis.addSubcommand("ttlv", new TtlvCommand());
    clavis.addSubcommand("create", new CreateCommand());
    clavis.addSubcommand("register", new RegisterCommand());
    clavis.addSubcommand("get", new GetCommand());
    clavis.addSubcommand("activate", new ActivateCommand());
    clavis.addSubcommand("revoke", new RevokeCommand());
    clavis.addSubcommand("destroy", new DestroyCommand());
    clavis.addSubcommand("locate", new LocateCommand());
    clavis.addSubcommand("attributes", new AttributesCommand());
    clavis.addSubcommand("query", new QueryCommand());
    clavis.addSubcommand("versions", new VersionsCommand());
    clavis.addSubcommand("bench", new BenchCommand());
  }
}
