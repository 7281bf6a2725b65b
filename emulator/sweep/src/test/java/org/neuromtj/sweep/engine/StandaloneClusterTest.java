package org.neuromtj.sweep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.sweep.run.PointRunner;
import org.neuromtj.sweep.spec.SweepSpec;

/**
 * The same sweep on a standalone Spark cluster (a master and two one-core workers on 127.0.0.1, started from
 * the project's own class path) writes exactly the task results of local mode.
 */
class StandaloneClusterTest {
    private static final String SPEC = """
            version: 1
            name: cluster
            workload: {kind: fmnist, images: 8, shard: 4}
            seed: 5
            design: grid
            parameters:
              - {path: tile.tdc.bits, values: [8, 10]}
            """;
    private final List<Process> cluster = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        cluster.forEach(Process::destroyForcibly);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Process start(Path log, List<String> command, Path sparkHome) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        Process p = pb.start();
        cluster.add(p);
        return p;
    }

    /** Spark's standalone workers start executors from SPARK_HOME/jars: the project's class path, linked there. */
    private static Path sparkHome(Path dir, List<String> classPath) throws IOException {
        Path jars = Files.createDirectories(dir.resolve("spark/jars"));
        for (String entry : classPath) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                jar(p, jars.resolve(p.getParent().getParent().getFileName() + "-" + p.getFileName() + ".jar"));
            } else if (Files.exists(p)) {
                Files.createSymbolicLink(jars.resolve(p.getFileName()), p.toAbsolutePath());
            }
        }
        return dir.resolve("spark");
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, new Manifest());
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                j.putNextEntry(new ZipEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, j);
                j.closeEntry();
            }
        }
    }

    private static void await(int port) throws Exception {
        for (int k = 0; k < 600; k++) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the Spark master did not open port " + port);
    }

    @Test
    void twoWorkersGiveExactlyTheTaskResultsOfLocalMode() throws Exception {
        Path module = Path.of("").toAbsolutePath();
        List<String> classPath = new ArrayList<>(List.of(module.resolve("target/classes").toString()));
        classPath.addAll(List.of(Files.readString(module.resolve("target/classpath.txt")).strip().split(":")));
        Path sparkHome = sparkHome(dir, classPath);
        String cp = String.join(":", classPath);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> opens = List.of(Sweep.jvmOptions().split(" "));
        int port = freePort();
        List<String> master = new ArrayList<>(List.of(java));
        master.addAll(opens);
        master.addAll(List.of("-cp", cp, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--webui-port", Integer.toString(freePort())));
        start(dir.resolve("master.log"), master, sparkHome);
        await(port);
        for (int w = 0; w < 2; w++) {
            List<String> worker = new ArrayList<>(List.of(java));
            worker.addAll(opens);
            worker.addAll(List.of("-cp", cp, "org.apache.spark.deploy.worker.Worker", "spark://127.0.0.1:" + port,
                    "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port",
                    Integer.toString(freePort()), "--work-dir", dir.resolve("work" + w).toString()));
            start(dir.resolve("worker" + w + ".log"), worker, sparkHome);
        }

        SweepSpec spec = SweepSpec.parse("cluster.yaml", SPEC);
        PointRunner runner = new PointRunner(Path.of(System.getProperty("neuromtj.home", "../..")).toAbsolutePath());
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Sweep.run(spec, dir.resolve("local"), "local[2]", runner, log);
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.executor.memory", "1g");
        try {
            Sweep.run(spec, dir.resolve("cluster"), "spark://127.0.0.1:" + port, runner, log);
        } finally {
            System.clearProperty("spark.driver.host");
            System.clearProperty("spark.executor.memory");
        }
        List<String> local = sorted(dir.resolve("local/tasks.csv"));
        List<String> onCluster = sorted(dir.resolve("cluster/tasks.csv"));
        assertEquals(5, local.size(), "the header and four tasks");
        assertEquals(local, onCluster, "the cluster's tasks equal local mode's, figure for figure");
        for (int w = 0; w < 2; w++) {
            try (Stream<Path> apps = Files.list(dir.resolve("work" + w))) {
                assertTrue(apps.anyMatch(a -> a.getFileName().toString().startsWith("app-")),
                        "worker " + w + " ran an executor of the sweep");
            }
        }
    }

    private static List<String> sorted(Path tasks) throws IOException {
        return Files.readAllLines(tasks).stream().sorted().toList();
    }
}
