package no.medvirk.certificate.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import no.medvirk.certificate.Certificate;
import no.medvirk.certificate.Certificates;
import no.medvirk.identity.OrganisationId;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Role;
import no.medvirk.shared.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * /kursbevis/&lt;id&gt;.pdf: a certificate's PDF for its owner or a course administrator; anyone else gets 404, as if
 * it did not exist (ids are not secrets, but they tell nothing either). /kursbevis/arkiv.zip: the certificates of a
 * course and organisation as one zip, for course administrators only. Signed-out requests never get here: the
 * security chain sends them to the login page.
 */
@RestController
class CertificateDownloads {

    private final Certificates certificates;

    CertificateDownloads(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/kursbevis/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        UUID certificateId = uuid(id);
        if (certificateId == null) {
            return ResponseEntity.notFound().build();
        }
        Optional<Certificate> certificate = certificates.find(certificateId)
                .filter(c -> c.person().equals(new PersonId(user.personId())) || user.hasRole(Role.Names.COURSE_ADMIN));
        return certificate.map(c -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(Certificates.fileName(c)).build().toString())
                .body(certificates.pdf(c))).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/kursbevis/arkiv.zip")
    void zip(@RequestParam(required = false) @Nullable String course,
            @RequestParam(required = false) @Nullable String organisation, @AuthenticationPrincipal SignedInUser user,
            HttpServletResponse response) throws IOException {
        UUID organisationId = organisation == null || organisation.isBlank() ? null : uuid(organisation);
        if (!user.hasRole(Role.Names.COURSE_ADMIN) || (organisation != null && !organisation.isBlank()
                && organisationId == null)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var list = certificates.search(course == null || course.isBlank() ? null : course,
                organisationId == null ? null : new OrganisationId(organisationId));
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("kursbevis" + (course == null || course.isBlank() ? "" : "-" + course) + ".zip").build()
                .toString());
        certificates.zip(list, response.getOutputStream());
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
