package no.medvirk.identity;

import java.util.UUID;

/** A unit member as read for a leader's lists: a plain row, so that no person entity (nor its roles) is loaded. */
record MemberRow(UUID id, String fullName, String email, boolean active, UUID unitId) {}
