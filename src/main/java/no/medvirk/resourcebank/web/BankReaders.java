package no.medvirk.resourcebank.web;

import jakarta.servlet.http.HttpServletRequest;
import no.medvirk.identity.Role;

/**
 * Who is asking over plain HTTP: anyone when the bank is public, else signed-in users; course administrators also
 * get unpublished entries' files. Read from the request, which Spring Security's chain has wrapped with the
 * session's user (an anonymous visitor has no principal).
 */
final class BankReaders {

    private BankReaders() {}

    static boolean mayRead(HttpServletRequest request, boolean bankIsPublic) {
        return bankIsPublic || request.getUserPrincipal() != null;
    }

    static boolean isCourseAdministrator(HttpServletRequest request) {
        return request.getUserPrincipal() != null && (request.isUserInRole(Role.Names.COURSE_ADMIN)
                || request.isUserInRole(Role.Names.ADMIN));
    }
}
