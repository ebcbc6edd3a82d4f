/** Administration of the learning record store: LRS clients and a statement browser. */
@NullMarked
package no.medvirk.xapi.ui;

import org.jspecify.annotations.NullMarked;
