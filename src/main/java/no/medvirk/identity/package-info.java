/** People, organisations and units, roles, sign-in, self-registration and the demo accounts. */
@NullMarked
package no.medvirk.identity;

import org.jspecify.annotations.NullMarked;
