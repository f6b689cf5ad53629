package org.dateline.corpus;

import java.util.ArrayList;
import java.util.List;

/** Collects what a reader reports, for contract tests. */
final class CollectingSink implements ArticleSink {
  final List<RawArticle> articles = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();

  @Override
  public void accept(RawArticle article) {
    articles.add(article);
  }

  @Override
  public void reject(Rejection rejection) {
    rejections.add(rejection);
  }

  /** Writes {@code content} to {@code dir/name} and reads it as a corpus of that one file. */
  static CollectingSink read(java.nio.file.Path dir, String name, byte[] content) throws java.io.IOException {
    java.nio.file.Path f = dir.resolve(name);
    java.nio.file.Files.write(f, content);
    CollectingSink sink = new CollectingSink();
    new CorpusWalker(sink, x -> { }).read(CorpusWalker.plan(List.of(new CorpusWalker.Root(f, name))));
    return sink;
  }

  /** Each rejection as {@code location reason}. */
  List<String> reasons() {
    return rejections.stream().map(r -> r.location() + " " + r.reason()).toList();
  }
}
