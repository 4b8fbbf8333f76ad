/**
 * The REST API under /api: editions, their JSON and their documents; problem documents for every error.
 * Uses the features below it; nothing uses it.
 */
package fr.deciderensemble.trophees.api;
