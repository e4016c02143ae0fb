package dev.clavis.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running a main class of the test sources on the test class path: its stdout lines
 * are queued for the test, its stdin takes commands, and {@link #kill()} is SIGKILL on Linux.
 */
final class ChildJvm implements AutoCloseable {
    private static final String EOF = "\u0000EOF";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final PrintWriter stdin;
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.stdin = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        this.reader = Thread.ofPlatform().daemon().name("child-" + process.pid()).start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("READ-ERROR " + e);
            } finally {
                lines.add(EOF);
            }
        });
    }

    static ChildJvm start(Class<?> mainClass, Path stderrFile, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.appendTo(stderrFile.toFile()));
        return new ChildJvm(pb.start());
    }

    long pid() {
        return process.pid();
    }

    void send(String command) {
        stdin.println(command);
    }

    /** The next stdout line, or {@code null} at end of output or after the timeout. */
    String nextLine(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return line == null || line.equals(EOF) ? null : line;
    }

    /** The next line starting with {@code prefix} (others are skipped), or an error after the timeout. */
    String expect(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null || line.equals(EOF)) {
                throw new AssertionError("child " + process.pid() + ": no line starting with \"" + prefix
                        + "\" within " + timeout + (line == null ? "" : " (output ended)"));
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** SIGKILL (on Linux) and wait for the process and the rest of its output. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("child " + process.pid() + " did not die within 30 s of SIGKILL");
        }
        reader.join(10_000);
    }

    /** Every line still queued, after the output ended. */
    List<String> drain() {
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        rest.remove(EOF);
        return rest;
    }

    @Override
    public void close() {
        stdin.close();
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
