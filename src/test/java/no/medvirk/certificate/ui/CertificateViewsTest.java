package no.medvirk.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.certificate.Certificate;
import no.medvirk.certificate.CertificateStatus;
import no.medvirk.certificate.Certificates;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonId;
import no.medvirk.learning.Enrolments;
import no.medvirk.shared.ui.AccessDeniedView;
import no.medvirk.support.KaribuViewTest;
import no.medvirk.support.TestCertificates;
import no.medvirk.support.TestLearners;
import no.medvirk.support.TestLearning;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CertificateViewsTest extends KaribuViewTest {

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    Enrolments enrolments;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    Certificates certificates;

    @Test
    void a_learner_without_certificates_is_told_how_to_get_one() {
        signInAs(TestLearners.create(people, organisations));

        UI.getCurrent().navigate("kursbevis");

        assertThat(_get(H1.class).getText()).isEqualTo("Mine kursbevis");
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Ingen kursbevis ennå");
    }

    @Test
    void a_learner_sees_their_certificate_with_download_and_the_verification_link() throws Exception {
        String username = TestLearners.create(people, organisations);
        Certificate certificate = complete(people.findByUsername(username).orElseThrow().id());
        signInAs(username);

        UI.getCurrent().navigate("kursbevis");

        assertThat(_find(H2.class).stream().map(H2::getText))
                .containsExactly("Eksempelkurs: slik fungerer et Medvirk-kurs");
        Anchor download = _get(Anchor.class, spec -> spec.withText("Last ned PDF"));
        assertThat(download.getHref()).isEqualTo("kursbevis/" + certificate.id() + ".pdf");
        assertThat(download.getElement().getAttribute("aria-label"))
                .isEqualTo("Last ned kursbeviset for Eksempelkurs: slik fungerer et Medvirk-kurs som PDF");
        TextField link = _get(TextField.class);
        assertThat(link.getValue()).isEqualTo(certificates.verifyUrl(certificate));
        assertThat(link.isReadOnly()).isTrue();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Kode: " + certificate.code());
        _click(_get(Button.class, spec -> spec.withText("Kopier lenken")));
    }

    @Test
    void anyone_signed_out_can_verify_a_valid_code_and_sees_only_name_course_date_and_issuer() throws Exception {
        Certificate certificate = complete(people.findByUsername(TestLearners.create(people, organisations))
                .orElseThrow().id());

        UI.getCurrent().navigate("verifiser/" + certificate.code());

        assertThat(_get(H1.class).getText()).isEqualTo("Kontroller kursbevis");
        assertThat(_get(H2.class).getText()).isEqualTo("Kursbeviset er gyldig");
        assertThat(_get(DescriptionList.class).getElement().getTextRecursively()).contains("Navn", "Lene Lærer",
                "Kurs", "Eksempelkurs: slik fungerer et Medvirk-kurs", "Fullført", "Utstedt av", "Fjordvik kommune")
                .doesNotContain(certificate.id().toString());
    }

    @Test
    void a_revoked_code_shows_as_revoked_and_a_wrong_one_as_unknown() throws Exception {
        Certificate certificate = complete(people.findByUsername(TestLearners.create(people, organisations))
                .orElseThrow().id());
        certificates.revoke(certificate.id(), "Feil person", people.findByUsername("kursadmin").orElseThrow().id());

        UI.getCurrent().navigate("verifiser/" + certificate.code());
        assertThat(_get(H2.class).getText()).isEqualTo("Kursbeviset er trukket tilbake");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Det ble trukket tilbake ") && text.endsWith("og gjelder ikke lenger."));

        UI.getCurrent().navigate("verifiser/ZZZZZ-ZZZZZ-ZZZZZ");
        assertThat(_get(H2.class).getText()).isEqualTo("Ukjent kode");
        assertThat(_find(DescriptionList.class)).isEmpty();
    }

    @Test
    void typing_a_code_and_checking_it_opens_its_verification() throws Exception {
        Certificate certificate = complete(people.findByUsername(TestLearners.create(people, organisations))
                .orElseThrow().id());
        UI.getCurrent().navigate("verifiser");
        assertThat(_find(H2.class)).isEmpty();

        setValue(_get(TextField.class), certificate.code().toLowerCase());
        _click(_get(Button.class, spec -> spec.withText("Kontroller")));

        assertThat(currentPath()).isEqualTo("verifiser/" + certificate.code().toLowerCase());
        assertThat(_get(H2.class).getText()).isEqualTo("Kursbeviset er gyldig");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_course_admin_revokes_with_a_reason_and_reissues_from_the_list() throws Exception {
        Certificate certificate = complete(people.findByUsername(TestLearners.create(people, organisations))
                .orElseThrow().id());
        Certificate other = complete(people.findByUsername(TestLearners.create(people, organisations))
                .orElseThrow().id());
        signInAs("kursadmin");
        UI.getCurrent().navigate("kursbevis-admin");
        assertThat(_get(H1.class).getText()).isEqualTo("Kursbevis");
        Grid<Certificate> grid = _get(Grid.class);
        assertThat(grid.getListDataView().getItems().map(Certificate::id)).contains(certificate.id(), other.id());
        assertThat(_get(Anchor.class, spec -> spec.withText("Last ned som zip")).getHref())
                .startsWith("kursbevis/arkiv.zip?course=");

        var dialog = new RevokeDialog(certificates, certificate, people.findByUsername("kursadmin").orElseThrow().id(),
                () -> {});
        dialog.open();
        _click(_get(dialog, Button.class, spec -> spec.withText("Trekk tilbake")));
        assertThat(_get(TextArea.class).isInvalid()).isTrue();
        assertThat(certificates.find(certificate.id()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
        setValue(_get(TextArea.class), "Registrert på feil person");
        _click(_get(dialog, Button.class, spec -> spec.withText("Trekk tilbake")));
        assertThat(certificates.find(certificate.id()).orElseThrow().status()).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void a_learner_cannot_open_the_administrators_list() {
        signInAs(TestLearners.create(people, organisations));

        UI.getCurrent().navigate("kursbevis-admin");

        _get(AccessDeniedView.class);
    }

    private Certificate complete(PersonId person) throws InterruptedException {
        var enrolment = enrolments.start(person, "eksempelkurs");
        TestLearning.complete(enrolments, catalog, enrolment);
        return TestCertificates.issuedFor(certificates, person, Duration.ofSeconds(20));
    }
}
