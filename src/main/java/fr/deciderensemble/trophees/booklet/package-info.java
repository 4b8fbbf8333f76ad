/**
 * The laureate booklet: its print model (Booklet), its layout (BookletPdf) and the store of published copies; staff's logos.
 * Uses palmares, jury, contributors, media, edition, pdf and platform.
 */
package fr.deciderensemble.trophees.booklet;
