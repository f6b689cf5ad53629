package org.dateline.search;

/**
 * One counted facet value.
 *
 * @param value the stored value (actor id, outlet key, date bucket)
 * @param label a display name (the actor's name), or null where the value is its own label
 * @param count matching articles with this value
 */
public record FacetValue(String value, String label, long count) {}
