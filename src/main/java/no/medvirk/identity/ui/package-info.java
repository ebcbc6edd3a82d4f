/** Sign-in, registration, the role-based home, a leader's units and the administration of people and organisations. */
@NullMarked
package no.medvirk.identity.ui;

import org.jspecify.annotations.NullMarked;
