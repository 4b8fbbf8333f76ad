/**
 * Public pages: home, palmarès, registration, confirmation, login.
 * Uses web and the features it shows; nothing uses it.
 */
package fr.deciderensemble.trophees.web.site;
