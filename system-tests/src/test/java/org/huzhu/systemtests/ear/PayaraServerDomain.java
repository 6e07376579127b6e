package org.huzhu.systemtests.ear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A throw-away Payara Server domain driven through {@code bin/asadmin}: unzips the distribution once into a work
 * folder, creates a fresh domain on its own ports (so it never meets the Payara Micro instances other builds run
 * on 8080 and around), starts and stops it. Every asadmin call has a time limit; its output goes to a file, not
 * a pipe, because the server started by {@code start-domain} may inherit the launcher's output.
 */
final class PayaraServerDomain {

    /** The ports of this domain: http 28080, admin 24848, every other port moved to 248xx. */
    static final int HTTP_PORT = 28080;
    static final int ADMIN_PORT = 24848;
    private static final String OTHER_PORTS = String.join(":",
            "http.ssl.port=24881",
            "jms.port=24876",
            "orb.listener.port=24837",
            "orb.ssl.port=24838",
            "orb.mutualauth.port=24839",
            "domain.jmxPort=24886",
            "java.debugger.port=24809",
            "osgi.shell.telnet.port=24866");
    private static final int HAZELCAST_DAS_PORT = 24849;
    private static final int HAZELCAST_START_PORT = 24859;

    private static final String DISTRIBUTION_FOLDER = "payara6";
    private static final String UNZIPPED_MARKER = ".huzhu-unzipped";

    private final Path workDir;
    private final Path installDir;
    private final Path domainsDir;
    private final String domainName;
    private final Map<String, String> serverEnvironment;
    private int commandCount;

    PayaraServerDomain(Path workDir, String domainName, Map<String, String> serverEnvironment) {
        this.workDir = workDir;
        this.installDir = workDir.resolve(DISTRIBUTION_FOLDER);
        this.domainsDir = workDir.resolve("domains");
        this.domainName = domainName;
        this.serverEnvironment = Map.copyOf(serverEnvironment);
    }

    Path domainDir() {
        return domainsDir.resolve(domainName);
    }

    Path serverLog() {
        return domainDir().resolve("logs").resolve("server.log");
    }

    /** Unzips the distribution unless a complete earlier unzip is already there. */
    void unzip(Path serverZip) throws IOException {
        if (Files.exists(installDir.resolve(UNZIPPED_MARKER))) {
            log("Payara Server already unzipped in " + installDir);
            return;
        }
        deleteRecursively(installDir);
        Files.createDirectories(workDir);
        Path root = workDir.toRealPath();
        try (ZipFile zip = new ZipFile(serverZip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("zip entry outside the work folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                // java.util.zip drops the Unix modes: the launch scripts and native helpers must be executable
                if (entry.getName().contains("/bin/")) {
                    target.toFile().setExecutable(true, false);
                }
            }
        }
        Files.writeString(installDir.resolve(UNZIPPED_MARKER), serverZip.toString());
        log("Unzipped " + serverZip + " into " + installDir);
    }

    /** Removes what an earlier, interrupted run may have left: its still running server and its domain. */
    void removeLeftovers() throws IOException, InterruptedException {
        if (!Files.exists(domainDir())) {
            return;
        }
        if (runningServer().isPresent()) {
            log("A server of an earlier run is still running in " + domainDir() + ", stopping it");
            stop();
        }
        deleteRecursively(domainDir());
    }

    void create() throws IOException, InterruptedException {
        for (int port : new int[] {HTTP_PORT, ADMIN_PORT}) {
            if (listening(port)) {
                throw new IllegalStateException("port " + port + " is already in use on 127.0.0.1; this test needs it "
                        + "for its Payara Server domain (is an earlier run still up? see " + domainDir() + ")");
            }
        }
        Files.createDirectories(domainsDir);
        asadmin(Duration.ofMinutes(2), "create-domain", "--domaindir", domainsDir.toString(),
                "--nopassword=true", "--savelogin=false", "--checkports=true",
                "--adminport", String.valueOf(ADMIN_PORT), "--instanceport", String.valueOf(HTTP_PORT),
                "--hazelcastdasport", String.valueOf(HAZELCAST_DAS_PORT),
                "--hazelcaststartport", String.valueOf(HAZELCAST_START_PORT),
                "--domainproperties", OTHER_PORTS, domainName);
    }

    void start() throws IOException, InterruptedException {
        asadmin(Duration.ofMinutes(3), "start-domain", "--domaindir", domainsDir.toString(), domainName);
    }

    /** Stops the domain; if asadmin cannot, ends the server process of this domain (and only that) by its pid. */
    void stop() throws InterruptedException {
        try {
            asadmin(Duration.ofSeconds(90), "stop-domain", "--domaindir", domainsDir.toString(), "--kill=false", domainName);
        } catch (IOException | RuntimeException e) {
            log("stop-domain failed: " + e.getMessage());
        }
        Optional<ProcessHandle> server = runningServer();
        if (server.isPresent()) {
            log("Server process " + server.get().pid() + " still alive after stop-domain, ending it");
            server.get().destroyForcibly();
            server.get().onExit().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> null).join();
        }
    }

    /** Runs a remote asadmin subcommand against this domain's admin port. */
    String remote(Duration timeout, String... subcommand) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", String.valueOf(ADMIN_PORT)));
        arguments.addAll(List.of(subcommand));
        return asadmin(timeout, arguments.toArray(String[]::new));
    }

    private String asadmin(Duration timeout, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(installDir.resolve("bin").resolve("asadmin").toString());
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        Path output = workDir.resolve("asadmin-" + (++commandCount) + "-" + subcommandOf(arguments) + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> environment = builder.environment();
        // settings meant for the in-container Payara Micro tests must not leak into this server
        environment.keySet().removeIf(name -> name.startsWith("HUZHU_"));
        environment.put("AS_JAVA", System.getProperty("java.home"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.putAll(serverEnvironment);
        log("$ asadmin " + String.join(" ", arguments));
        long started = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        log(indent(text.strip()) + "\n  (" + millis + " ms" + (finished ? ", exit " + process.exitValue() : "") + ")");
        if (!finished) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " did not finish within " + timeout);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed (exit "
                    + process.exitValue() + "):\n" + text.strip());
        }
        return text;
    }

    private Optional<ProcessHandle> runningServer() {
        Path pidFile = domainDir().resolve("config").resolve("pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine().map(line -> line.contains(domainDir().toString())).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The last lines of the server log, for the test output when something went wrong. */
    String serverLogTail(int lines) {
        Path log = serverLog();
        if (!Files.exists(log)) {
            return "(no server log at " + log + ")";
        }
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** The distinct root causes ("Caused by:" lines) in the server log, the last ones first read by a human. */
    List<String> serverLogCauses(int max) {
        Path log = serverLog();
        if (!Files.exists(log)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            List<String> causes = lines.map(String::strip).filter(line -> line.startsWith("Caused by:")).distinct().toList();
            return causes.subList(Math.max(0, causes.size() - max), causes.size());
        } catch (IOException | UncheckedIOException e) {
            return List.of("(cannot read " + log + ": " + e + ")");
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String subcommandOf(String... arguments) {
        return Stream.of(arguments).filter(argument -> !argument.startsWith("-")
                && argument.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')).findFirst().orElse("command");
    }

    private static String indent(String text) {
        return text.isEmpty() ? "  (no output)" : "  " + text.replace("\n", "\n  ");
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }

    static void log(String message) {
        System.out.println("[ear-smoke] " + message);
        System.out.flush();
    }
}
