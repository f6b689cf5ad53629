package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document lists exactly the server's routes, each with exactly the parameters it accepts, and each answers. */
class OpenApiTest {
  @TempDir static Path tmp;
  static ServeFixture f;

  @BeforeAll
  static void start() throws Exception {
    f = ServeFixture.start(tmp);
  }

  @AfterAll
  static void stop() throws IOException {
    f.close();
  }

  /** Path to its query parameter names, as the served document states them (read with the streaming parser). */
  static Map<String, Set<String>> documented(String json) throws IOException {
    Map<String, Set<String>> paths = new TreeMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String top = p.currentName();
        p.nextToken();
        if (!top.equals("paths")) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String path = p.currentName();
          Set<String> names = new TreeSet<>();
          paths.put(path, names);
          p.nextToken(); // { get: ... }
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            assertEquals("get", p.currentName(), path + ": only GET is served");
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              p.nextToken();
              if (!key.equals("parameters")) {
                p.skipChildren();
                continue;
              }
              while (p.nextToken() == JsonToken.START_OBJECT) {
                String name = null;
                String in = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                  String k = p.currentName();
                  p.nextToken();
                  if (k.equals("name")) {
                    name = p.getText();
                  } else if (k.equals("in")) {
                    in = p.getText();
                  } else {
                    p.skipChildren();
                  }
                }
                if ("query".equals(in)) {
                  names.add(name);
                }
              }
            }
          }
        }
      }
    }
    return paths;
  }

  @Test
  void theDocumentListsEveryRouteWithItsParameters() throws Exception {
    var r = f.get("/api/openapi.json");
    assertEquals(200, r.statusCode());
    assertEquals(true, r.body().startsWith("{\n \"openapi\": \"3.1.0\""), r.body().substring(0, 40));
    Map<String, Set<String>> documented = documented(r.body());
    Map<String, Set<String>> served = new TreeMap<>();
    for (String path : new ApiRoutes(f.backend, java.time.Duration.ofSeconds(1)).register(WebServer.builder()).paths()) {
      served.put(path, new TreeSet<>(ApiRoutes.PARAMETERS.get(path)));
    }
    assertEquals(served, documented);
  }

  @Test
  void everyDocumentedRouteAnswers() throws Exception {
    for (String path : documented(f.get("/api/openapi.json").body()).keySet()) {
      String concrete = path.replace("{id}", "small%2Fa1.txt");
      var r = f.get(concrete);
      assertEquals(200, r.statusCode(), concrete + ": " + r.body());
      assertNotEquals("", r.body(), concrete);
    }
  }
}
