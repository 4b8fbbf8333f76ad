/**
 * The organisers, partners, supporters and jury members an edition prints.
 * Uses candidacy (themes of expertise), account (a member who judges), edition, media and platform.
 */
package fr.deciderensemble.trophees.contributors;
