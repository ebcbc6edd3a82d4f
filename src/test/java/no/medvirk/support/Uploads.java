package no.medvirk.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.net.URI;
import org.springframework.mock.web.MockPart;

/** Uploads in Karibu view tests. */
public final class Uploads {

    private Uploads() {}

    /** What the browser's upload request does: the page's Upload component's registered handler receives the file. */
    public static void send(String fileName, byte[] bytes) throws IOException {
        var upload = _get(Upload.class);
        var target = URI.create(upload.getElement().getAttribute("target"));
        var resource = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, target).orElseThrow();
        var handler = (UploadHandler) resource.getElementRequestHandler();
        handler.handleUploadRequest(new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), fileName, bytes.length, "application/zip", upload.getElement(),
                new MockPart("file", fileName, bytes)));
        MockVaadin.clientRoundtrip(false);
    }
}
