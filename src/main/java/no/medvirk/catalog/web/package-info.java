/** Course media (images, captions, videos) for signed-in learners, straight from the course sources. */
@NullMarked
package no.medvirk.catalog.web;

import org.jspecify.annotations.NullMarked;
