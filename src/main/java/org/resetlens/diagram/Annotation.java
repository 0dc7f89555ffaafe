package org.resetlens.diagram;

/** A user's note on a packet ({@code frame} is Wireshark's 1-based frame number). */
public record Annotation(int frame, String text) { }
