package dev.clavis.client;

import dev.clavis.codec.spec.RevocationReasonCode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code clavis revoke}: Revoke (KMIP 1.4 §4.20, KMIP 2.1 §6.1.44). */
@Command(name = "revoke", description = "Revoke an object with a reason (Active to Deactivated, or Compromised).")
final class RevokeCommand extends KmipCommand {

  @Parameters(paramLabel = "UID", description = "Unique Identifier of the object.")
  String uid;

  @Option(names = "--reason", required = true, paramLabel = "REASON",
      description = "Revocation Reason Code: unspecified, key-compromise, ca-compromise, affiliation-changed, superseded, "
          + "cessation-of-operation, privilege-withdrawn.")
  String reason;

  @Option(names = "--message", paramLabel = "TEXT", description = "Revocation Message.")
  String message;

  @Option(names = "--compromise-date", paramLabel = "INSTANT",
      description = "Compromise Occurrence Date, ISO-8601 (e.g. 2026-01-31T12:00:00Z), for key-compromise and ca-compromise.")
  String compromiseDate;

  private RevocationReasonCode code;
  private Instant compromise;

  RevokeCommand() {
    this(Terminal.system());
  }

  RevokeCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  void prepare() {
    code = SpecNames.parse(RevocationReasonCode.values(), RevocationReasonCode::specName, reason, "--reason");
    if (compromiseDate != null) {
      try {
        compromise = Instant.parse(compromiseDate);
      } catch (DateTimeParseException e) {
        throw new BadInputException("--compromise-date: " + compromiseDate + " (expected: ISO-8601 like 2026-01-31T12:00:00Z)");
      }
    }
  }

  @Override
  Output execute(KmipClient client) {
    String id = client.revoke(uid, code, message, compromise);
    return new Output(object("uniqueIdentifier", id, "revocationReason", code.specName()),
        "Revoked " + id + " (" + code.specName() + ")\n");
  }
}
