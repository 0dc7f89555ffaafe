package org.resetlens.ui.backend;

/** Payload bytes one TCP segment added to its stream, for Follow TCP Stream. */
public record StreamChunk(int frame, boolean fromClient, byte[] data) { }
