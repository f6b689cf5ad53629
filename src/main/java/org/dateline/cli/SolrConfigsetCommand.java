package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.solr.SolrConfigset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline solr-configset DIR}: writes Dateline's Solr configset (generated from the schema
 * of the local index) for clusters where configsets are uploaded by an administrator rather than by
 * Dateline on first use.
 */
@Command(name = "solr-configset", mixinStandardHelpOptions = true,
    description = "Write Dateline's SolrCloud configset (schema.xml, solrconfig.xml) into DIR.")
final class SolrConfigsetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Folder to write the configset into (created when missing).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    SolrConfigset.write(dir);
    spec.commandLine().getErr().println("dateline: wrote configset " + SolrConfigset.VERSION + " to " + dir);
    return ExitCodes.OK;
  }
}
