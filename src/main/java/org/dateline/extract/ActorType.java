package org.dateline.extract;

/** The kinds of actor the registry knows; each has its own facet in the index. */
public enum ActorType {
  PERSON,
  ORG,
  COUNTRY,
  PLACE
}
