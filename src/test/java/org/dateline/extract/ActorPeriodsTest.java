package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dateline.TestPaths;
import org.dateline.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Periods of actors, aliases and links, titles before names, datelines and token guards, on the shipped registry. */
class ActorPeriodsTest {
  private static final ActorMatcher SHIPPED = new ActorMatcher(ActorRegistry.load(TestPaths.shippedConfig()));
  private static final LocalDate Y1987 = LocalDate.of(1987, 3, 2);
  private static final LocalDate Y2022 = LocalDate.of(2022, 3, 2);

  private static Set<String> persons(String text, LocalDate date) {
    return SHIPPED.facets(text, date).person();
  }

  @Test
  void periodsParseYearsMonthsAndDaysWithOpenEnds() {
    Period p = Period.parse("1922..1991-12");
    assertEquals(LocalDate.of(1922, 1, 1), p.from());
    assertEquals(LocalDate.of(1991, 12, 31), p.until());
    assertTrue(p.contains(LocalDate.of(1987, 1, 1)));
    assertFalse(p.contains(LocalDate.of(1992, 1, 1)));
    assertFalse(p.contains(null), "an undated text is read as of the present: a closed period does not hold");
    assertTrue(Period.parse("2002-07-01..").contains(null));
    assertThrows(IllegalArgumentException.class, () -> Period.parse("1991"));
    assertThrows(IllegalArgumentException.class, () -> Period.parse("1992..1991"));
    assertThrows(IllegalArgumentException.class, () -> Period.parse("87..91"));
  }

  @Test
  void registryReadsPeriodsAndStillLoadsFilesWithoutThem(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("actors.tsv"), String.join("\n",
        "id\ttype\tname\twikidata\tpart_of\tstands_for\taliases\tperiod",
        "ussr\tCOUNTRY\tSoviet Union\t-\t-\t-\tSoviet Union\t1922-12-30..1991-12-26",
        "russia\tCOUNTRY\tRussia\t-\tussr[..1991-12-31]\t-\tRussia\t1992..",
        "moscow\tPLACE\tMoscow\t-\trussia\tussr[..1991-12-31]|russia[1992..]\tMoscow\t-",
        "icc\tORG\tInternational Criminal Court\t-\t-\t-\tInternational Criminal Court|=ICC[2002-07-01..]\t-", ""));
    ActorRegistry r = ActorRegistry.load(dir);
    assertEquals("ussr", r.byId("moscow").orElseThrow().standsFor(Y1987));
    assertEquals("russia", r.byId("moscow").orElseThrow().standsFor(null));
    assertEquals("ussr", r.countryOf("moscow", Y1987), "Russia out of its period rolls up to the Soviet Union");
    assertEquals("russia", r.countryOf("moscow", Y2022));
    ActorMatcher m = new ActorMatcher(r);
    assertEquals(Set.of(), m.actorIds("The ICC ruled.", Y1987), "an alias out of its period");
    assertEquals(Set.of("icc"), m.actorIds("The ICC ruled.", Y2022));
    Files.writeString(dir.resolve("actors.tsv"), "id\ttype\tname\taliases\nx\tPLACE\tX\tXland|Xtown[1990..1980]\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ActorRegistry.load(dir));
    assertTrue(e.getMessage().contains("actors.tsv:2: column 'aliases': alias 'Xtown[1990..1980]'"), e.getMessage());
    // The unit-test registry has no period column at all and loads as before.
    assertEquals(Period.ALWAYS, ActorRegistry.load(TestPaths.testConfig()).byId("russia").orElseThrow().period());
  }

  @Test
  void bareSurnamesNeedTheirPersonsPeriodOrTheFullName() {
    String text = "Finance Minister Stoltenberg said the mark would hold.";
    assertEquals(Set.of("gerhard-stoltenberg"), persons(text, Y1987));
    assertEquals(Set.of("stoltenberg"), persons(text, Y2022), "Jens Stoltenberg in 2022");
    assertEquals(Set.of("stoltenberg"), persons(text, null), "undated: the person whose period is open");
    assertEquals(Set.of("stoltenberg"), persons("Jens Stoltenberg visited Bonn. Stoltenberg said.", Y1987),
        "a full name counts at any date, and confirms the surname");
    assertEquals(Set.of("mariano-rubio"), persons("Bank of Spain governor Mariano Rubio said.", Y1987));
    assertEquals(Set.of(), persons("Rubio said.", LocalDate.of(1995, 1, 1)), "neither Rubio's period");
    assertEquals(Set.of("gennady-gerasimov"), persons("Soviet spokesman Gerasimov said.", Y1987));
  }

  @Test
  void citiesStandForTheStateOfTheirTime() {
    assertEquals(Set.of("soviet-union"), SHIPPED.facets("Moscow rejected the offer.", Y1987).actor());
    assertEquals(Set.of("soviet-union"), SHIPPED.facets("Talks in Moscow.", Y1987).country());
    assertEquals(Set.of("russia"), SHIPPED.facets("Moscow rejected the offer.", Y2022).actor());
    assertEquals(Set.of("russia"), SHIPPED.facets("Moscow rejected the offer.", null).actor());
    assertEquals(Set.of("soviet-union"), SHIPPED.facets("Crops in the Ukraine suffered.", Y1987).country());
    assertEquals(Set.of("yugoslavia"), SHIPPED.facets("BELGRADE, March 2 - Officials said.", Y1987).country());
    assertEquals(Set.of(), SHIPPED.facets("The CIS and the ICC met.", Y1987).org(), "organisations not yet founded");
    assertEquals(Set.of("ec"), SHIPPED.facets("EC ministers met in Brussels.", Y1987).org());
    assertEquals(Set.of(), SHIPPED.facets("EC ministers met in Brussels.", Y2022).org(), "EC: only in its period");
  }

  @Test
  void titlesBeforeNamesSupportThem() {
    assertEquals(Set.of("zelensky"), persons("President of Ukraine Volodymyr Zelensky has presented state awards.", Y2022));
    assertTrue(SHIPPED.facets("President of Ukraine Volodymyr Zelensky has presented state awards.", Y2022).country()
        .contains("ukraine"));
    assertEquals(Set.of("shmyhal"), persons("Prime Minister of Ukraine Denys Shmyhal said.", Y2022));
    assertEquals(Set.of("blinken"), persons("Secretary of State Antony Blinken said.", Y2022));
    assertEquals(Set.of("lavrov"), persons("Minister of Foreign Affairs of Russia Sergei Lavrov said.", Y2022));
    assertEquals(Set.of("boris-johnson"), persons("PM Boris Johnson said.", Y2022));
    assertEquals(Set.of(), SHIPPED.facets("The Bank of Japan raised rates.", Y2022).country());
  }

  @Test
  void lineBreaksAreSpaces() {
    for (String[] pair : List.of(
        new String[] {"Finance Minister Gerhard\nStoltenberg said.", "Finance Minister Gerhard Stoltenberg said."},
        new String[] {"The Bank of\nJapan raised rates.", "The Bank of Japan raised rates."},
        new String[] {"JAPAN JOINS\nNATO EXERCISE", "JAPAN JOINS NATO EXERCISE"},
        new String[] {"LET US\nKNOW", "LET US KNOW"})) {
      assertEquals(SHIPPED.facets(pair[1], Y1987), SHIPPED.facets(pair[0], Y1987), pair[0]);
    }
    assertEquals(Set.of("gerhard-stoltenberg"), persons("Finance Minister Gerhard\nStoltenberg said.", Y1987));
  }

  @Test
  void datelinesHonourTheStateOrCountryAfterTheCity() {
    assertEquals(Set.of("usa"), SHIPPED.facets("BIRMINGHAM, Ala., March 3 - Profits rose.", Y1987).country());
    assertEquals(Set.of("usa"), SHIPPED.facets("ALEXANDRIA, Va., March 3 - Profits rose.", Y1987).country());
    assertEquals(Set.of("usa"), SHIPPED.facets("ST. PETERSBURG, Fla., March 3 - Profits rose.", Y1987).country());
    assertEquals(Set.of("usa"), SHIPPED.facets("SPRINGFIELD, Mass., March 3 - Profits rose.", Y1987).country());
    assertEquals(Set.of("uk"), SHIPPED.facets("BIRMINGHAM, March 3 - Profits rose.", Y1987).country());
    assertEquals(Set.of(), SHIPPED.facets("He was Ill. Mass. was held.", Y1987).country(), "dateline aliases need a place and a comma");
    assertEquals(Set.of("new-zealand"), SHIPPED.facets("WELLINGTON, March 6 - Rates fell.", Y1987).country());
    assertEquals(Set.of("opec"), SHIPPED.facets("Opec ministers met.", Y2022).org());
    assertEquals(Set.of("usa"), SHIPPED.facets("ATLANTA, Ga., March 3 - Georgia officials said.", Y1987).country(),
        "Georgia in 1987 is the US state");
  }

  @Test
  void firstNamesAreNotPlaces() {
    assertEquals(Set.of(), SHIPPED.facets("Александр Иванов и Александра Петрова приехали.", Y2022).place());
    assertEquals(Set.of("alexandria"), SHIPPED.facets("Переговоры в Александрии.", Y2022).place());
  }

  @Test
  void explainListsEachMentionOnce() {
    MatchExplanation e = SHIPPED.explain("Mr Qwerty Volodymyr Zelensky spoke.", Y2022);
    assertEquals(1, e.rejected().stream().filter(r -> r.actorId().equals("zelensky")).count(), e.rejected().toString());
  }
}
