/** The learner's certificates, the public verification page and the course administrator's list. */
@NullMarked
package no.medvirk.certificate.ui;

import org.jspecify.annotations.NullMarked;
