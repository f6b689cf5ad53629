package org.dateline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dateline.search.ActorNode;
import org.dateline.search.ActorPair;
import org.dateline.search.CooccurrenceResult;

/** Writes actor pairs as a table, a CSV edge list, JSON, or a GEXF 1.3 graph for Gephi. */
final class CooccurOutput {
  private static final String GEXF_NS = "http://gexf.net/1.3";

  private CooccurOutput() {}

  /** Expected counts and scores as written in every format: six decimals, Locale.ROOT. */
  static String num(double d) {
    return String.format(Locale.ROOT, "%.6f", d);
  }

  /** {@code source,target,count,expected,score}, one row per pair. */
  static void csv(PrintWriter out, CooccurrenceResult r) {
    CsvWriter csv = new CsvWriter(out);
    csv.row("source", "target", "count", "expected", "score");
    for (ActorPair p : r.pairs()) {
      csv.row(p.source(), p.target(), Long.toString(p.count()), num(p.expected()), num(p.score()));
    }
    out.flush();
  }

  /** {@code {"matches", "index_size", "nodes": [{"id", "label", "type", "matches", "indexed"}], "pairs": [...]}}. */
  static void json(PrintWriter out, CooccurrenceResult r) throws IOException {
    try (JsonGenerator g = JsonOutput.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("matches", r.matches());
      g.writeNumberField("index_size", r.indexSize());
      g.writeArrayFieldStart("nodes");
      for (ActorNode n : r.nodes()) {
        g.writeStartObject();
        g.writeStringField("id", n.id());
        g.writeStringField("label", n.label());
        g.writeStringField("type", n.type());
        g.writeNumberField("matches", n.matches());
        g.writeNumberField("indexed", n.indexed());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("pairs");
      for (ActorPair p : r.pairs()) {
        g.writeStartObject();
        g.writeStringField("source", p.source());
        g.writeStringField("target", p.target());
        g.writeNumberField("count", p.count());
        g.writeFieldName("expected");
        g.writeNumber(num(p.expected()));
        g.writeFieldName("score");
        g.writeNumber(num(p.score()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /** Aligned pairs with the actors' display names. */
  static void table(PrintWriter data, CooccurrenceResult r) {
    PrintWriter out = SafeText.wrap(data, false);
    Map<String, String> labels = r.nodes().stream().collect(Collectors.toMap(ActorNode::id, ActorNode::label));
    Function<String, String> name = id -> labels.get(id).equals(id) ? id : id + " (" + labels.get(id) + ")";
    int w1 = r.pairs().stream().mapToInt(p -> name.apply(p.source()).length()).max().orElse(6);
    int w2 = r.pairs().stream().mapToInt(p -> name.apply(p.target()).length()).max().orElse(6);
    out.printf(Locale.ROOT, "%,d matching article%s, %,d in the index%n", r.matches(), r.matches() == 1 ? "" : "s", r.indexSize());
    String format = "%-" + Math.max(6, w1) + "s  %-" + Math.max(6, w2) + "s  %7s  %9s  %9s%n";
    out.printf(Locale.ROOT, format, "source", "target", "count", "expected", "score");
    for (ActorPair p : r.pairs()) {
      out.printf(Locale.ROOT, format, name.apply(p.source()), name.apply(p.target()), String.format(Locale.ROOT, "%,d", p.count()),
          String.format(Locale.ROOT, "%.2f", p.expected()), String.format(Locale.ROOT, "%.2f", p.score()));
    }
    out.flush();
  }

  /** An undirected GEXF 1.3 graph: actors as nodes (label, type, matches), pairs as edges weighted by count. */
  static void gexf(PrintWriter out, CooccurrenceResult r) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("gexf");
      x.writeDefaultNamespace(GEXF_NS);
      x.writeAttribute("version", "1.3");
      x.writeStartElement("meta");
      element(x, "creator", "dateline");
      element(x, "description", "actor co-occurrence; matching articles: " + r.matches());
      x.writeEndElement();
      x.writeStartElement("graph");
      x.writeAttribute("defaultedgetype", "undirected");
      attributes(x, "node", new String[][] {{"type", "string"}, {"matches", "long"}, {"indexed", "long"}});
      attributes(x, "edge", new String[][] {{"expected", "double"}, {"score", "double"}});
      x.writeStartElement("nodes");
      for (ActorNode n : r.nodes()) {
        x.writeStartElement("node");
        x.writeAttribute("id", xml(n.id()));
        x.writeAttribute("label", xml(n.label()));
        values(x, n.type() == null ? "" : n.type(), Long.toString(n.matches()), Long.toString(n.indexed()));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeStartElement("edges");
      int id = 0;
      for (ActorPair p : r.pairs()) {
        x.writeStartElement("edge");
        x.writeAttribute("id", Integer.toString(id++));
        x.writeAttribute("source", xml(p.source()));
        x.writeAttribute("target", xml(p.target()));
        x.writeAttribute("weight", Long.toString(p.count()));
        values(x, num(p.expected()), num(p.score()));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write GEXF: " + e.getMessage(), e);
    }
    out.write('\n');
    out.flush();
  }

  /**
   * {@code s} with what XML 1.0 cannot hold (controls other than tab, newline and return; U+FFFE,
   * U+FFFF; unpaired surrogates) replaced by U+FFFD: the writer escapes markup but passes these on,
   * and one in an actor's name made the whole file unreadable to a strict parser.
   */
  static String xml(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        sb.append(c).append(s.charAt(++i));
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(xml(text));
    x.writeEndElement();
  }

  private static void attributes(XMLStreamWriter x, String kind, String[][] titleAndType) throws XMLStreamException {
    x.writeStartElement("attributes");
    x.writeAttribute("class", kind);
    for (int i = 0; i < titleAndType.length; i++) {
      x.writeEmptyElement("attribute");
      x.writeAttribute("id", Integer.toString(i));
      x.writeAttribute("title", titleAndType[i][0]);
      x.writeAttribute("type", titleAndType[i][1]);
    }
    x.writeEndElement();
  }

  private static void values(XMLStreamWriter x, String... values) throws XMLStreamException {
    x.writeStartElement("attvalues");
    for (int i = 0; i < values.length; i++) {
      x.writeEmptyElement("attvalue");
      x.writeAttribute("for", Integer.toString(i));
      x.writeAttribute("value", xml(values[i]));
    }
    x.writeEndElement();
  }
}
