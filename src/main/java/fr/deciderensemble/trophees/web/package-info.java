/**
 * The pages' shared parts: current user, messages, converters, error pages and the filters every request crosses.
 * Uses account, candidacy, jury, media and platform; the areas below use it.
 */
package fr.deciderensemble.trophees.web;
