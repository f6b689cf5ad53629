package org.dateline.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import org.dateline.extract.ActorFacets;
import org.dateline.extract.Article;
import org.dateline.index.ArticleFields;
import org.dateline.index.IngestFields;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Solr schema against the local index's own documents: every field a document of {@link
 * ArticleFields#toDocument} holds (with every optional part filled) is in the schema, with the
 * same kind (text, exact term, number, stored only), and the schema has no field the documents do
 * not have. So the two backends cannot drift apart without this test failing.
 */
class SolrConfigsetTest {
  private static TreeSet<String> set(String... values) {
    return new TreeSet<>(List.of(values));
  }

  /** An article with every field and every view filled, two values where a field may hold several. */
  static Document fullDocument() throws Exception {
    ActorFacets actors = new ActorFacets(set("moscow", "kyiv"), set("russia", "ukraine"), set("putin", "zelensky"),
        set("nato", "un"), set("istanbul", "sumy"), set("turkey", "ukraine"), set("russia", "usa"))
        .withEntity(List.of("hakan fidan", "john doe"));
    Article a = new Article("c/1", LocalDate.of(2025, 5, 15), "header", "Talks in Istanbul", "Переговоры начались.",
        "reuters", "https://example.org/1", "en", "c/1.txt", actors, List.of());
    IngestFields extras = new IngestFields(List.of("rt"), Map.of("places", List.of("turkey", "usa"),
        "people", List.of("putin", "x"), "orgs", List.of("nato", "un")), "c", "dup1");
    return ArticleFields.toDocument(a, extras, 42L, ArticleFields.facetsConfig());
  }

  /** The field elements of the generated schema.xml by name, with their attributes. */
  static Map<String, Map<String, String>> schemaFields() throws Exception {
    org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(SolrConfigset.schema().getBytes(StandardCharsets.UTF_8)));
    NodeList fields = xml.getElementsByTagName("field");
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (int i = 0; i < fields.getLength(); i++) {
      Element e = (Element) fields.item(i);
      Map<String, String> attrs = new HashMap<>();
      for (int j = 0; j < e.getAttributes().getLength(); j++) {
        attrs.put(e.getAttributes().item(j).getNodeName(), e.getAttributes().item(j).getNodeValue());
      }
      out.put(e.getAttribute("name"), attrs);
    }
    return out;
  }

  @Test
  void schemaHasExactlyTheFieldsOfALocalDocumentWithTheSameKinds() throws Exception {
    Document doc = fullDocument();
    Map<String, Map<String, String>> schema = schemaFields();
    Map<String, Integer> valueCounts = new TreeMap<>();
    for (IndexableField f : doc) {
      if (f.name().startsWith("$")) {
        continue;
      }
      valueCounts.merge(f.name(), 1, Integer::sum);
      Map<String, String> s = schema.get(f.name());
      assertTrue(s != null, "field '" + f.name() + "' of the local index is not in the Solr schema");
      var type = f.fieldType();
      boolean tokenized = type.indexOptions() != IndexOptions.NONE && type.tokenized();
      boolean exactTerm = type.indexOptions() != IndexOptions.NONE && !type.tokenized();
      if (tokenized) {
        assertEquals(SolrConfigset.TEXT_TYPE, s.get("type"), f.name());
      } else if (f.numericValue() instanceof Integer) {
        assertEquals("pint", s.get("type"), f.name());
        assertEquals(String.valueOf(type.pointDimensionCount() > 0), s.get("indexed"), f.name() + " indexed");
      } else if (f.numericValue() instanceof Long) {
        assertEquals("plong", s.get("type"), f.name());
        assertEquals(DocValuesType.NUMERIC, type.docValuesType(), f.name());
        assertEquals("true", s.get("useDocValuesAsStored"), f.name() + " is read back from doc values");
      } else {
        assertEquals("string", s.get("type"), f.name());
        assertEquals(String.valueOf(exactTerm), s.get("indexed"), f.name() + " indexed as an exact term");
      }
      if (!(f.numericValue() instanceof Long)) {
        assertEquals(String.valueOf(type.stored()), s.get("stored"), f.name() + " stored");
      }
    }
    valueCounts.forEach((name, n) -> {
      boolean multi = "true".equals(schema.get(name).get("multiValued"));
      if (n > 1) {
        assertTrue(multi, name + " holds " + n + " values locally but is single-valued in Solr");
      } else {
        assertEquals(ArticleFields.FACET_DIMS.contains(name)
            && ArticleFields.facetsConfig().getDimConfig(name).multiValued, multi, name + " multiValued");
      }
    });
    TreeMap<String, Map<String, String>> extra = new TreeMap<>(schema);
    extra.keySet().removeAll(valueCounts.keySet());
    extra.remove("_version_");
    assertEquals(Map.of(), extra, "Solr schema fields the local index does not have");
  }

  @Test
  void solrDocumentHoldsTheValuesOfTheLocalDocument() throws Exception {
    Document doc = fullDocument();
    SolrInputDocument solr = SolrDocuments.of(doc);
    for (String name : solr.getFieldNames()) {
      List<Object> local = new java.util.ArrayList<>();
      for (IndexableField f : doc.getFields(name)) {
        local.add(f.numericValue() != null ? f.numericValue() : f.stringValue());
      }
      assertEquals(local, List.copyOf(solr.getFieldValues(name)), name);
    }
    assertEquals((int) LocalDate.of(2025, 5, 15).toEpochDay(), solr.getFieldValue(ArticleFields.DATE));
    assertEquals(42L, solr.getFieldValue(ArticleFields.HASH));
    assertEquals(List.of("reuters", "rt"), List.copyOf(solr.getFieldValues(ArticleFields.OUTLET)));
    assertEquals(List.of("hakan fidan", "john doe"), List.copyOf(solr.getFieldValues(ArticleFields.ENTITY)));
  }

  @Test
  void schemaNameCarriesTheSchemaVersion() {
    assertTrue(SolrConfigset.schema().contains("<schema name=\"dateline-" + ArticleFields.SCHEMA_VERSION + "."),
        SolrConfigset.VERSION);
  }
}
