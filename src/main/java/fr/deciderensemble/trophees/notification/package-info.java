/**
 * Mail: the outbox written in the same transaction as what it tells, and its delivery with back-off.
 * Uses media (a mail may carry a stored file) and platform.
 */
package fr.deciderensemble.trophees.notification;
