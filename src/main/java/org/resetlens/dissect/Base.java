package org.resetlens.dissect;

/** How an integer field prints (Wireshark's BASE_*); NONE for non-integers. */
public enum Base { NONE, DEC, HEX, HEX_DEC, OCT, PT_TCP, PT_UDP, CUSTOM }
