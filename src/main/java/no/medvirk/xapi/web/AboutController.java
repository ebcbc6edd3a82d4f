package no.medvirk.xapi.web;

import no.medvirk.xapi.XapiJson;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /xapi/about: the versions this LRS speaks. Public, and needs no version header. */
@RestController
class AboutController {

    @GetMapping(path = "/xapi/about", produces = MediaType.APPLICATION_JSON_VALUE)
    String about() {
        var about = XapiJson.MAPPER.createObjectNode();
        about.putArray("version").add("1.0.3").add("2.0.0");
        about.putObject("extensions");
        return XapiJson.write(about);
    }
}
