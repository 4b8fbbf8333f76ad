/**
 * The PDF toolkit the booklet, the report and the minutes share: page writer, document layout, fonts, glyphs, line
 * breaking, tagging, PDF/A and PDF/UA, palette.
 * Knows no feature: uses PDFBox and the JDK only.
 */
package fr.deciderensemble.trophees.pdf;
