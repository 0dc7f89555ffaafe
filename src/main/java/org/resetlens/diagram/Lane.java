package org.resetlens.diagram;

/** One endpoint's vertical lane: its centre line {@code x} and its header box with label and role. */
public record Lane(int index, String label, String role, double x, Box header) { }
