package no.medvirk.support;

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

/** What the browser's upload request does, in a Karibu test: the Upload's registered handler gets the file. */
public final class KaribuUploads {

    private KaribuUploads() {}

    public static void send(Upload upload, String fileName, String contentType, byte[] bytes) throws IOException {
        var target = URI.create(upload.getElement().getAttribute("target"));
        var resource = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, target).orElseThrow();
        var handler = (UploadHandler) resource.getElementRequestHandler();
        handler.handleUploadRequest(new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), fileName, bytes.length, contentType, upload.getElement(),
                new MockPart("file", fileName, bytes)));
        MockVaadin.clientRoundtrip(false);
    }
}
