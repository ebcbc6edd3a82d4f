/** The bank's pages: search (/ressursbank), an entry, events (/arrangementer), one's own consents, administration. */
@NullMarked
package no.medvirk.resourcebank.ui;

import org.jspecify.annotations.NullMarked;
