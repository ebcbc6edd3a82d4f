/**
 * HTTP for the package player: a version's files under /pakkeinnhold with headers that keep the content to itself,
 * and the SCORM commit endpoint under /pakkeokt that scorm-again posts to.
 */
@NullMarked
package no.medvirk.packages.web;

import org.jspecify.annotations.NullMarked;
