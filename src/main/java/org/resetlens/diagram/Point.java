package org.resetlens.diagram;

/** A point in diagram units. */
public record Point(double x, double y) { }
