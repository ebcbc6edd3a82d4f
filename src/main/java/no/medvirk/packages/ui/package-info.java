/** What course administrators see of packages: the upload and the list of imported packages and their versions. */
@NullMarked
package no.medvirk.packages.ui;

import org.jspecify.annotations.NullMarked;
