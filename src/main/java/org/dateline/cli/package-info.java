/**
 * The {@code dateline} command line: picocli commands that parse options, call the library, print
 * results and decide exit codes. The only package that prints or exits.
 */
package org.dateline.cli;
