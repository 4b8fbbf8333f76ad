/**
 * Laureates and their recognition, the texts the booklet prints of them, and the public palmarès.
 * Uses jury (whose decisions it publishes), candidacy, account, edition, media, notification (the results mails)
 * and platform.
 */
package fr.deciderensemble.trophees.palmares;
