package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Outlet names, hosts and URLs resolve to one id through the shipped outlets.tsv. */
class OutletRegistryTest {
  static final OutletRegistry OUTLETS = OutletRegistry.load(Path.of("index-config"));

  @Test
  void spellingsOfOneOutletAreOne() {
    for (String s : new String[] {"www.faz.net", "faz.net", "FAZ", "https://www.faz.net/aktuell/x.html"}) {
      assertEquals(new OutletRegistry.Resolution("faz", true), OUTLETS.resolve(s), s);
    }
    for (String s : new String[] {"RT", "rt.com", "RT (Russia Today)", "  rt  english "}) {
      assertEquals(new OutletRegistry.Resolution("rt", true), OUTLETS.resolve(s), s);
    }
    assertEquals(new OutletRegistry.Resolution("news-front", true), OUTLETS.resolve("en.news-front.info"));
  }

  @Test
  void unknownOutletsKeepANormalisedKey() {
    assertEquals(new OutletRegistry.Resolution("example.org", false), OUTLETS.resolve("https://WWW.Example.org/a"));
    assertEquals(new OutletRegistry.Resolution("tsargrad tv", false), OUTLETS.resolve("Tsargrad  TV"));
  }
}
