/**
 * Staff's pages under /equipe/: editions, contributors, booklet, laureates, mails.
 * Uses web and any feature; nothing uses it.
 */
package fr.deciderensemble.trophees.web.staff;
