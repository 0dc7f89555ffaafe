package org.resetlens.diagram;

/** What a packet on the ladder is, for its colour; the first that applies wins (RST over SYN, etc.). */
public enum EventKind { RST, SYN, FIN, RETRANSMISSION, DATA, ACK, OTHER }
