package org.dateline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.dateline.search.ArticleView;
import org.dateline.search.FacetValue;
import org.dateline.search.Hit;
import org.dateline.search.KwicLine;
import org.dateline.search.SearchResult;

/** Writes results as JSON with the documented field names; the field names are a public contract. */
final class JsonOutput {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonOutput() {}

  /** {@code {"total", "hits": [...], "facets": {...}}}, one line, newline-terminated. */
  static void search(Writer out, SearchResult r) throws IOException {
    search(out, r, false);
  }

  /** As {@link #search(Writer, SearchResult)}, each hit with {@code "kwic": [{"offset", "left", "match", "right"}]} when asked. */
  static void search(Writer out, SearchResult r, boolean kwic) throws IOException {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeNumberField("total", r.total());
      g.writeArrayFieldStart("hits");
      for (Hit h : r.hits()) {
        g.writeStartObject();
        g.writeStringField("id", h.id());
        g.writeStringField("date", h.date() == null ? null : h.date().toString());
        g.writeStringField("outlet", h.outlet());
        g.writeStringField("title", h.title());
        strings(g, "actors", h.actors());
        g.writeFieldName("score");
        if (Float.isNaN(h.score())) {
          g.writeNull();
        } else {
          g.writeNumber(h.score());
        }
        g.writeStringField("snippet", h.snippet());
        if (kwic) {
          kwic(g, h.kwic());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("facets");
      for (Map.Entry<String, List<FacetValue>> f : r.facets().entrySet()) {
        g.writeArrayFieldStart(f.getKey());
        for (FacetValue v : f.getValue()) {
          g.writeStartObject();
          g.writeStringField("value", v.value());
          if (v.label() != null) {
            g.writeStringField("label", v.label());
          }
          g.writeNumberField("count", v.count());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }

  /** One stored article with its full text under {@code text}. */
  static void article(Writer out, ArticleView a) throws IOException {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      g.writeStringField("date", a.date() == null ? null : a.date().toString());
      g.writeStringField("date_source", a.dateSource());
      g.writeStringField("outlet", a.outlet());
      g.writeStringField("lang", a.lang());
      g.writeStringField("title", a.title());
      strings(g, "actors", a.actors());
      g.writeStringField("url", a.url());
      g.writeStringField("source", a.source());
      g.writeStringField("text", a.body());
      g.writeEndObject();
    }
    out.write('\n');
  }

  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  private static void kwic(JsonGenerator g, List<KwicLine> lines) throws IOException {
    g.writeArrayFieldStart("kwic");
    for (KwicLine k : lines) {
      g.writeStartObject();
      g.writeNumberField("offset", k.offset());
      g.writeStringField("left", k.left());
      g.writeStringField("match", k.match());
      g.writeStringField("right", k.right());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** {@code [{"name", "description", "format", "present", "expected", "indexed", "last_indexed"}]} for {@code dateline corpora}. */
  static void corpora(Writer out, Map<String, org.dateline.config.CorpusConfig> configs,
      Map<String, org.dateline.index.IndexedCorpora.Stats> indexed, java.util.function.Predicate<String> present) throws IOException {
    try (JsonGenerator g = generator(out)) {
      g.writeStartArray();
      for (org.dateline.config.CorpusConfig c : configs.values()) {
        org.dateline.index.IndexedCorpora.Stats s = indexed.get(c.name());
        g.writeStartObject();
        g.writeStringField("name", c.name());
        g.writeStringField("description", c.description());
        g.writeStringField("format", c.reader().format());
        g.writeBooleanField("present", present.test(c.name()));
        g.writeFieldName("expected");
        if (c.expectedArticles() == null) {
          g.writeNull();
        } else {
          g.writeNumber(c.expectedArticles());
        }
        g.writeNumberField("indexed", s == null ? 0 : s.articles());
        g.writeStringField("last_indexed", s == null ? null : s.lastIndexed().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    out.write('\n');
  }
}
