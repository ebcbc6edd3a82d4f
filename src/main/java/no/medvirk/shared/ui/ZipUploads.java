package no.medvirk.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Consumer;

/**
 * One zip file uploaded to a temporary file, for the course and package uploads: the size limit enforced on the
 * server as well as in the browser, and every text of the component from the bundles under one key prefix
 * ({@code <prefix>.drop}, {@code .choose}, {@code .too-big}, ...).
 */
public final class ZipUploads {

    private static final long MB = 1024 * 1024;

    private ZipUploads() {}

    /**
     * An Upload that takes one zip of at most {@code maxBytes}: {@code received} gets the temporary file, which is
     * deleted and cleared from the list afterwards; {@code rejected} the message for a file the browser turned away.
     */
    public static Upload create(Component owner, String prefix, long maxBytes, Consumer<File> received,
            Consumer<String> rejected) {
        var upload = new Upload();
        upload.setUploadHandler(new TemporaryFileUploadHandler((metadata, file) -> {
            try {
                received.accept(file);
            } finally {
                upload.clearFileList();
                delete(file);
            }
        }) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setI18n(i18n(owner, prefix, maxBytes));
        upload.addFileRejectedListener(event -> rejected.accept(event.getErrorMessage()));
        return upload;
    }

    private static UploadI18N i18n(Component owner, String prefix, long maxBytes) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(text(owner, prefix, "drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(text(owner, prefix, "choose")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(text(owner, prefix, "one-file"))
                .setFileIsTooBig(owner.getTranslation(prefix + ".too-big", maxBytes / MB))
                .setIncorrectFileType(text(owner, prefix, "not-zip")));
        i18n.setFile(new UploadI18N.File().setRemove(text(owner, prefix, "remove"))
                .setRetry(text(owner, prefix, "retry")).setStart(text(owner, prefix, "start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(text(owner, prefix, "connecting"))
                        .setProcessing(text(owner, prefix, "processing"))
                        .setStalled(text(owner, prefix, "stalled"))
                        .setHeld(text(owner, prefix, "held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(text(owner, prefix, "remaining"))
                        .setUnknown(text(owner, prefix, "remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(text(owner, prefix, "server-unavailable"))
                        .setUnexpectedServerError(text(owner, prefix, "server-error"))
                        .setForbidden(text(owner, prefix, "forbidden"))
                        .setFileTooLarge(owner.getTranslation(prefix + ".too-big", maxBytes / MB))));
        return i18n;
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            // A temporary file; the system's cleanup takes it.
        }
    }

    private static String text(Component owner, String prefix, String key) {
        return owner.getTranslation(prefix + "." + key);
    }
}
