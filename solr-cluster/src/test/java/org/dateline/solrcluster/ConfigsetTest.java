package org.dateline.solrcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dateline's generated configset ({@code dateline solr-configset}) on a real SolrCloud 9: Solr
 * accepts it, a 2-shard 2-replica collection comes up with it, the schema carries Dateline's
 * version, and the title/body chain analyses the cases the local analyzer is documented for
 * (possessives, folding, ё, Russian and Ukrainian endings) to the terms the local index holds.
 */
class ConfigsetTest {
  @TempDir static Path work;
  static Cluster cluster;
  static SolrClient client;

  @BeforeAll
  static void start() throws Exception {
    cluster = Cluster.start(2, work.resolve("cluster"));
    client = new Http2SolrClient.Builder(cluster.url(0)).build();
  }

  @AfterAll
  static void stop() throws Exception {
    if (client != null) {
      client.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void generatedConfigsetMakesACollectionWithDatelinesSchema() throws Exception {
    Path conf = work.resolve("conf");
    Dateline.Run r = Dateline.run(work, "solr-configset", conf.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(Files.isRegularFile(conf.resolve("schema.xml")), r.toString());
    cluster.solr().uploadConfigSet(conf, "dateline-test");
    CollectionAdminRequest.createCollection("cs", "dateline-test", 2, 2).process(client);
    cluster.solr().waitForActiveCollection("cs", 2, 4);
    String name = new SchemaRequest.SchemaName().process(client, "cs").getSchemaName();
    assertTrue(name.startsWith("dateline-"), name);
    assertTrue(r.err().contains(name), "the command names the version it wrote: " + r.err());


    // The analysis cases the main module checks against the local analyzer (AnalyzersTest.solrAnalysisCasesHoldLocally): text, then its terms.
    List<String> cases = Files.readAllLines(Dateline.home().resolve("src/test/resources/solr/analysis-cases.tsv"));
    assertTrue(cases.size() >= 10, "cases: " + cases.size());
    for (String line : cases) {
      String[] parts = line.split("\t", -1);
      assertEquals(List.of(parts[1].split(" ")), indexTerms(parts[0]), parts[0]);
    }
  }

  /** The terms Solr's index analyzer of {@code body} makes of {@code text}. */
  private static List<String> indexTerms(String text) throws Exception {
    FieldAnalysisRequest req = new FieldAnalysisRequest();
    req.addFieldName("body");
    req.setFieldValue(text);
    req.setQuery("x");
    FieldAnalysisResponse resp = req.process(client, "cs");
    List<AnalysisResponseBase.AnalysisPhase> phases = new java.util.ArrayList<>();
    resp.getFieldNameAnalysis("body").getIndexPhases().forEach(phases::add);
    AnalysisResponseBase.AnalysisPhase last = phases.get(phases.size() - 1);
    return last.getTokens().stream().map(AnalysisResponseBase.TokenInfo::getText).toList();
  }
}
