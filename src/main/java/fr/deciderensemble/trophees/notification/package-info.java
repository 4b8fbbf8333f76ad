/**
 * Mail: the outbox written in the same transaction as what it tells, and its delivery with back-off.
 * Uses platform only.
 */
package fr.deciderensemble.trophees.notification;
