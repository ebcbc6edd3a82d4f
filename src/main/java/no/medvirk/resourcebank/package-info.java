/**
 * The resource bank: resource persons (shown only with their recorded consent), methods, theories, open educational
 * resources, events with registration and a waiting list, and consultations (rådslag), with one search across them.
 * Depends on identity and shared (and reads course versions from catalog to show where a resource is used); nothing
 * depends on it.
 */
@NullMarked
package no.medvirk.resourcebank;

import org.jspecify.annotations.NullMarked;
