package org.dateline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dateline.extract.ActorMatcher;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.ArticleExtractor;
import org.dateline.extract.OutletRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.dateline.TestPaths;
import org.dateline.config.CorpusConfig;
import org.dateline.config.CorpusConfigs;
import org.dateline.corpus.ArticleSink;
import org.dateline.corpus.CorpusWalker;
import org.dateline.corpus.RawArticle;
import org.dateline.corpus.Rejection;
import org.dateline.extract.ActorTokenizer;
import org.dateline.extract.TextTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One analysis serves the matcher and the index ({@link SharedAnalysis}): for every text, the
 * tokens it gives the matcher are the matcher's own scan of {@code title + "\n" + body}, and the
 * tokens it replays to the index are, term for term, offset for offset and position for position,
 * what the index's analyzer gives for the title and for the body.
 */
class SharedAnalysisTest {
  private static final String[] WORDS = {"Кремлём", "ЁЛКИ", "переговорів", "Україні", "Türkiye's", "Erdoğan", "Æsir",
      "ﬁnance", "NATO’s", "Київ", "ǅemal", "naïve", "Путина", "санкцією", "санкцію", "o'clock", "U.S.", "2024", "①",
      "Straße", "Ørsted", "Putin's", "Zelensky’", "abcов", "ԁов", "президентові", "Зеленського", "ї", "і", "Moscow.",
      "e-mail", "http://rt.com/x", "😀", "\uD83C\uDDFA\uD83C\uDDE6", "x".repeat(300), "й".repeat(260)};

  @Test
  void syntheticTextsGiveTheSameTokensBothWays() throws IOException {
    Random random = new Random(2025);
    List<String[]> articles = new ArrayList<>();
    articles.add(new String[] {"", ""});
    articles.add(new String[] {"Title only", ""});
    articles.add(new String[] {"   ", "\n\n  body after blank lines  \n"});
    articles.add(new String[] {"Russia's talks", null}); // a record with no body: the matcher reads "null"
    for (int a = 0; a < 400; a++) {
      articles.add(new String[] {text(random, 1 + random.nextInt(12)), text(random, random.nextInt(400))});
    }
    assertSameTokens(articles);
  }

  @Test
  void realArticlesGiveTheSameTokensBothWays() throws IOException {
    List<String[]> articles = sharedCorporaSample(1_500);
    assertTrue(articles.size() > 5_000, "read " + articles.size() + " articles");
    assertSameTokens(articles);
  }

  /**
   * The index an ingest writes (one analysis, replayed) holds, for every article, the same title and
   * body postings (terms, positions, offsets), norms and actors as documents built from the same
   * articles and analysed by the IndexWriter's analyzer.
   */
  @Test
  void ingestIndexesWhatTheAnalyzerWould(@TempDir Path dir) throws IOException {
    Random random = new Random(7);
    List<String[]> articles = new ArrayList<>();
    for (int a = 0; a < 300; a++) {
      articles.add(new String[] {text(random, 1 + random.nextInt(12)), text(random, random.nextInt(300))});
    }
    articles.add(new String[] {"Putin meets Zelensky in Istanbul", ""});
    assertSameIndex(dir, articles);
  }

  @Test
  void ingestIndexesRealArticlesAsTheAnalyzerWould(@TempDir Path dir) throws IOException {
    assertSameIndex(dir, sharedCorporaSample(150));
  }

  /** Every 7th article of six shipped corpora, at most {@code perCorpus} from each, as title and body. */
  private static List<String[]> sharedCorporaSample(int perCorpus) throws IOException {
    Path corpora = TestPaths.sharedCorpora();
    List<String[]> articles = new ArrayList<>();
    for (String name : List.of("ruwa", "telegram-ru-news", "warline-ua", "reuters21578", "euvsdisinfo", "ukraina-ru-headlines")) {
      CorpusConfig config = CorpusConfigs.get(TestPaths.shippedConfig(), name);
      IngestSource source = IngestSource.of(config, corpora, null);
      int[] seen = {0};
      int[] kept = {0};
      ArticleSink sink = new ArticleSink() {
        @Override
        public void accept(RawArticle a) {
          if (seen[0]++ % 7 == 0 && kept[0] < perCorpus) {
            kept[0]++;
            articles.add(new String[] {a.title() == null ? "" : a.title(), a.body() == null ? "" : a.body()});
          }
        }

        @Override
        public void reject(Rejection rejection) {}
      };
      new CorpusWalker(sink, f -> { }, source.reader()).read(CorpusWalker.plan(source.roots()));
    }
    return articles;
  }

  private static void assertSameIndex(Path dir, List<String[]> articles) throws IOException {
    Path jsonl = dir.resolve("in/articles.jsonl");
    Files.createDirectories(jsonl.getParent());
    List<RawArticle> raws = new ArrayList<>();
    try (JsonGenerator g = new JsonFactory().createGenerator(Files.newOutputStream(jsonl), JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (int i = 0; i < articles.size(); i++) {
        String id = String.format(Locale.ROOT, "a%05d", i);
        String title = articles.get(i)[0].isBlank() ? "t" + i : articles.get(i)[0];
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("title", title);
        g.writeStringField("body", articles.get(i)[1]);
        g.writeStringField("date", "2025-05-15");
        g.writeEndObject();
        g.writeRaw('\n');
        // The ingest keeps a source's own id in the namespace of its corpus, here the folder "in".
        raws.add(new RawArticle("in/" + id, title, articles.get(i)[1], "2025-05-15", "metadata", null, null, null, "x", null));
      }
    }
    ActorRegistry registry = ActorRegistry.load(TestPaths.shippedConfig());
    try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("ingest"), registry, OutletRegistry.empty(), null)) {
      assertEquals(articles.size(), indexer.index(List.of(jsonl.getParent())).added());
    }
    ArticleExtractor extractor = new ArticleExtractor(new ActorMatcher(registry), null);
    FacetsConfig facets = ArticleFields.facetsConfig();
    try (FSDirectory d = FSDirectory.open(dir.resolve("analyzer"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Analyzers.text()))) {
      for (RawArticle raw : raws) {
        w.addDocument(ArticleFields.toDocument(extractor.extract(raw), 0, facets));
      }
    }
    List<String> ingest = dump(dir.resolve("ingest"));
    assertTrue(ingest.size() > 10 * articles.size(), ingest.size() + " lines");
    assertEquals(dump(dir.resolve("analyzer")), ingest);
  }

  /** Per article id: each title and body term with its positions and offsets, the fields' norms, and the actor views. */
  private static List<String> dump(Path index) throws IOException {
    List<String> out = new ArrayList<>();
    try (FSDirectory d = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        StoredFields stored = r.storedFields();
        for (String field : List.of(ArticleFields.TITLE, ArticleFields.BODY)) {
          Terms terms = r.terms(field);
          TermsEnum te = terms == null ? TermsEnum.EMPTY : terms.iterator();
          for (BytesRef term = te.next(); term != null; term = te.next()) {
            PostingsEnum pe = te.postings(null, PostingsEnum.ALL);
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
              StringBuilder line = new StringBuilder(stored.document(doc).get(ArticleFields.ID)).append(' ').append(field)
                  .append(' ').append(term.utf8ToString());
              for (int k = 0; k < pe.freq(); k++) {
                line.append(' ').append(pe.nextPosition()).append(':').append(pe.startOffset()).append('-').append(pe.endOffset());
              }
              out.add(line.toString());
            }
          }
          NumericDocValues norms = r.getNormValues(field);
          for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
            out.add(stored.document(doc).get(ArticleFields.ID) + " norm " + field + " " + norms.longValue());
          }
        }
        for (int doc = 0; doc < r.maxDoc(); doc++) {
          Document document = stored.document(doc);
          for (String field : ArticleFields.ACTOR_FIELDS) {
            out.add(document.get(ArticleFields.ID) + " " + field + " " + List.of(document.getValues(field)));
          }
        }
      }
    }
    java.util.Collections.sort(out);
    return out;
  }

  @Test
  void replaysOnlyTheTextItAnalysed() {
    SharedAnalysis shared = new SharedAnalysis();
    String title = "Talks in Istanbul";
    String body = "Russia and Ukraine met.";
    shared.tokens(title, body);
    assertNotNull(shared.title(title), "the analysed title itself is replayed");
    assertNotNull(shared.body(body), "the analysed body itself is replayed");
    assertNull(shared.title(new String(title)), "an equal but different title string is not the analysed one");
    assertNull(shared.body("another body"));
  }

  private static void assertSameTokens(List<String[]> articles) throws IOException {
    SharedAnalysis shared = new SharedAnalysis();
    ActorTokenizer matcherTokenizer = new ActorTokenizer();
    int tokens = 0;
    try (Analyzer index = Analyzers.text()) {
      for (String[] a : articles) {
        String title = a[0];
        String body = a[1];
        TextTokens matcher = shared.tokens(title, body);
        String where = "title '" + abbreviate(title) + "'";
        assertEquals(matcherTokenizer.tokens(title + "\n" + body), new ArrayList<>(matcher), where);
        assertEquals(tokens(index.tokenStream(ArticleFields.TITLE, title)), tokens(shared.title(title)), where);
        if (body != null) {
          assertEquals(tokens(index.tokenStream(ArticleFields.BODY, body)), tokens(shared.body(body)), where);
        } else {
          assertNull(shared.body(body));
        }
        tokens += matcher.size();
      }
    }
    assertTrue(tokens > articles.size(), "compared " + tokens + " tokens");
  }

  private static String text(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(random.nextInt(5) == 0 ? String.valueOf((char) random.nextInt(0x3000)) : WORDS[random.nextInt(WORDS.length)]);
      text.append(switch (random.nextInt(10)) {
        case 0 -> "\n";
        case 1 -> "'s ";
        case 2 -> ", ";
        default -> " ";
      });
    }
    return text.toString();
  }

  private static List<String> tokens(TokenStream stream) throws IOException {
    return AnalyzerEquivalenceTest.tokens(stream);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
