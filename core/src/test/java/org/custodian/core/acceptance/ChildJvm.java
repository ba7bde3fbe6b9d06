package org.custodian.core.acceptance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running a test-scope main class on this JVM's class path. Its stdout is read line by line on a
 * daemon thread (so the child never blocks on a full pipe); stderr goes to a file shown when something fails.
 */
final class ChildJvm implements AutoCloseable {

    /** Put on the queue when stdout reaches its end. */
    static final String EOF = "\u0000EOF";

    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Writer stdin;
    private final Thread pump;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child died mid-line: whatever it completed is already queued
            } finally {
                lines.add(EOF);
            }
        }, "child-stdout-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    static ChildJvm start(Class<?> main, Path stderr, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()))
                    .start();
            return new ChildJvm(process, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Process process() {
        return process;
    }

    /** Sends one line to the child's stdin. */
    void send(String line) {
        try {
            stdin.write(line);
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the child's stdin is closed" + diagnostics(), e);
        }
    }

    /** The next stdout line, or {@link #EOF}; fails after the timeout. */
    String next(long timeoutSeconds) {
        try {
            String line = lines.poll(timeoutSeconds, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("no output from the child within " + timeoutSeconds + " s" + diagnostics());
            }
            if (EOF.equals(line)) {
                lines.add(EOF); // stays at the end for later callers
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Reads lines until one equals {@code expected}; fails if the child ends or prints FAILED first. */
    void await(String expected, long timeoutSeconds) {
        for (String line = next(timeoutSeconds); ; line = next(timeoutSeconds)) {
            if (line.equals(expected)) {
                return;
            }
            if (line.equals(EOF) || line.startsWith("FAILED")) {
                throw new AssertionError("child ended or failed before '" + expected + "': " + line + diagnostics());
            }
        }
    }

    /** Every remaining stdout line up to its end (call after the child has exited). */
    List<String> drain(long timeoutSeconds) {
        List<String> rest = new ArrayList<>();
        for (String line = next(timeoutSeconds); !line.equals(EOF); line = next(timeoutSeconds)) {
            rest.add(line);
        }
        return rest;
    }

    /** SIGKILL (destroyForcibly on Linux) and the exit code it produced. */
    int killNine() {
        process.destroyForcibly();
        return waitForExit(30);
    }

    int waitForExit(long timeoutSeconds) {
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("child did not exit within " + timeoutSeconds + " s" + diagnostics());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    String diagnostics() {
        try {
            String text = Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "";
            if (text.length() > 4000) {
                text = "..." + text.substring(text.length() - 4000);
            }
            return "\n--- child stderr (" + stderr + ") ---\n" + text;
        } catch (IOException e) {
            return "\n(child stderr unreadable)";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            waitForExit(30);
        }
    }
}
