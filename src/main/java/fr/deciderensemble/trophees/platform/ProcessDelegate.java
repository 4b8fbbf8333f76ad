package fr.deciderensemble.trophees.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.inject.Qualifier;

/**
 * Marks a bean the process models call by its {@code @Named} name (as in {@code ${phases.enter(...)}}): the engine
 * gets every such bean without this package knowing the features that provide them.
 */
@Qualifier
@Retention(RUNTIME)
@Target({ TYPE, FIELD })
public @interface ProcessDelegate {
}
