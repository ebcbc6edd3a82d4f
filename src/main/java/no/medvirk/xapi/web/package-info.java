/** The xAPI REST resources under /xapi: statements, about; their own stateless security chain and error bodies. */
@NullMarked
package no.medvirk.xapi.web;

import org.jspecify.annotations.NullMarked;
