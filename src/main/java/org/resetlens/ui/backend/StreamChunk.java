package org.resetlens.ui.backend;

/** Payload bytes one TCP segment added to its stream, for Follow TCP Stream; {@code fromClient}: from the stream's first sender. */
public record StreamChunk(int frame, boolean fromClient, byte[] data) { }
