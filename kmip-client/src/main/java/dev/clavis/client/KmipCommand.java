package dev.clavis.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.clavis.codec.KmipException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shape of every KMIP client command: connection options, one operation, text or {@code
 * --json} output, and four exit codes. Errors are one line on standard error (with {@code --json},
 * also an {@code {"error": …}} object on standard output); never a stack trace.
 */
@Command(
    mixinStandardHelpOptions = true,
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the server answered with a KMIP error (its Result Reason and Message are printed)",
      "2:usage error or bad input (option, file, name)",
      "3:connection or TLS failure (refused, handshake, certificate, time-out, broken frame)"
    })
abstract class KmipCommand implements Callable<Integer> {

  static final int EXIT_OK = 0;
  static final int EXIT_KMIP_ERROR = 1;
  static final int EXIT_BAD_INPUT = 2;
  static final int EXIT_CONNECTION = 3;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Mixin
  ClientOptions options;

  @Spec
  CommandSpec spec;

  final Terminal terminal;

  KmipCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /** What a command prints: a JSON object, and the same as lines of text. */
  record Output(Map<String, Object> json, String text) {}

  /** Checks and reads the command's own input before connecting (bad input: {@link BadInputException}). */
  void prepare() {}

  /** Runs the operation(s). */
  abstract Output execute(KmipClient client);

  @Override
  public final Integer call() {
    String me = "clavis " + spec.name();
    try {
      prepare();
      Output out;
      try (KmipClient client = options.client()) {
        out = execute(client);
      }
      terminal.out().print(options.json ? json(out.json()) : out.text());
      terminal.out().flush();
      return EXIT_OK;
    } catch (BadInputException e) {
      return fail(me, EXIT_BAD_INPUT, "bad input", e.getMessage(), Map.of());
    } catch (KmipClientException e) {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("operation", e.operation() == null ? null : e.operation().specName());
      detail.put("resultStatus", e.resultStatus() == null ? null : e.resultStatus().specName());
      detail.put("resultReason", e.resultReason() == null ? null : e.resultReason().specName());
      detail.put("resultMessage", e.resultMessage());
      return fail(me, EXIT_KMIP_ERROR, "kmip", e.getMessage(), detail);
    } catch (KmipConnectionException e) {
      return fail(me, EXIT_CONNECTION, "connection", e.getMessage(), Map.of("requestSent", e.requestSent()));
    } catch (KmipException e) {
      return fail(me, EXIT_KMIP_ERROR, "kmip", "invalid response from the server: " + e.getMessage(),
          Map.of("resultReason", e.reason().specName()));
    }
  }

  private int fail(String me, int code, String kind, String message, Map<String, Object> detail) {
    String line = message == null ? kind : message.replaceAll("\\s*\\R\\s*", " ");
    terminal.err().println(me + ": " + line);
    terminal.err().flush();
    if (options != null && options.json) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("kind", kind);
      error.put("message", line);
      error.putAll(detail);
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("error", error);
      root.put("exitCode", code);
      terminal.out().print(json(root));
      terminal.out().flush();
    }
    return code;
  }

  static String json(Map<String, Object> object) {
    try {
      return JSON.writeValueAsString(object) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON output: " + e.getOriginalMessage(), e);
    }
  }

  /** An ordered map from key/value pairs, skipping null values. */
  static Map<String, Object> object(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        m.put((String) keyValues[i], keyValues[i + 1]);
      }
    }
    return m;
  }
}
