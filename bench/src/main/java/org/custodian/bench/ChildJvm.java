package org.custodian.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a fresh JVM on this classpath, so every sample pays the same start-up a person's app does. */
final class ChildJvm {

    private ChildJvm() {
    }

    record Result(long startedNanos, List<String> lines, List<Long> lineNanos) {
        String valueOf(String key) {
            for (String line : lines) {
                if (line.startsWith(key + " ")) {
                    return line.substring(key.length() + 1).trim();
                }
            }
            throw new IllegalStateException("child printed no '" + key + "' line; it printed " + lines);
        }

        long nanosAtLine(String key) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(key)) {
                    return lineNanos.get(i);
                }
            }
            throw new IllegalStateException("child printed no '" + key + "' line; it printed " + lines);
        }
    }

    static Result run(Class<?> main, List<String> jvmArgs, List<String> args, Map<String, String> env, String stdin,
                      String stopAfterLine) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        long started = System.nanoTime();
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        List<String> lines = new ArrayList<>();
        List<Long> at = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                at.add(System.nanoTime());
                lines.add(line);
                if (stopAfterLine != null && line.startsWith(stopAfterLine)) {
                    break;
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        process.destroyForcibly().waitFor();
        return new Result(started, lines, at);
    }
}
