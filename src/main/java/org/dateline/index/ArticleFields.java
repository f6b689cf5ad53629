package org.dateline.index;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.dateline.extract.ActorFacets;
import org.dateline.extract.Article;

/**
 * The index schema: every field name, how it is indexed and why. Index and search code use these
 * constants; no field name is spelled anywhere else.
 *
 * <ul>
 *   <li>{@link #ID}: keyword (exact term for update-by-id), sorted doc values (tie-break of every
 *       sort, so result order is reproducible), stored. Unique in the index: an id a source gives is
 *       stored as {@code CORPUS/ID}, so that two corpora may both have a record {@code A-1} (we
 *       namespace the id rather than add the corpus to a composite key because the id is what a
 *       researcher cites, exports and passes to {@code show}: it must be unique on its own); an id
 *       made from the file name already starts with the corpus folder's name.
 *   <li>{@link #DATE}: the publication day as days since 1970-01-01 (epoch day) in an {@link
 *       IntField}: points for range filters, doc values for sorting and date histograms, stored.
 *       We store the day, not milliseconds, because sources give days and a day is what
 *       researchers filter by; it also lets one doc-values pass bucket by day, week, month, quarter
 *       or year. Undated articles have no value.
 *   <li>{@link #TITLE}: analysed text, stored.
 *   <li>{@link #BODY}: analysed text with positions (phrases) and offsets (fast snippets), stored.
 *       Title and body share {@link Analyzers#text()}, which removes Russian and Ukrainian case
 *       endings, so any case form of a Cyrillic word finds the others.
 *   <li>{@link #OUTLET}, {@link #LANG}: exact keyword terms for filters, stored, and facet
 *       dimensions.
 *   <li>{@link #ACTOR}: one exact term per canonical actor id (multi-valued), stored, and a
 *       multi-valued facet dimension. Metonyms count for what they stand for ("Moscow said":
 *       russia); see {@link org.dateline.extract.ActorFacets} for each actor view.
 *   <li>{@link #ACTOR_LITERAL}, {@link #PERSON}, {@link #ORG}, {@link #PLACE}, {@link #COUNTRY},
 *       {@link #DEMONYM}, {@link #ENTITY}: the other actor views, indexed like {@link #ACTOR}
 *       (exact terms for filters such as {@code country:turkey}, stored for display and for
 *       {@code actors apply}, multi-valued facet dimensions).
 *   <li>{@link #URL}, {@link #SOURCE}, {@link #DATE_SOURCE}: stored only, for display and export.
 *   <li>{@link #HASH}: a 64-bit hash of what the article was built from, as numeric doc values, so
 *       a re-run can tell an unchanged article without re-reading it from the index.
 *   <li>{@link #CORPUS}: keyword, stored, facet dimension: the corpus an article was indexed from,
 *       so a re-run can prune its vanished articles, {@code dateline corpora} can count them, and
 *       queries can filter ({@code --corpus}) and count by corpus.
 *   <li>{@link #TAG_PLACES}, {@link #TAG_PEOPLE}, {@link #TAG_ORGS}: editorial tags a source gives
 *       (Reuters PLACES/PEOPLE/ORGS), exact keyword terms, stored, multi-valued facet dimensions;
 *       kept apart from {@link #ACTOR} because they are the editor's labels, not what the text names.
 *   <li>{@link #DUPLICATE_GROUP}: keyword with sorted doc values, stored: a hash of the normalised
 *       text, shared by exact duplicates, so {@code search --unique} can count each group once.
 * </ul>
 *
 * {@link #OUTLET} may hold several values (EUvsDisinfo cases name several outlets): the first is the
 * primary outlet shown in hits; every value counts in the outlet facet and matches {@code --outlet}.
 *
 * Facet dimensions share Lucene's default facet field ({@code $facets}) as sorted-set doc values,
 * which needs no taxonomy index beside the main one.
 */
public final class ArticleFields {
  /** Stable article id. */
  public static final String ID = "id";
  /** Publication day (epoch day). */
  public static final String DATE = "date";
  /** Title text. */
  public static final String TITLE = "title";
  /** Full text. */
  public static final String BODY = "body";
  /** Normalised outlet key. */
  public static final String OUTLET = "outlet";
  /** Canonical actor ids. */
  public static final String ACTOR = "actor";
  /** Language code: the source's own, else detected (ISO 639-1 where one exists, {@code und} when undetermined, {@code mul} for a mixed text with no clear majority). */
  public static final String LANG = "lang";
  /** Article address. */
  public static final String URL = "url";
  /** Source file name. */
  public static final String SOURCE = "source";
  /** Where the date came from. */
  public static final String DATE_SOURCE = "date_source";
  /** Hash of the article's inputs. */
  public static final String HASH = "hash";
  /** Actor ids as written, before metonymy ("Moscow rejected": moscow); for filters and curation. */
  public static final String ACTOR_LITERAL = "actor_literal";
  /** Actor ids of type PERSON (after metonymy, like {@link #ACTOR}). */
  public static final String PERSON = "person";
  /** Actor ids of type ORG (after metonymy, like {@link #ACTOR}). */
  public static final String ORG = "org";
  /** Actor ids of type PLACE read as places, not as agents ("talks in Moscow", not "Moscow said"). */
  public static final String PLACE = "place";
  /** Countries named, plus the country of every place named (geographic roll-up along part_of). */
  public static final String COUNTRY = "country";
  /** Actors named only by a demonym or adjective ("Russian army": russia), kept out of {@link #ACTOR}. */
  public static final String DEMONYM = "demonym";
  /** Normalised unknown names from the recognizer, for curation only; never feeds {@link #ACTOR}. */
  public static final String ENTITY = "entity";
  /** Corpus name. */
  public static final String CORPUS = "corpus";
  /** Editorial place tags. */
  public static final String TAG_PLACES = "tag_places";
  /** Editorial people tags. */
  public static final String TAG_PEOPLE = "tag_people";
  /** Editorial organisation tags. */
  public static final String TAG_ORGS = "tag_orgs";
  /** Duplicate group: hash of the normalised text. */
  public static final String DUPLICATE_GROUP = "dup";
  /** Tag field by the tag kind a reader gives ({@code places}, {@code people}, {@code orgs}). */
  public static final java.util.Map<String, String> TAG_FIELDS =
      java.util.Map.of("places", TAG_PLACES, "people", TAG_PEOPLE, "orgs", TAG_ORGS);

  /** The fields a plain query searches. */
  public static final List<String> TEXT_FIELDS = List.of(TITLE, BODY);
  /** The keyword fields a query may name ({@code outlet:rt}); their values are matched exactly. */
  public static final List<String> KEYWORD_FIELDS = List.of(ID, OUTLET, ACTOR, LANG,
      ACTOR_LITERAL, PERSON, ORG, PLACE, COUNTRY, DEMONYM, ENTITY,
      CORPUS, TAG_PLACES, TAG_PEOPLE, TAG_ORGS, DUPLICATE_GROUP);
  /** The facet dimensions counted through the facet field. */
  public static final List<String> FACET_DIMS = List.of(ACTOR, OUTLET, LANG, CORPUS,
      ACTOR_LITERAL, PERSON, ORG, PLACE, COUNTRY, DEMONYM, ENTITY, TAG_PLACES, TAG_PEOPLE, TAG_ORGS);
  /** The multi-valued fields that hold actor ids (every one but {@link #ENTITY} is a registry id). */
  public static final List<String> ACTOR_FIELDS = List.of(ACTOR, ACTOR_LITERAL, PERSON, ORG, PLACE, COUNTRY, DEMONYM);

  /** Commit user-data key: hash of the actor registry the index was built with. */
  public static final String COMMIT_REGISTRY_HASH = "dateline.registry_hash";
  /** Commit user-data key: fingerprints of the registry's actors, for {@code actors apply} (see ActorFingerprints). */
  public static final String COMMIT_REGISTRY_ACTORS = "dateline.registry_actors";
  /** Commit user-data key: schema version, raised whenever a field changes meaning. */
  public static final String COMMIT_SCHEMA = "dateline.schema";
  /** Commit user-data key prefix: {@code dateline.corpus.NAME} holds when corpus NAME was last indexed (ISO instant). */
  public static final String COMMIT_CORPUS_PREFIX = "dateline.corpus.";
  /** Commit user-data key of an unfinished ingest: the key of its inputs (files, sizes, times, settings); absent once it finished. */
  public static final String COMMIT_INGEST_RUN = "dateline.ingest.run";
  /** Commit user-data key of an unfinished ingest: how many records it had read when it committed, for a re-run to resume after. */
  public static final String COMMIT_INGEST_RECORDS = "dateline.ingest.records";
  /**
   * The current schema version. 4: source-supplied ids are namespaced by corpus ({@code CORPUS/ID},
   * see {@link #ID}), {@link #CORPUS} is a facet dimension, and mixed-language texts may be {@code mul}.
   * See {@link IndexDirectory#checkSchema} for which older versions can be read or written.
   */
  public static final String SCHEMA_VERSION = "4";
  /**
   * The first version whose ids are namespaced by corpus. Re-indexing an older index cannot migrate
   * it: each article would be added again under its new id beside the old one, so an older index
   * is refused for writing too.
   */
  public static final int FIRST_NAMESPACED_IDS = 4;

  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  private ArticleFields() {}

  /** The facet configuration: actors, outlets and tags are multi-valued, language is not. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String field : ACTOR_FIELDS) {
      config.setMultiValued(field, true);
    }
    config.setMultiValued(ENTITY, true);
    config.setMultiValued(OUTLET, true);
    config.setMultiValued(TAG_PLACES, true);
    config.setMultiValued(TAG_PEOPLE, true);
    config.setMultiValued(TAG_ORGS, true);
    return config;
  }

  /** The ids of one actor view of {@code facets}, by field name. */
  public static java.util.SortedSet<String> actorValues(ActorFacets facets, String field) {
    return switch (field) {
      case ACTOR -> facets.actor();
      case ACTOR_LITERAL -> facets.literal();
      case PERSON -> facets.person();
      case ORG -> facets.org();
      case PLACE -> facets.place();
      case COUNTRY -> facets.country();
      case DEMONYM -> facets.demonym();
      case ENTITY -> facets.entity();
      default -> throw new IllegalArgumentException("not an actor field: " + field);
    };
  }

  /** A text field stored as its text and indexed from tokens analysed beforehand (Lucene's Field takes one or the other). */
  private static final class AnalysedField extends Field {
    private final org.apache.lucene.analysis.TokenStream tokens;

    AnalysedField(String name, String value, FieldType type, org.apache.lucene.analysis.TokenStream tokens) {
      super(name, value, type);
      this.tokens = tokens;
    }

    @Override
    public org.apache.lucene.analysis.TokenStream tokenStream(org.apache.lucene.analysis.Analyzer analyzer,
        org.apache.lucene.analysis.TokenStream reuse) {
      return tokens;
    }
  }

  /** Adds one stored exact term and one facet value per value, for a multi-valued keyword field. */
  static void addKeywords(Document doc, String field, java.util.Collection<String> values) {
    for (String value : values) {
      doc.add(new StringField(field, value, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(field, value));
    }
  }

  /** Builds the Lucene document for {@code article}; {@code hash} is the hash of its inputs. */
  public static Document toDocument(Article article, long hash, FacetsConfig config) throws java.io.IOException {
    return toDocument(article, IngestFields.NONE, hash, config);
  }

  /** Builds the Lucene document for {@code article} with what the ingest adds (outlets, tags, corpus, group). */
  public static Document toDocument(Article article, IngestFields extras, long hash, FacetsConfig config)
      throws java.io.IOException {
    return toDocument(article, extras, hash, config, null, null);
  }

  /**
   * Builds the Lucene document for {@code article}; {@code titleTokens} and {@code bodyTokens}, when
   * not null, are the title's and body's tokens as {@link Analyzers#text()} gives them, already
   * analysed (see {@link SharedAnalysis}), and are indexed instead of analysing the text again.
   */
  static Document toDocument(Article article, IngestFields extras, long hash, FacetsConfig config,
      org.apache.lucene.analysis.TokenStream titleTokens, org.apache.lucene.analysis.TokenStream bodyTokens)
      throws java.io.IOException {
    Document doc = new Document();
    doc.add(new KeywordField(ID, article.id(), Field.Store.YES));
    if (article.date() != null) {
      doc.add(new IntField(DATE, (int) article.date().toEpochDay(), Field.Store.YES));
    }
    doc.add(titleTokens == null ? new TextField(TITLE, article.title(), Field.Store.YES)
        : new AnalysedField(TITLE, article.title(), TextField.TYPE_STORED, titleTokens));
    doc.add(bodyTokens == null ? new Field(BODY, article.body(), BODY_TYPE)
        : new AnalysedField(BODY, article.body(), BODY_TYPE, bodyTokens));
    doc.add(new StringField(OUTLET, article.outlet(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(OUTLET, article.outlet()));
    doc.add(new StringField(LANG, article.lang(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(LANG, article.lang()));
    for (String field : ACTOR_FIELDS) {
      addKeywords(doc, field, actorValues(article.actors(), field));
    }
    addKeywords(doc, ENTITY, article.actors().entity());
    if (article.url() != null) {
      doc.add(new StoredField(URL, article.url()));
    }
    doc.add(new StoredField(SOURCE, article.source()));
    if (article.dateSource() != null) {
      doc.add(new StoredField(DATE_SOURCE, article.dateSource()));
    }
    doc.add(new NumericDocValuesField(HASH, hash));
    addIngestFields(doc, extras);
    return config.build(doc);
  }

  /** Adds what the ingest knows beyond the article (further outlets, tags, corpus, duplicate group). */
  private static void addIngestFields(Document doc, IngestFields extras) {
    addKeywords(doc, OUTLET, extras.moreOutlets());
    extras.tags().forEach((kind, values) -> {
      String field = TAG_FIELDS.get(kind);
      if (field != null) {
        addKeywords(doc, field, values.stream().distinct().toList());
      }
    });
    if (extras.corpus() != null) {
      addKeywords(doc, CORPUS, List.of(extras.corpus()));
    }
    if (extras.duplicateGroup() != null) {
      doc.add(new KeywordField(DUPLICATE_GROUP, extras.duplicateGroup(), Field.Store.YES));
    }
  }
}
