package fr.deciderensemble.trophees.platform;

import java.nio.charset.StandardCharsets;

/**
 * CSV for spreadsheets, built row by row: UTF-8 with a byte order mark and ";" separators, which is what French
 * spreadsheet software needs to read accents and columns right; fields quoted per RFC 4180, and text that a
 * spreadsheet would run as a formula made plain.
 */
public final class Csv {

    private static final String BOM = "\uFEFF";
    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n";
    /** What starts a formula: = + - @, and their full-width forms. */
    private static final String FORMULA_SIGNS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private final StringBuilder csv = new StringBuilder(BOM);

    public Csv row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(quoted(fields[i] instanceof String text ? inert(text) : String.valueOf(fields[i])));
        }
        csv.append(LINE_END);
        return this;
    }

    /** An empty line, between blocks. */
    public Csv blankLine() {
        csv.append(LINE_END);
        return this;
    }

    /** The CSV as text, starting with the byte order mark. */
    public String text() {
        return csv.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A label such as "=HYPERLINK(…)" would run as a formula when the file is opened in a spreadsheet, even behind
     * blanks (a space, a non-breaking space, a tab) or written with the full-width signs some keyboards type
     * ("＝"): a leading apostrophe makes it plain text.
     */
    static String inert(String text) {
        int first = 0;
        while (first < text.length() && (Character.isWhitespace(text.charAt(first))
                || Character.isSpaceChar(text.charAt(first)))) {
            first++;
        }
        boolean formula = first < text.length() && FORMULA_SIGNS.indexOf(text.charAt(first)) >= 0;
        return formula ? "'" + text : text;
    }

    private static String quoted(String field) {
        boolean needsQuotes = field.indexOf(SEPARATOR) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
