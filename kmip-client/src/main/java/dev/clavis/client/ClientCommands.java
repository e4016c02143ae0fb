package dev.clavis.client;

import java.io.InputStream;
import java.io.PrintStream;
import picocli.CommandLine;

/** Registers the client-side commands (KMIP operations, {@code ttlv}, {@code bench}) on {@code clavis}. */
public final class ClientCommands {

  private ClientCommands() {}

  public static void register(CommandLine clavis) {
    register(clavis, System.in, System.out, System.err);
  }

  /** With explicit streams (tests, embedding); the KMIP commands read {@code in} and write {@code out} and {@code err}. */
  public static void register(CommandLine clavis, InputStream in, PrintStream out, PrintStream err) {
    Terminal t = new Terminal(in, out, err);
    // One line per command.
    clavis.addSubcommand("ttlv", new TtlvCommand(in, out, err, dev.clavis.codec.TtlvLimits.DEFAULT));
    clavis.addSubcommand("create", new CreateCommand(t));
    clavis.addSubcommand("register", new RegisterCommand(t));
    clavis.addSubcommand("get", new GetCommand(t));
    clavis.addSubcommand("activate", new ActivateCommand(t));
    clavis.addSubcommand("revoke", new RevokeCommand(t));
    clavis.addSubcommand("destroy", new DestroyCommand(t));
    clavis.addSubcommand("locate", new LocateCommand(t));
    clavis.addSubcommand("attributes", new AttributesCommand(t));
    clavis.addSubcommand("query", new QueryCommand(t));
    clavis.addSubcommand("versions", new VersionsCommand(t));
    clavis.addSubcommand("bench", new BenchCommand(t));
    CommandProvider.registerAll(clavis);
  }
}
