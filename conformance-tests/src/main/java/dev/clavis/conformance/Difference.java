package dev.clavis.conformance;

/**
 * The first difference between a response and the expected one.
 *
 * @param path where, e.g. {@code ResponseMessage/BatchItem[1]/ResponsePayload/UniqueIdentifier}
 * @param message what, shaped {@code <actual> (expected: <expected>)}; never Byte String contents
 */
public record Difference(String path, String message) {
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
