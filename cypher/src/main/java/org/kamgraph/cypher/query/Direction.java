package org.kamgraph.cypher.query;

/** Which relationships of a node to follow. */
public enum Direction { OUT, IN, BOTH }
