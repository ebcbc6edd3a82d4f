/** The framework file format under courses/competence/: reading and checking it, rule by rule, with file and line. */
@NullMarked
package no.medvirk.competence.source;

import org.jspecify.annotations.NullMarked;
