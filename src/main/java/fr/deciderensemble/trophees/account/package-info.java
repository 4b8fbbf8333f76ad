/**
 * Accounts: registration, confirmation, passwords and their policy, the first staff account.
 * Uses notification and platform.
 */
package fr.deciderensemble.trophees.account;
