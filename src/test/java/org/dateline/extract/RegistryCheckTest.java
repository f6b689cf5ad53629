package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code dateline actors check} finds, with the exact one-line messages. */
class RegistryCheckTest {
  private static final String HEADER = "id\ttype\tname\tpart_of\tstands_for\taliases\n";
  @TempDir Path dir;

  private List<String> problems(String rows) throws IOException {
    Files.writeString(dir.resolve("actors.tsv"), HEADER + rows);
    return RegistryCheck.problems(ActorRegistry.load(dir));
  }

  private String loadError(String rows) throws IOException {
    Files.writeString(dir.resolve("actors.tsv"), HEADER + rows);
    return assertThrows(ConfigException.class, () -> ActorRegistry.load(dir)).getMessage();
  }

  @Test
  void theRulesRegistryIsSound() {
    assertEquals(List.of(), RegistryCheck.problems(ActorRegistry.load(ActorRulesTest.RULES)));
  }

  @Test
  void unknownLinksAndCyclesStopTheLoad() throws IOException {
    String f = dir.resolve("actors.tsv").toString();
    assertEquals(f + ":2: column 'part_of': unknown actor id 'turkie'", loadError("istanbul\tPLACE\tIstanbul\tturkie\t-\tIstanbul\n"));
    assertEquals(f + ":2: column 'stands_for': unknown actor id 'rusia'", loadError("moscow\tPLACE\tMoscow\t-\trusia\tMoscow\n"));
    assertEquals(f + ":2: column 'part_of': cycle a -> b -> a",
        loadError("a\tPLACE\tA\tb\t-\tAa\nb\tPLACE\tB\ta\t-\tBb\n"));
    assertEquals(f + ":2: column 'part_of': actor 'a' points to itself", loadError("a\tPLACE\tA\ta\t-\tAa\n"));
  }

  @Test
  void oneAliasForTwoActorsIsAProblemUnlessBothAreWeak() throws IOException {
    String f = dir.resolve("actors.tsv").toString();
    assertEquals(List.of(f + ":3: column 'aliases': alias 'ПУТИН' of 'b' is also alias 'Путин' of 'a' (" + f
        + ":2); keep it on one actor, or mark both weak (@)"), problems("a\tPERSON\tA\t-\t-\tПутин\nb\tPERSON\tB\t-\t-\tПУТИН\n"));
    assertEquals(List.of(), problems("niger\tCOUNTRY\tNiger\t-\t-\tНигер\nnigeria\tCOUNTRY\tNigeria\t-\t-\tНигерия\n"),
        "aliases that only the stemmer merges are keyed as written");
    assertEquals(List.of(), problems("a\tPERSON\tJames Baker\t-\t-\tJames Baker|@Baker\nb\tPERSON\tHoward Baker\t-\t-\tHoward Baker|@Baker\n"));
  }

  @Test
  void oneWordCommonNounAliasesAreRisky() throws IOException {
    String f = dir.resolve("actors.tsv").toString();
    assertEquals(List.of(f + ":2: column 'aliases': alias 'China' of 'china' is also the common word 'china'; write =China"
        + " to match only that exact case, @China to need a full name, or a longer alias"),
        problems("china\tCOUNTRY\tChina\t-\t-\tChina|People's Republic of China|+Chinese\n"));
    assertEquals(List.of(), problems("china\tCOUNTRY\tChina\t-\t-\t=China|People's Republic of China\n"));
  }
}
