/**
 * The PDF toolkit the booklet and the report share: page writer, glyphs, line breaking, tagging, PDF/A and PDF/UA, palette.
 * Knows no feature: uses PDFBox and the JDK only.
 */
package fr.deciderensemble.trophees.pdf;
