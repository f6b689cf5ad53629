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

  /** Each rejection as {@code location reason}. */
  List<String> reasons() {
    return rejections.stream().map(r -> r.location() + " " + r.reason()).toList();
  }
}
