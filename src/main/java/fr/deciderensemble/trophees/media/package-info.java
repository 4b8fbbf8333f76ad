/**
 * Images the application keeps (logos): stored once, checked by their bytes.
 * Uses platform only.
 */
package fr.deciderensemble.trophees.media;
