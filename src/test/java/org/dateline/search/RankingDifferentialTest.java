package org.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.dateline.index.Analyzers;
import org.dateline.index.ArticleFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential ranking: for a fixed set of queries our searcher returns the same top 100 (ids and
 * BM25 scores, ties by id) as a bare Lucene {@link IndexSearcher} with the classic query parser,
 * the same analyzer and Lucene's default BM25 over the same index.
 */
class RankingDifferentialTest {
  record Ranked(String id, float score) {}

  @ParameterizedTest
  @ValueSource(strings = {"the", "ceasefire", "ceasefire talks", "grain OR energy OR aid", "\"peace deal\"",
      "\"officials said\"~3", "drone -army", "sanc*", "borde~1", "title:summit OR body:missile", "(peace OR deal) AND the",
      "strike^3 vote"})
  void topHundredMatchesABareIndexSearcher(String query) throws Exception {
    List<Ranked> ours;
    try (ArticleSearcher searcher = GeneratedIndex.open()) {
      ours = searcher.search(SearchRequest.of(query, 100)).hits().stream().map(h -> new Ranked(h.id(), h.score())).toList();
    }
    List<Ranked> bare = bare(query);
    assertTrue(!bare.isEmpty(), "the query matches something");
    assertEquals(bare, ours);
  }

  private static List<Ranked> bare(String query) throws Exception {
    try (FSDirectory dir = FSDirectory.open(GeneratedIndex.dir().resolve("index"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {ArticleFields.TITLE, ArticleFields.BODY}, Analyzers.text());
      parser.setDefaultOperator(QueryParser.Operator.AND);
      ScoreDoc[] all = searcher.search(parser.parse(query), Math.max(1, reader.maxDoc())).scoreDocs;
      List<Ranked> ranked = new ArrayList<>();
      for (ScoreDoc sd : all) {
        ranked.add(new Ranked(searcher.storedFields().document(sd.doc).get(ArticleFields.ID), sd.score));
      }
      ranked.sort(Comparator.comparing(Ranked::score).reversed().thenComparing(Ranked::id));
      return ranked.subList(0, Math.min(100, ranked.size()));
    }
  }
}
