package org.dateline.solrcluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/** A MiniSolrCloudCluster of N nodes with its embedded ZooKeeper: the one place that starts one. */
public final class Cluster implements AutoCloseable {
  private final MiniSolrCloudCluster solr;

  private Cluster(MiniSolrCloudCluster solr) {
    this.solr = solr;
  }

  /** Starts {@code nodes} Solr nodes and ZooKeeper with their data under {@code base}. */
  public static Cluster start(int nodes, Path base) throws Exception {
    // Solr refuses paths outside its allowed roots; the cluster's data lives under base.
    System.setProperty("solr.allowPaths", "*");
    // The nodes need no metrics reporters or tracing for trying and testing.
    System.setProperty("solr.disableDefaultJmxReporter", "true");
    MiniSolrCloudCluster solr = new MiniSolrCloudCluster.Builder(nodes, base).withMetrics(false).build();
    solr.waitForAllNodes(60);
    return new Cluster(solr);
  }

  /** The base URL of node {@code i} ({@code http://127.0.0.1:PORT/solr}). */
  public String url(int i) {
    return solr.getJettySolrRunner(i).getBaseUrl().toString();
  }

  /** ZooKeeper's address. */
  public String zkAddress() {
    return solr.getZkServer().getZkAddress();
  }

  /** The underlying cluster, for tests that stop and restart nodes. */
  public MiniSolrCloudCluster solr() {
    return solr;
  }

  /** Stops node {@code i} (its port stays reserved for {@link #restart}). */
  public JettySolrRunner stop(int i) throws Exception {
    JettySolrRunner jetty = solr.getJettySolrRunner(i);
    jetty.stop();
    solr.waitForJettyToStop(jetty);
    return jetty;
  }

  /** Starts a stopped node again on its old port and waits until it is live. */
  public void restart(JettySolrRunner jetty) throws Exception {
    jetty.start(true);
    solr.waitForNode(jetty, 60);
  }

  @Override
  public void close() throws Exception {
    solr.shutdown();
  }

  /** Deletes a folder and everything in it. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
