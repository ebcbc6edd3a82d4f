/** Certificate downloads over plain HTTP: one PDF for its owner, a zip of many for course administrators. */
@NullMarked
package no.medvirk.certificate.web;

import org.jspecify.annotations.NullMarked;
