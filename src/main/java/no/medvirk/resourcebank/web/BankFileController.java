package no.medvirk.resourcebank.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.medvirk.resourcebank.BankFiles;
import no.medvirk.resourcebank.ResourceBank;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * /ressursbank/&lt;entry id&gt;/fil: an open resource's uploaded file, at an address that stays the same when the file
 * is replaced. To whoever may read the bank, for published entries; course administrators get unpublished ones too.
 * Images, audio and video are shown in place, everything else is downloaded; the type is the one the upload was
 * checked to be, and the browser is told not to guess another ({@code nosniff}) nor run anything in it.
 */
@RestController
class BankFileController {

    static final String POLICY = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'";

    private final BankFiles files;
    private final ResourceBank bank;

    BankFileController(BankFiles files, ResourceBank bank) {
        this.files = files;
        this.bank = bank;
    }

    @GetMapping("/ressursbank/{id}/fil")
    ResponseEntity<byte[]> file(@PathVariable String id, HttpServletRequest request) {
        if (!BankReaders.mayRead(request, bank.isOpenToPublic())) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        UUID entryId;
        try {
            entryId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        return files.download(entryId, BankReaders.isCourseAdministrator(request)).map(file -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.info().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, (file.inline() ? ContentDisposition.inline()
                        : ContentDisposition.attachment()).filename(file.info().name(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", POLICY)
                // The address stays when the file is replaced or unpublished: ask again each time, by its hash.
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag(file.info().sha256())
                .body(file.bytes())).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
