package org.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EntityCandidatesTest {
  @Test
  void registryLinesGuessTheTypeFromTheName() {
    assertEquals("hakan-fidan\tPERSON\tHakan Fidan\t-\t-\t-\tHakan Fidan|@Fidan",
        EntityCandidates.registryLine("hakan fidan", "Hakan Fidan"));
    assertEquals("west-germany\tPLACE\tWest Germany\t-\t-\t-\tWest Germany",
        EntityCandidates.registryLine("west germany", "West Germany"));
    assertEquals("european-community\tORG\tEuropean Community\t-\t-\t-\tEuropean Community",
        EntityCandidates.registryLine("european community", "European Community"));
    assertEquals("balao\tPLACE\tBalao\t-\t-\t-\tBalao", EntityCandidates.registryLine("balao", "Balao"));
  }

  @Test
  void contextPrefersAWholeCapitalisedOccurrence() {
    String text = "Year-on-year deposits rose. The year before, Year Ltd said so.";
    assertEquals(45, EntityCandidates.occurrence(EntityCandidates.fold(text), text, "year"));
    String accented = "Talks in Türkiye";
    assertEquals(9, EntityCandidates.occurrence(EntityCandidates.fold(accented), accented, "turkiye"));
  }
}
