package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.extract.ActorFacets;
import org.dateline.extract.ActorMatcher;
import org.dateline.extract.Alias;
import org.dateline.extract.MatchExplanation;
import org.dateline.extract.Mention;
import org.dateline.extract.RejectedMatch;
import org.dateline.index.ArticleFields;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.ArticleView;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline actors explain ID}: every match in one article, its alias, flag and metonymy decision. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Show every actor match in one article (or --text): alias, flag, reading, and what was rejected and why.")
final class ActorsExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Parameters(paramLabel = "ID", description = "Article id, as shown by search.")
    String id;

    @Option(names = "--text", paramLabel = "TEXT", description = "Explain this text instead of an indexed article.")
    String text;
  }

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "The date to read --text as of (periods of actors and aliases); default: undated, read as of the present.")
  java.time.LocalDate date;

  @Override
  public Integer call() throws Exception {
    String text = target.text;
    java.time.LocalDate when = date;
    if (text == null) {
      try (ArticleSearcher searcher = common.openSearcher(common.registry())) {
        ArticleView article = searcher.show(target.id).orElse(null);
        if (article == null) {
          spec.commandLine().getErr().println("dateline: no article with id '" + target.id + "'");
          return ExitCodes.NO_INPUT;
        }
        text = article.title() + "\n" + article.body();
        when = date != null ? date : article.date();
      }
    }
    ActorMatcher matcher = new ActorMatcher(common.registry());
    MatchExplanation e = matcher.explain(text, when);
    PrintWriter out = spec.commandLine().getOut();
    for (Mention m : e.mentions()) {
      out.println(String.format(Locale.ROOT, "%6d  %-24s %-16s %-8s %-7s %s", m.start(), quoted(text, m.start(), m.end()),
          m.actorId(), flag(m.kind()), m.reading().name().toLowerCase(Locale.ROOT),
          m.countsFor() == null ? "-" : "-> " + m.countsFor()));
    }
    for (RejectedMatch r : e.rejected()) {
      out.println(String.format(Locale.ROOT, "%6d  %-24s %-16s rejected: %s", r.start(), quoted(text, r.start(), r.end()),
          r.actorId(), r.reason()));
    }
    ActorFacets f = ActorFacets.of(e.mentions(), matcher.registry(), when);
    for (String field : ArticleFields.ACTOR_FIELDS) {
      out.println(String.format(Locale.ROOT, "%-14s %s", field, String.join(" ", ArticleFields.actorValues(f, field))));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String quoted(String text, int start, int end) {
    return "\"" + text.substring(start, end).replace('\n', ' ') + "\"";
  }

  /** The registry flag of an alias kind, as the README names it. */
  static String flag(Alias.Kind kind) {
    return switch (kind) {
      case NAME -> "name";
      case EXACT -> "=exact";
      case DEMONYM -> "+demonym";
      case WEAK -> "@weak";
      case DATELINE -> ",dateline";
    };
  }
}
