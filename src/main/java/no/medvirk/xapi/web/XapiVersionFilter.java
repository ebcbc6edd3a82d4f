package no.medvirk.xapi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.medvirk.xapi.XapiVersion;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every xAPI request names its version in X-Experience-API-Version and every response names the one served.
 * A missing or unsupported version is refused with 400 before anything else happens (about and CORS preflight
 * excepted).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class XapiVersionFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Experience-API-Version";
    static final String ATTRIBUTE = "no.medvirk.xapi.XapiVersion";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/xapi/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HEADER);
        Optional<XapiVersion> version = header == null ? Optional.empty() : XapiVersion.parse(header);
        boolean exempt = "OPTIONS".equals(request.getMethod()) || request.getRequestURI().endsWith("/xapi/about");
        response.setHeader(HEADER, version.orElse(XapiVersion.V2_0_0).header());
        if (version.isEmpty() && !exempt) {
            XapiErrors.write(response, 400, header == null
                    ? "The X-Experience-API-Version header is missing"
                    : "X-Experience-API-Version " + header + " is not supported; use 1.0.3 or 2.0.0");
            return;
        }
        request.setAttribute(ATTRIBUTE, version.orElse(XapiVersion.V2_0_0));
        chain.doFilter(request, response);
    }
}
