package org.resetlens.core;

/** How serious a diagnostic is; ordered from least to most severe. */
public enum Severity { INFO, WARNING, ERROR }
