package no.medvirk.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.UUID;
import no.medvirk.catalog.CourseMedia;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The controller's own guard, for paths that get past the servlet container and the security firewall. */
class CourseMediaControllerTest {

    static final UUID VERSION = UUID.fromString("0190a6c2-0000-7000-8000-000000000001");

    final CourseMedia media = mock(CourseMedia.class);
    final CourseMediaController controller = new CourseMediaController(media);

    @ParameterizedTest
    @ValueSource(strings = {"kurs/media/../../hemmelig.png", "kurs/media/..%2F..%2Fhemmelig.png",
            "kurs/media/%2e%2e/hemmelig.png", "kurs\\media\\bilde.png", "kurs/media/..%5Cbilde.png",
            "kurs//media/bilde.png", "kurs/./media/bilde.png", "kurs/media/bilde.png%00.png", "kurs/course.yaml",
            "kurs/lessons/a.md", "kurs/media/bilde.html", "kurs/media/%zz.png"})
    void traversal_and_anything_but_media_is_not_found_without_asking_the_store(String path) {
        when(media.find(any(), anyString())).thenReturn(Optional.of(new CourseMedia.File("image/png", "abc",
                new byte[] {1})));

        var response = controller.media(VERSION.toString(), request("/kursmedia/" + VERSION + "/" + path));

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        verify(media, never()).find(any(), anyString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ikke-en-uuid", "..", "%2e%2e"})
    void a_malformed_version_id_is_not_found(String version) {
        var response = controller.media(version, request("/kursmedia/" + version + "/kurs/media/bilde.png"));

        assertThat(response.getStatusCode().value()).isEqualTo(404);
    }

    @org.junit.jupiter.api.Test
    void a_path_the_version_holds_is_served_decoded() {
        when(media.find(VERSION, "kurs/media/blå fjell.png")).thenReturn(Optional.of(new CourseMedia.File(
                "image/png", "abc", new byte[] {1, 2})));

        var response = controller.media(VERSION.toString(),
                request("/kursmedia/" + VERSION + "/kurs/media/bl%C3%A5%20fjell.png"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getCacheControl()).contains("immutable");
    }

    private static MockHttpServletRequest request(String uri) {
        var request = new MockHttpServletRequest("GET", uri);
        request.setRequestURI(uri);
        return request;
    }
}
