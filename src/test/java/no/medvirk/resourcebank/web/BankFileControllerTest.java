package no.medvirk.resourcebank.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import no.medvirk.resourcebank.Actor;
import no.medvirk.resourcebank.BankFiles;
import no.medvirk.resourcebank.EntryForm;
import no.medvirk.resourcebank.EntryKind;
import no.medvirk.resourcebank.ResourceBank;
import no.medvirk.resourcebank.SampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** /ressursbank/&lt;id&gt;/fil through the real security chains, as a browser or another page's link gets it. */
@SpringBootTest
class BankFileControllerTest {

    static final Actor ADMIN = new Actor(UUID.randomUUID(), "Test Admin");

    @Autowired
    WebApplicationContext web;

    @Autowired
    ResourceBank bank;

    @Autowired
    BankFiles files;

    @Autowired
    UserDetailsService users;

    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void a_document_is_downloaded_by_anyone_with_its_name_its_checked_type_and_nosniff() throws Exception {
        UUID id = resource("Håndbok for brukerråd.pdf", SampleFiles.pdf(), true);

        mvc.perform(get("/ressursbank/" + id + "/fil")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", allOf(startsWith("attachment;"),
                        containsString("filename*=UTF-8''H%C3%A5ndbok%20for%20brukerr%C3%A5d.pdf"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", BankFileController.POLICY))
                .andExpect(content().bytes(SampleFiles.pdf()));
    }

    @Test
    void an_image_is_shown_in_place_and_an_unchanged_file_is_not_sent_again() throws Exception {
        UUID id = resource("plakat.png", SampleFiles.png(), true);
        String etag = mvc.perform(get("/ressursbank/" + id + "/fil")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", allOf(startsWith("inline;"),
                        containsString("plakat.png"))))
                .andReturn().getResponse().getHeader("ETag");

        mvc.perform(get("/ressursbank/" + id + "/fil").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void an_unpublished_resources_file_is_not_found_except_by_a_course_administrator() throws Exception {
        UUID id = resource("utkast.pdf", SampleFiles.pdf(), false);

        mvc.perform(get("/ressursbank/" + id + "/fil")).andExpect(status().isNotFound());
        mvc.perform(get("/ressursbank/" + id + "/fil").with(user(users.loadUserByUsername("deltaker"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ressursbank/" + id + "/fil").with(user(users.loadUserByUsername("kursadmin"))))
                .andExpect(status().isOk());
    }

    @Test
    void an_entry_without_a_file_or_an_address_that_is_not_an_entry_is_not_found() throws Exception {
        UUID withLinkOnly = bank.create(form("Bare lenke " + UUID.randomUUID(), "https://example.org/x"), ADMIN);
        bank.setPublished(withLinkOnly, true, ADMIN);

        mvc.perform(get("/ressursbank/" + withLinkOnly + "/fil")).andExpect(status().isNotFound());
        mvc.perform(get("/ressursbank/" + UUID.randomUUID() + "/fil")).andExpect(status().isNotFound());
        mvc.perform(get("/ressursbank/ikke-en-id/fil")).andExpect(status().isNotFound());
    }

    private UUID resource(String fileName, byte[] bytes, boolean published) {
        UUID id = bank.create(form("Ressurs med fil " + UUID.randomUUID(), ""), files.accept(fileName, bytes),
                ADMIN);
        if (published) {
            bank.setPublished(id, true, ADMIN);
        }
        return id;
    }

    private static EntryForm form(String title, String link) {
        return new EntryForm(EntryKind.RESOURCE, title, "Kort.", "", "", "", List.of(), List.of(), null, null,
                List.of("nb"), "", null, "", null, link, "cc-by", null, null, "", "", "", null, false, "", "", null,
                null);
    }
}
