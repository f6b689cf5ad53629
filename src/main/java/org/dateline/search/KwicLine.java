package org.dateline.search;

/**
 * One keyword-in-context line: a match in an article's body with the text on either side.
 *
 * @param offset character offset of the match in the body
 * @param left up to N characters before the match (white space runs shown as one space)
 * @param match the matched text: a query term or phrase, or an actor alias
 * @param right up to N characters after the match
 */
public record KwicLine(int offset, String left, String match, String right) {}
