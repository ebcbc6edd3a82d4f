package no.medvirk.resourcebank.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import no.medvirk.resourcebank.BankFile;
import no.medvirk.resourcebank.BankFiles;
import no.medvirk.resourcebank.FileChange;
import no.medvirk.resourcebank.FileInfo;
import no.medvirk.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * An open resource's file in the editor: the file it has, which can be removed, and an upload for a new one. A file
 * is checked as soon as it arrives (size, kind, content); a refused one is named with the reason and changes
 * nothing. The file is stored only when the entry is saved.
 */
class ResourceFileField extends Div {

    private final BankFiles files;
    private final Paragraph status = new Paragraph();
    private final Checkbox remove = new Checkbox();
    private final Upload upload;
    private @Nullable BankFile pending;

    ResourceFileField(BankFiles files, @Nullable FileInfo current) {
        this.files = files;
        addClassName("resource-file");
        long maxBytes = files.maxBytes();
        long maxMb = Math.max(1, maxBytes / (1024 * 1024));
        String kinds = String.join(", ", BankFiles.extensions().stream().map(e -> e.substring(1)).toList());
        var help = new Paragraph(getTranslation("bank.file.help", maxMb, kinds));
        help.setId("resource-file-help");
        add(new H3(getTranslation("bank.field.file")));
        if (current != null) {
            add(new Paragraph(getTranslation("bank.file.current", current.name(),
                    FileSizes.format(current.size(), getLocale()))));
            remove.setLabel(getTranslation("bank.file.remove"));
            add(remove);
        }
        InMemoryUploadHandler handler = new InMemoryUploadHandler((metadata, bytes) -> arrived(metadata.fileName(),
                bytes)) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }
        };
        upload = new Upload((UploadHandler) handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(BankFiles.extensions().toArray(String[]::new));
        upload.setI18n(UploadTexts.of(this, "bank.file.choose", "bank.file.drop",
                getTranslation("bank.file.too-big-any", maxMb), getTranslation("bank.file.kind-any", kinds)));
        upload.getElement().setAttribute("aria-describedby", "resource-file-help");
        upload.addFileRejectedListener(event -> refused(event.getErrorMessage()));
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("resource-file-status");
        add(help, upload, status);
    }

    private void arrived(String fileName, byte[] bytes) {
        try {
            pending = files.accept(fileName, bytes);
            status.setText(getTranslation("bank.file.ready", pending.name(),
                    FileSizes.format(pending.size(), getLocale())));
            status.getElement().removeAttribute("role");
        } catch (DomainException e) {
            refused(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void refused(String reason) {
        pending = null;
        upload.clearFileList();
        status.setText(reason + " " + getTranslation("bank.file.nothing-changed"));
        status.getElement().setAttribute("role", "alert");
    }

    /** What saving should do with the entry's file. */
    FileChange change() {
        if (pending != null) {
            return FileChange.replaceWith(pending);
        }
        return remove.getValue() ? FileChange.REMOVE : FileChange.KEEP;
    }

    @Nullable BankFile pending() {
        return pending;
    }

    /** A rule about the file that the bank found broken on saving. */
    void showError(String message) {
        status.setText(message);
        status.getElement().setAttribute("role", "alert");
    }
}
