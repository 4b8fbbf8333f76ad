/**
 * The organisers, partners, supporters and jury members an edition prints.
 * Uses edition, media and platform.
 */
package fr.deciderensemble.trophees.contributors;
