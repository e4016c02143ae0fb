package dev.clavis.server;

import dev.clavis.client.ClientCommands;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code clavis}: the one entry point ({@code bin/clavis <command> …}). Server commands are
 * registered here; the client and debugging commands come from {@link ClientCommands}.
 */
@Command(
    name = "clavis",
    mixinStandardHelpOptions = true,
    versionProvider = ClavisCommand.Version.class,
    description = "Clavis, a KMIP server: run it, talk to it, debug KMIP traffic.",
    subcommands = {CommandLine.HelpCommand.class})
public final class ClavisCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** The command line with every subcommand registered. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ClavisCommand());
    // Server commands (serve, audit, …) are added here as they are built.
    cl.addSubcommand("serve", new ServeCommand());
    cl.addSubcommand("hash-password", new HashPasswordCommand());
    GrantCommand.register(cl);
    cl.addSubcommand("audit", new AuditCommand());
    ClientCommands.register(cl);
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ClavisCommand.class.getPackage().getImplementationVersion();
      return new String[] {"clavis " + (v == null ? "development build" : v)};
    }
  }
}
