package dev.clavis.client;

import java.io.InputStream;
import java.io.PrintStream;

/** The standard streams a command reads and writes (tests pass their own). */
record Terminal(InputStream in, PrintStream out, PrintStream err) {
  static Terminal system() {
    return new Terminal(System.in, System.out, System.err);
  }
}
