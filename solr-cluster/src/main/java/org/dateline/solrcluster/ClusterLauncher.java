package org.dateline.solrcluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * {@code solr-cluster/run}: a throwaway SolrCloud on this machine (N Solr 9 nodes and an embedded
 * ZooKeeper in one JVM), for trying Dateline's SolrCloud backend and for its tests. Prints {@code
 * solr: http://127.0.0.1:PORT/solr} (the first node) as its first line on stdout, then one {@code
 * node: URL} line per node and {@code zk: HOST:PORT}; Solr's own log goes to stderr at WARN. Stops
 * cleanly on Ctrl-C (or SIGTERM), shutting the nodes and ZooKeeper down and deleting its data folder
 * unless {@code --keep} was given.
 */
public final class ClusterLauncher {
  private ClusterLauncher() {}

  public static void main(String[] args) throws Exception {
    int nodes = 2;
    Path dir = null;
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--nodes" -> nodes = Integer.parseInt(value(args, ++i, "--nodes"));
        case "--dir" -> dir = Path.of(value(args, ++i, "--dir"));
        case "--keep" -> keep = true;
        case "-h", "--help" -> {
          System.out.println("usage: solr-cluster/run [--nodes N] [--dir DIR] [--keep]");
          return;
        }
        default -> {
          System.err.println("solr-cluster: unknown option '" + args[i] + "' (usage: run [--nodes N] [--dir DIR] [--keep])");
          System.exit(64);
        }
      }
    }
    if (nodes < 1) {
      System.err.println("solr-cluster: --nodes must be at least 1");
      System.exit(64);
    }
    Path base = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("dateline-solr-cluster");
    boolean deleteAfter = dir == null && !keep;
    Cluster cluster = Cluster.start(nodes, base);
    System.out.println("solr: " + cluster.url(0));
    for (int i = 0; i < nodes; i++) {
      System.out.println("node: " + cluster.url(i));
    }
    System.out.println("zk: " + cluster.zkAddress());
    System.out.flush();
    System.err.println("solr-cluster: " + nodes + " nodes up in " + base + "; Ctrl-C stops them");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cluster.close();
        if (deleteAfter) {
          Cluster.deleteTree(base);
        }
        System.err.println("solr-cluster: stopped");
      } catch (Exception e) {
        System.err.println("solr-cluster: error while stopping: " + e);
      } finally {
        stopped.countDown();
      }
    }, "solr-cluster-stop"));
    stopped.await();
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      System.err.println("solr-cluster: " + option + " needs a value");
      System.exit(64);
    }
    return args[i];
  }

}
