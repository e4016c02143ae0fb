package dev.clavis.client;

/** Bad input to a command (exit code 2): a missing file, a value out of range, a name not known. */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
