/**
 * Who is signed in: the authentication mechanism, logins and their throttling.
 * Uses account, notification and platform.
 */
package fr.deciderensemble.trophees.security;
