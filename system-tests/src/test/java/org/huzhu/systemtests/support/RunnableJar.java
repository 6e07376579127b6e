package org.huzhu.systemtests.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The runnable uber-jar started as a real process, the way an operator starts it: java -jar and environment. */
public final class RunnableJar implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private final int port;
    private final long startedAt = System.nanoTime();

    private RunnableJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar in {@code folder}; the child's environment is this JVM's without any HUZHU_ setting, plus {@code env}. */
    public static RunnableJar start(Path folder, int port, Map<String, String> env) throws IOException {
        Files.createDirectories(folder);
        Path jar = Path.of(System.getProperty("huzhu.uberJar", "../runtime/target/huzhu.jar")).toAbsolutePath();
        Path log = folder.resolve("server-" + System.currentTimeMillis() + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--port", Integer.toString(port)))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("HUZHU_"));
        builder.environment().putAll(env);
        return new RunnableJar(builder.start(), log, port);
    }

    /**
     * Starts the jar through {@code deploy/huzhu-instance.sh}, as an operator starts an instance of a cluster: the
     * {@code HUZHU_CLUSTER_} settings of {@code env} decide whether it joins a data grid; {@code javaOptions} go to the JVM.
     */
    public static RunnableJar startInstance(Path folder, int port, Map<String, String> env, String javaOptions) throws IOException {
        Files.createDirectories(folder);
        Path jar = Path.of(System.getProperty("huzhu.uberJar", "../runtime/target/huzhu.jar")).toAbsolutePath();
        Path script = jar.getParent().getParent().getParent().resolve("deploy/huzhu-instance.sh");
        Path log = folder.resolve("server-" + System.currentTimeMillis() + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of("sh", script.toString(), "--port", Integer.toString(port)))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("HUZHU_"));
        builder.environment().putAll(env);
        builder.environment().put("HUZHU_JAR", jar.toString());
        builder.environment().put("JAVA_OPTS", javaOptions);
        return new RunnableJar(builder.start(), log, port);
    }

    public int port() {
        return port;
    }

    /** The process id of the server (the script execs the JVM, so it is the JVM's). */
    public long pid() {
        return process.pid();
    }

    /** The environment of production mode on a PostgreSQL database of the test server (add the administrator's settings). */
    public static Map<String, String> productionEnvironment(String database) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("HUZHU_DB_URL", FreshDatabases.jdbcUrl(database));
        env.put("HUZHU_DB_USER", FreshDatabases.setting("test.db.user", "postgres"));
        env.put("HUZHU_DB_PASSWORD", FreshDatabases.setting("test.db.password", ""));
        return env;
    }

    /** Waits until /health/ready answers 200; returns the seconds it took, or fails with the log's tail. */
    public double awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited with " + process.exitValue() + "\n" + logTail());
            }
            try {
                if (get("/health/ready", Map.of()).statusCode() == 200) {
                    return (System.nanoTime() - startedAt) / 1e9;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within " + timeout + "\n" + logTail());
    }

    /** Waits for the process to end by itself; returns its exit code, or fails if it keeps running. */
    public int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the application kept running\n" + logTail());
        }
        return process.exitValue();
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Kills the server the way a power cut or {@code kill -9} would: no shutdown hook, no job told to stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
