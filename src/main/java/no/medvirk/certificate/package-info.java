/**
 * Course certificates (kursbevis): issued once per person and course version when the LRS records the course
 * completed or passed, rendered as tagged PDF/A, verified in public by their code, revoked and reissued by course
 * administrators.
 */
@NullMarked
package no.medvirk.certificate;

import org.jspecify.annotations.NullMarked;
