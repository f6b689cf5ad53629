package org.dateline.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The SQLite FTS5 baseline: the same articles in an FTS5 table (title, body; Unicode tokenizer with
 * diacritics removed, as Dateline folds them) beside a metadata table (day, month, outlet, language)
 * and an actor table, answering the same counts with joins and GROUP BY.
 */
final class SqliteFts implements AutoCloseable {
  private final Connection db;

  private SqliteFts(Connection db) {
    this.db = db;
  }

  /** Opens a database an earlier run loaded into {@code file}, read-only. */
  static SqliteFts openReadOnly(Path file) throws SQLException {
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    return new SqliteFts(DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties()));
  }

  /** Creates the database in {@code file} and loads {@code docs} in one transaction, indexes built after. */
  static SqliteFts load(Path file, List<BareLucene.Doc> docs) throws SQLException {
    Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA journal_mode=OFF");
      s.execute("PRAGMA synchronous=OFF");
      s.execute("PRAGMA cache_size=-262144");
      s.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')");
      s.execute("CREATE TABLE meta(id INTEGER PRIMARY KEY, day INTEGER, month INTEGER, outlet TEXT, lang TEXT)");
      s.execute("CREATE TABLE actor(doc INTEGER, actor TEXT)");
    }
    db.setAutoCommit(false);
    try (PreparedStatement fts = db.prepareStatement("INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)");
        PreparedStatement meta = db.prepareStatement("INSERT INTO meta VALUES (?, ?, ?, ?, ?)");
        PreparedStatement actor = db.prepareStatement("INSERT INTO actor VALUES (?, ?)")) {
      for (int i = 0; i < docs.size(); i++) {
        Amplifier.Item it = docs.get(i).item();
        fts.setInt(1, i);
        fts.setString(2, it.title());
        fts.setString(3, it.body());
        fts.executeUpdate();
        meta.setInt(1, i);
        meta.setInt(2, (int) it.date().toEpochDay());
        meta.setInt(3, it.date().getYear() * 100 + it.date().getMonthValue());
        meta.setString(4, it.outlet() == null ? "unknown" : it.outlet());
        meta.setString(5, it.lang());
        meta.executeUpdate();
        for (String a : docs.get(i).actors()) {
          actor.setInt(1, i);
          actor.setString(2, a);
          actor.executeUpdate();
        }
      }
    }
    try (Statement s = db.createStatement()) {
      s.execute("CREATE INDEX meta_day ON meta(day)");
      s.execute("CREATE INDEX meta_outlet ON meta(outlet)");
      s.execute("CREATE INDEX actor_actor ON actor(actor, doc)");
      s.execute("CREATE INDEX actor_doc ON actor(doc, actor)");
    }
    db.commit();
    return new SqliteFts(db);
  }

  /** Top 10 by BM25 for {@code match} (FTS5 query syntax), with titles. */
  long top10(String match) throws SQLException {
    return sum("SELECT rowid, length(title) FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 10", match);
  }

  /** Total, top 10, outlet top 10, actor top 10 and per-month counts of {@code match} in a day range. */
  long faceted(String match, int fromDay, int toDay) throws SQLException {
    String matches = "SELECT m.id, m.outlet, m.month FROM fts JOIN meta m ON m.id = fts.rowid"
        + " WHERE fts MATCH ?1 AND m.day BETWEEN ?2 AND ?3";
    long sum = sum("SELECT count(*) FROM (" + matches + ")", match, fromDay, toDay);
    sum += sum("SELECT m.id FROM fts JOIN meta m ON m.id = fts.rowid WHERE fts MATCH ?1 AND m.day BETWEEN ?2 AND ?3"
        + " ORDER BY fts.rank LIMIT 10", match, fromDay, toDay);
    sum += sum("SELECT outlet, count(*) c FROM (" + matches + ") GROUP BY outlet ORDER BY c DESC LIMIT 10", match, fromDay, toDay);
    sum += sum("SELECT month, count(*) FROM (" + matches + ") GROUP BY month", match, fromDay, toDay);
    sum += sum("SELECT a.actor, count(*) c FROM (" + matches + ") x JOIN actor a ON a.doc = x.id"
        + " GROUP BY a.actor ORDER BY c DESC LIMIT 10", match, fromDay, toDay);
    return sum;
  }

  /** Total, outlet top 10, actor top 10 and per-month counts of every article. */
  long allFaceted() throws SQLException {
    long sum = sum("SELECT count(*) FROM meta");
    sum += sum("SELECT outlet, count(*) c FROM meta GROUP BY outlet ORDER BY c DESC LIMIT 10");
    sum += sum("SELECT month, count(*) FROM meta GROUP BY month");
    sum += sum("SELECT actor, count(*) c FROM actor GROUP BY actor ORDER BY c DESC LIMIT 10");
    return sum;
  }

  private long sum(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      long sum = 0;
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sum += r.getLong(r.getMetaData().getColumnCount());
        }
      }
      return sum;
    }
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
