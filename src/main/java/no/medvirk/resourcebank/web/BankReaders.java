package no.medvirk.resourcebank.web;

import no.medvirk.identity.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is asking over plain HTTP: anyone when the bank is public, else signed-in users; course admins see drafts. */
final class BankReaders {

    private BankReaders() {}

    static boolean mayRead(boolean bankIsPublic) {
        return bankIsPublic || signedIn() != null;
    }

    static boolean isCourseAdministrator() {
        Authentication user = signedIn();
        return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_"
                + Role.Names.COURSE_ADMIN) || a.getAuthority().equals("ROLE_" + Role.Names.ADMIN));
    }

    private static @org.jspecify.annotations.Nullable Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken) ? authentication : null;
    }
}
