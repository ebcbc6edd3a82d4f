/** The certificate as a PDF: PDF/A-2a, tagged for PDF/UA-1, with embedded fonts and a QR code. */
@NullMarked
package no.medvirk.certificate.pdf;

import org.jspecify.annotations.NullMarked;
