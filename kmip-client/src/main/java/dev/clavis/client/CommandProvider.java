package dev.clavis.client;

import java.util.ServiceLoader;
import picocli.CommandLine;

/**
 * A {@code clavis} subcommand that lives in a module the server jar does not include (e.g.
 * {@code clavis conformance} from {@code conformance-tests}), found with {@link ServiceLoader}
 * when that module's jar is on the class path ({@code bin/clavis} puts it there).
 */
public interface CommandProvider {

  /** The subcommand name, e.g. {@code conformance}. */
  String name();

  /** A new picocli command object (annotated with {@code @Command}). */
  Object command();

  /** Adds every provider on the class path to {@code clavis}. */
  static void registerAll(CommandLine clavis) {
    for (CommandProvider p : ServiceLoader.load(CommandProvider.class)) {
      if (!clavis.getSubcommands().containsKey(p.name())) {
        clavis.addSubcommand(p.name(), p.command());
      }
    }
  }
}
