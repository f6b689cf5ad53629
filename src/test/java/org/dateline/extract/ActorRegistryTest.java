package org.dateline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.TestPaths;
import org.dateline.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorRegistryTest {
  @TempDir Path dir;

  private ConfigException loadError(String content) throws IOException {
    Files.writeString(dir.resolve("actors.tsv"), content);
    return assertThrows(ConfigException.class, () -> ActorRegistry.load(dir));
  }

  @Test
  void loadsTheTestRegistryWithFlags() {
    ActorRegistry r = ActorRegistry.load(TestPaths.testConfig());
    Actor usa = r.byId("usa").orElseThrow();
    assertEquals(ActorType.COUNTRY, usa.type());
    assertTrue(usa.aliases().contains(new Alias("US", Alias.Kind.EXACT)));
    assertEquals("turkey", r.byId("istanbul").orElseThrow().partOf());
  }

  @Test
  void errorsNameFileLineAndColumn() throws IOException {
    String header = "id\ttype\tname\taliases\n";
    assertTrue(loadError(header + "x\tPLANET\tX\tX\n").getMessage().matches(".*actors.tsv:2: column 'type'.*PLANET.*"));
    assertTrue(loadError(header + "Bad Id\tPERSON\tX\tX\n").getMessage().contains("actors.tsv:2: column 'id'"));
    assertTrue(loadError(header + "x\tPERSON\tX\n").getMessage().contains("actors.tsv:2: expected 4"));
    assertTrue(loadError("id\ttype\tname\n").getMessage().contains("lacks column 'aliases'"));
    assertTrue(loadError(header + "x\tPERSON\tX\tX\nx\tPERSON\tY\tY\n").getMessage().contains("'x' is defined twice"));
  }

  @Test
  void hashChangesWhenTheRegistryChanges() throws IOException {
    Files.writeString(dir.resolve("actors.tsv"), "id\ttype\tname\taliases\nx\tPERSON\tX\tX\n");
    String before = ActorRegistry.load(dir).hash();
    Files.writeString(dir.resolve("actors.tsv"), "id\ttype\tname\taliases\nx\tPERSON\tX\tX|Xx\n");
    assertTrue(!before.equals(ActorRegistry.load(dir).hash()));
  }
}
