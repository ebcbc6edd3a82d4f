package no.medvirk.catalog;

import java.util.Set;

/**
 * The competence item ids that course files may name. Declared here so that the course import can check them without
 * knowing the module that owns the frameworks: that module ({@code competence}) provides the bean. Without one, the
 * import checks only the ids' form.
 */
@FunctionalInterface
public interface CompetenceItemIds {

    /** Every item id of the currently published competence frameworks. */
    Set<String> known();

    /**
     * Reads the frameworks again, before a reload of every course (the course administrator's "reload"), so that a
     * new item id and the courses using it can be published together.
     */
    default void reload() {}
}
