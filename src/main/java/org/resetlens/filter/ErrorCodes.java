package org.resetlens.filter;

/** The stable codes of filter diagnostics, one per kind of error a user can make. */
public final class ErrorCodes {
    /** A token where it cannot stand ({@code "==" was unexpected in this context}). */
    public static final String SYNTAX = "filter.syntax";
    /** The filter stops where more is needed. */
    public static final String UNEXPECTED_END = "filter.unexpected_end";
    /** A name that is neither a field nor a protocol. */
    public static final String UNKNOWN_FIELD = "filter.unknown_field";
    /** The left side of a comparison is not a field. */
    public static final String NOT_A_FIELD = "filter.not_a_field";
    /** A value that cannot be read as the field's type (address, number, time, ...). */
    public static final String BAD_LITERAL = "filter.bad_literal";
    /** An operator that does not apply to the field's type. */
    public static final String TYPE = "filter.type";
    /** A regular expression that does not compile. */
    public static final String BAD_REGEX = "filter.bad_regex";
    /** A quoted string without its final quote or with a bad escape. */
    public static final String BAD_STRING = "filter.bad_string";
    /** A slice that is malformed or applied to a type that has no bytes. */
    public static final String BAD_SLICE = "filter.bad_slice";
    /** Limits that keep compilation bounded: nesting depth, filter or literal length. */
    public static final String TOO_COMPLEX = "filter.too_complex";
    /**
     * A warning, not an error: the filter runs but uses what Wireshark 4.0 calls a deprecated token
     * (the {@code ~=} operator, an old protocol name such as {@code ssl}); its filter bar turns yellow.
     */
    public static final String DEPRECATED = "filter.deprecated";

    private ErrorCodes() { }
}
