package dev.clavis.client;

import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;

/**
 * A batch item the server did not complete (KMIP 1.4 §6.9–§6.11, KMIP 2.1 §11): it carries the
 * Result Status, the Result Reason and the server's Result Message, as received. The connection
 * stays usable.
 */
public final class KmipClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Operation operation;
  private final ResultStatus resultStatus;
  private final ResultReason resultReason;
  private final String resultMessage;

  public KmipClientException(Operation operation, ResultStatus resultStatus, ResultReason resultReason, String resultMessage) {
    super(describe(operation, resultStatus, resultReason, resultMessage));
    this.operation = operation;
    this.resultStatus = resultStatus;
    this.resultReason = resultReason;
    this.resultMessage = resultMessage;
  }

  private static String describe(Operation op, ResultStatus status, ResultReason reason, String message) {
    StringBuilder sb = new StringBuilder();
    sb.append(op == null ? "Request" : op.specName()).append(": ");
    sb.append(reason != null ? reason.specName() : status == null ? "failed" : status.specName());
    if (message != null && !message.isBlank()) {
      sb.append(": ").append(message);
    }
    return sb.toString();
  }

  /** The operation of the failed batch item, or {@code null} when the server did not name it. */
  public Operation operation() {
    return operation;
  }

  /** Operation Failed, Operation Pending or Operation Undone. */
  public ResultStatus resultStatus() {
    return resultStatus;
  }

  /** The Result Reason, or {@code null} when the server sent none (a non-failed status). */
  public ResultReason resultReason() {
    return resultReason;
  }

  /** The server's Result Message, or {@code null}. */
  public String resultMessage() {
    return resultMessage;
  }
}
