package no.medvirk.xapi;

/** An attachment's content as it came in a multipart request (or goes out in one): its hash, type and bytes. */
public record AttachmentPart(String sha2, String contentType, byte[] content) {}
