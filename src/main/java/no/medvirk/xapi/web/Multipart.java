package no.medvirk.xapi.web;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.medvirk.xapi.AttachmentPart;
import no.medvirk.xapi.XapiException;
import org.jspecify.annotations.Nullable;

/**
 * xAPI's multipart/mixed: statements in the first part (application/json), then one part per attachment with its
 * X-Experience-API-Hash and Content-Transfer-Encoding: binary. Read from requests, written into responses.
 */
final class Multipart {

    static final String HASH = "X-Experience-API-Hash";

    private Multipart() {}

    /** A request's statements JSON and attachment parts, checked part by part. */
    record Request(String json, Map<String, AttachmentPart> attachments) {}

    static boolean is(@Nullable String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/mixed");
    }

    static Request read(String contentType, byte[] body) {
        try {
            var multipart = new MimeMultipart(new ByteArrayDataSource(body, contentType));
            if (multipart.getCount() == 0) {
                throw XapiException.badRequest("The multipart request has no parts");
            }
            var first = multipart.getBodyPart(0);
            if (first.getContentType() == null || !first.getContentType().toLowerCase(Locale.ROOT)
                    .startsWith("application/json")) {
                throw XapiException.badRequest("The first part must be application/json, the statements");
            }
            String json = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, AttachmentPart> attachments = new LinkedHashMap<>();
            for (int i = 1; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                String[] hash = part.getHeader(HASH);
                if (hash == null || hash.length != 1) {
                    throw XapiException.badRequest("Part " + (i + 1) + " has no X-Experience-API-Hash header");
                }
                String[] encoding = part.getHeader("Content-Transfer-Encoding");
                if (encoding == null || !"binary".equalsIgnoreCase(encoding[0].strip())) {
                    throw XapiException.badRequest("Part " + (i + 1) + " needs Content-Transfer-Encoding: binary");
                }
                byte[] content = ((MimeBodyPart) part).getRawInputStream().readAllBytes();
                String type = part.getContentType() == null ? "application/octet-stream" : part.getContentType();
                attachments.put(hash[0].strip(), new AttachmentPart(hash[0].strip(), type, content));
            }
            return new Request(json, attachments);
        } catch (MessagingException | IOException e) {
            throw XapiException.badRequest("The multipart/mixed body cannot be read: " + e.getMessage());
        }
    }

    /** A response of statements (JSON) with the attachments they refer to; returns the content type and bytes. */
    static Map.Entry<String, byte[]> write(String json, List<AttachmentPart> attachments) {
        try {
            var multipart = new MimeMultipart("mixed");
            multipart.addBodyPart(part("application/json", null, json.getBytes(StandardCharsets.UTF_8)));
            for (AttachmentPart attachment : attachments) {
                multipart.addBodyPart(part(attachment.contentType(), attachment.sha2(), attachment.content()));
            }
            var out = new ByteArrayOutputStream();
            multipart.writeTo(out);
            String contentType = multipart.getContentType().replaceAll("\\r\\n\\s*", " ");
            return Map.entry(contentType, out.toByteArray());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not write a multipart response", e);
        }
    }

    private static MimeBodyPart part(String contentType, @Nullable String sha2, byte[] content)
            throws MessagingException {
        var headers = new InternetHeaders();
        headers.setHeader("Content-Type", contentType);
        if (sha2 != null) {
            headers.setHeader("Content-Transfer-Encoding", "binary");
            headers.setHeader(HASH, sha2);
        }
        return new MimeBodyPart(headers, content);
    }
}
