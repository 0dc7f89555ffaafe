package org.resetlens.filter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.resetlens.core.Span;

/**
 * Splits a display filter into tokens with their columns. Words (field names and unquoted
 * literals) run over letters, digits and {@code _ . : - /}, stopping before {@code ..};
 * keywords are words with an operator meaning; a slice's text is one token.
 */
final class Lexer {
    /** Longest filter accepted, in characters. */
    static final int MAX_FILTER_LENGTH = 100_000;
    /** Longest single literal (word or string), in characters. */
    static final int MAX_LITERAL_LENGTH = 10_000;

    private static final Map<String, TokenKind> KEYWORDS = Map.ofEntries(
            Map.entry("and", TokenKind.AND), Map.entry("or", TokenKind.OR), Map.entry("xor", TokenKind.XOR),
            Map.entry("not", TokenKind.NOT), Map.entry("eq", TokenKind.ANY_EQ), Map.entry("any_eq", TokenKind.ANY_EQ),
            Map.entry("ne", TokenKind.ALL_NE), Map.entry("all_ne", TokenKind.ALL_NE),
            Map.entry("all_eq", TokenKind.ALL_EQ), Map.entry("any_ne", TokenKind.ANY_NE),
            Map.entry("gt", TokenKind.GT), Map.entry("ge", TokenKind.GE), Map.entry("lt", TokenKind.LT),
            Map.entry("le", TokenKind.LE), Map.entry("contains", TokenKind.CONTAINS),
            Map.entry("matches", TokenKind.MATCHES), Map.entry("in", TokenKind.IN),
            Map.entry("bitwise_and", TokenKind.BITWISE_AND));

    private final String src;
    private int pos;

    private Lexer(String src) {
        this.src = src;
    }

    /** The tokens of {@code src}, ending with EOF; throws {@link FilterError} for a bad string or slice. */
    static List<Token> tokenize(String src) {
        if (src.length() > MAX_FILTER_LENGTH) {
            throw new FilterError(ErrorCodes.TOO_COMPLEX, new Span(0, src.length()),
                    "The filter is too long (" + src.length() + " characters, at most " + MAX_FILTER_LENGTH + ").");
        }
        Lexer lexer = new Lexer(src);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            out.add(t);
        } while (t.kind() != TokenKind.EOF);
        return out;
    }

    private Token next() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
        int start = pos;
        if (pos >= src.length()) return new Token(TokenKind.EOF, "", new Span(pos, pos));
        char c = src.charAt(pos);
        if (c == '"') return string(start, false);
        if (c == 'r' && pos + 1 < src.length() && src.charAt(pos + 1) == '"') {
            pos++;
            return string(start, true);
        }
        if (c == '[') return slice(start);
        if (c == '.' && at(pos + 1) == '.') return symbol(TokenKind.DOTDOT, 2);
        if (isWordChar(c)) return word(start);
        return switch (c) {
            case '(' -> symbol(TokenKind.LPAREN, 1);
            case ')' -> symbol(TokenKind.RPAREN, 1);
            case '{' -> symbol(TokenKind.LBRACE, 1);
            case '}' -> symbol(TokenKind.RBRACE, 1);
            case ',' -> symbol(TokenKind.COMMA, 1);
            case '=' -> startsWith("===") ? symbol(TokenKind.ALL_EQ, 3)
                    : startsWith("==") ? symbol(TokenKind.ANY_EQ, 2) : symbol(TokenKind.OTHER, 1);
            case '!' -> startsWith("!==") ? symbol(TokenKind.ANY_NE, 3)
                    : startsWith("!=") ? symbol(TokenKind.ALL_NE, 2) : symbol(TokenKind.NOT, 1);
            case '~' -> startsWith("~=") ? symbol(TokenKind.ANY_NE, 2) : symbol(TokenKind.MATCHES, 1);
            case '>' -> startsWith(">=") ? symbol(TokenKind.GE, 2) : symbol(TokenKind.GT, 1);
            case '<' -> startsWith("<=") ? symbol(TokenKind.LE, 2) : symbol(TokenKind.LT, 1);
            case '&' -> startsWith("&&") ? symbol(TokenKind.AND, 2) : symbol(TokenKind.BITWISE_AND, 1);
            case '|' -> startsWith("||") ? symbol(TokenKind.OR, 2) : symbol(TokenKind.OTHER, 1);
            case '^' -> startsWith("^^") ? symbol(TokenKind.XOR, 2) : symbol(TokenKind.OTHER, 1);
            default -> symbol(TokenKind.OTHER, Character.charCount(src.codePointAt(pos)));
        };
    }

    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == ':' || c == '-' || c == '/';
    }

    private char at(int i) {
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private boolean startsWith(String s) {
        return src.startsWith(s, pos);
    }

    private Token symbol(TokenKind kind, int length) {
        int start = pos;
        pos += length;
        return new Token(kind, src.substring(start, pos), new Span(start, pos));
    }

    private Token word(int start) {
        while (pos < src.length() && isWordChar(src.charAt(pos))) {
            if (src.charAt(pos) == '.' && at(pos + 1) == '.') break;
            pos++;
        }
        checkLength(start);
        String text = src.substring(start, pos);
        TokenKind kw = KEYWORDS.get(text);
        return new Token(kw != null ? kw : TokenKind.WORD, text, new Span(start, pos));
    }

    private void checkLength(int start) {
        if (pos - start > MAX_LITERAL_LENGTH) {
            throw new FilterError(ErrorCodes.TOO_COMPLEX, new Span(start, pos),
                    "This value is too long (" + (pos - start) + " characters, at most " + MAX_LITERAL_LENGTH + ").");
        }
    }

    private Token slice(int start) {
        int close = src.indexOf(']', start + 1);
        if (close < 0) {
            throw new FilterError(ErrorCodes.BAD_SLICE, new Span(start, src.length()),
                    "The right bracket was missing from a slice.");
        }
        pos = close + 1;
        return new Token(TokenKind.SLICE, src.substring(start + 1, close), new Span(start, pos));
    }

    /** A quoted string after the opening quote at {@code pos}; raw strings keep backslashes. */
    private Token string(int start, boolean raw) {
        pos++; // opening quote
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            if (pos >= src.length()) {
                throw new FilterError(ErrorCodes.BAD_STRING, new Span(start, src.length()),
                        "The final quote was missing from a quoted string.");
            }
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                break;
            }
            if (c == '\\') {
                escape(bytes, raw);
            } else {
                int cp = src.codePointAt(pos);
                byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                pos += Character.charCount(cp);
            }
            checkLength(start);
        }
        return new Token(TokenKind.STRING, new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1),
                new Span(start, pos));
    }

    private void escape(ByteArrayOutputStream bytes, boolean raw) {
        int start = pos;
        if (pos + 1 >= src.length()) {
            throw new FilterError(ErrorCodes.BAD_STRING, new Span(start - 1, src.length()),
                    "The final quote was missing from a quoted string.");
        }
        char e = src.charAt(pos + 1);
        if (raw) {
            bytes.write('\\');
            bytes.write(e);
            pos += 2;
            return;
        }
        pos += 2;
        switch (e) {
            case '\\', '"', '\'' -> bytes.write(e);
            case 'a' -> bytes.write(7);
            case 'b' -> bytes.write(8);
            case 'f' -> bytes.write(12);
            case 'n' -> bytes.write(10);
            case 'r' -> bytes.write(13);
            case 't' -> bytes.write(9);
            case 'v' -> bytes.write(11);
            case 'x' -> {
                int v = 0, n = 0;
                while (n < 2 && Character.digit(at(pos), 16) >= 0) {
                    v = v * 16 + Character.digit(src.charAt(pos++), 16);
                    n++;
                }
                if (n == 0) badEscape(start);
                bytes.write(v);
            }
            default -> {
                if (e >= '0' && e <= '7') {
                    int v = e - '0', n = 1;
                    while (n < 3 && at(pos) >= '0' && at(pos) <= '7') {
                        v = v * 8 + (src.charAt(pos++) - '0');
                        n++;
                    }
                    if (v > 0xff) badEscape(start);
                    bytes.write(v);
                } else {
                    badEscape(start);
                }
            }
        }
    }

    private void badEscape(int start) {
        throw new FilterError(ErrorCodes.BAD_STRING, new Span(start, pos),
                src.substring(start, pos) + " is not a valid character escape sequence");
    }
}
