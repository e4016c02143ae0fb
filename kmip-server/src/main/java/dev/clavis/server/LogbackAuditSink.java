package dev.clavis.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The audit file: one {@link AuditEntry} line per record, written through the dedicated Logback
 * logger {@value #LOGGER} (additivity off: audit entries never reach the application log) to its
 * file appender {@value #APPENDER} (pattern {@code %msg%n}, flushed after every entry).
 *
 * <p>When {@code logback.xml} attaches a {@link FileAppender} named {@value #APPENDER} to that
 * logger, that appender and its file are used; otherwise a file appender writing to the file
 * given to {@link #open} ({@code <data-dir>/audit/audit.log} for {@code clavis serve}) is
 * attached to a child logger {@code clavis.audit.file-N} of this sink's own (additivity off too),
 * so that several servers in one JVM keep their audit files apart.
 *
 * <p>Logback reports a failed write by stopping the appender rather than throwing: {@link
 * #append} checks the appender is still started after each entry, and throws {@link
 * AuditException} when it is not.
 */
public final class LogbackAuditSink implements AuditSink {

  /** The audit logger's name. */
  public static final String LOGGER = "clavis.audit";
  /** The audit appender's name. */
  public static final String APPENDER = "AUDIT";

  private static final java.util.concurrent.atomic.AtomicInteger SINKS = new java.util.concurrent.atomic.AtomicInteger();

  private final ch.qos.logback.classic.Logger logger;
  private final FileAppender<ILoggingEvent> appender;
  private final Path file;
  private final boolean owned;

  private LogbackAuditSink(ch.qos.logback.classic.Logger logger, FileAppender<ILoggingEvent> appender, boolean owned) {
    this.logger = logger;
    this.appender = appender;
    this.file = Path.of(appender.getFile());
    this.owned = owned;
  }

  /**
   * The sink writing to {@code file}, or to the file of an {@value #APPENDER} appender configured
   * in {@code logback.xml}. Creates the parent directory (owner-only where POSIX modes exist).
   */
  public static LogbackAuditSink open(Path file) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      throw new AuditException("audit: the SLF4J binding is " + LoggerFactory.getILoggerFactory().getClass().getName()
          + " (expected: Logback, which writes the audit file)");
    }
    ch.qos.logback.classic.Logger audit = context.getLogger(LOGGER);
    audit.setAdditive(false);
    if (audit.getAppender(APPENDER) instanceof FileAppender<ILoggingEvent> f && f.isStarted()) {
      audit.setLevel(Level.INFO);
      return new LogbackAuditSink(audit, f, false);
    }
    // One child logger per sink, so that several servers in one JVM (tests) keep their files apart.
    ch.qos.logback.classic.Logger logger = context.getLogger(LOGGER + ".file-" + SINKS.incrementAndGet());
    logger.setAdditive(false);
    logger.setLevel(Level.INFO);
    Path absolute = file.toAbsolutePath().normalize();
    try {
      createOwnerOnly(absolute.getParent());
    } catch (IOException e) {
      throw new AuditException("audit: cannot create " + absolute.getParent() + ": " + e.getMessage(), e);
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%msg%n");
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.start();
    FileAppender<ILoggingEvent> f = new FileAppender<>();
    f.setContext(context);
    f.setName(APPENDER);
    f.setFile(absolute.toString());
    f.setAppend(true);
    f.setImmediateFlush(true);
    f.setEncoder(encoder);
    f.start();
    if (!f.isStarted()) {
      throw new AuditException("audit: cannot open " + absolute + " for appending (expected: a writable file)");
    }
    logger.addAppender(f);
    return new LogbackAuditSink(logger, f, true);
  }

  private static void createOwnerOnly(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
          java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(dir);
    }
  }

  /** The name of the logger this sink writes through. */
  String loggerName() {
    return logger.getName();
  }

  /** The file the entries go to. */
  public Path file() {
    return file;
  }

  @Override
  public void append(AuditEntry entry) {
    if (!appender.isStarted()) {
      throw new AuditException("audit: the appender for " + file + " is stopped (a write failed earlier)");
    }
    logger.info("{}", entry.line());
    if (!appender.isStarted()) {
      throw new AuditException("audit: writing entry " + entry.seq() + " to " + file + " failed (the appender stopped)");
    }
  }

  @Override
  public Optional<AuditEntry> last() {
    String line;
    try {
      line = lastLine(file);
    } catch (IOException e) {
      throw new AuditException("audit: cannot read " + file + ": " + e.getMessage(), e);
    }
    if (line == null) {
      return Optional.empty();
    }
    if (!line.endsWith("\n")) {
      throw new AuditException("audit: " + file + " ends with a torn entry (no line end: a write was interrupted);"
          + " run `clavis audit verify --file " + file + "`, then move the file aside to start a new chain");
    }
    try {
      return Optional.of(AuditEntry.parse(line.substring(0, line.length() - 1)));
    } catch (AuditEntry.Malformed e) {
      throw new AuditException("audit: the last entry of " + file + " is not valid: " + e.getMessage()
          + "; run `clavis audit verify --file " + file + "`", e);
    }
  }

  @Override
  public void forEachAfter(long seq, java.util.function.Consumer<AuditEntry> each) {
    if (!Files.exists(file)) {
      return;
    }
    long lineNo = 0;
    try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        AuditEntry e;
        try {
          e = AuditEntry.parse(line);
        } catch (AuditEntry.Malformed m) {
          throw new AuditException("audit: line " + lineNo + " of " + file + " is not valid: " + m.getMessage()
              + "; run `clavis audit verify --file " + file + "`", m);
        }
        if (e.seq() > seq) {
          each.accept(e);
        }
      }
    } catch (IOException e) {
      throw new AuditException("audit: cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String describe() {
    return "the audit file " + file;
  }

  /** The last line with its {@code \n} when it has one; {@code null} for a missing or empty file. */
  static String lastLine(Path file) throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long length = raf.length();
      if (length == 0) {
        return null;
      }
      long end = length;
      // Skip the final '\n' when present, then look back for the one before.
      raf.seek(length - 1);
      long searchFrom = raf.read() == '\n' ? length - 2 : length - 1;
      long start = 0;
      byte[] buf = new byte[8192];
      long pos = searchFrom + 1;
      outer:
      while (pos > 0) {
        int n = (int) Math.min(buf.length, pos);
        raf.seek(pos - n);
        raf.readFully(buf, 0, n);
        for (int i = n - 1; i >= 0; i--) {
          if (buf[i] == '\n') {
            start = pos - n + i + 1;
            break outer;
          }
        }
        pos -= n;
      }
      byte[] line = new byte[(int) (end - start)];
      raf.seek(start);
      raf.readFully(line);
      return new String(line, StandardCharsets.UTF_8);
    }
  }

  /** Detaches and stops the appender this sink attached (a configured one is left alone). */
  @Override
  public void close() {
    if (owned) {
      logger.detachAppender(appender);
      appender.stop();
    }
  }
}
