package no.medvirk.resourcebank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts in the user's language: what to choose, and why a file was refused. */
final class UploadTexts {

    private UploadTexts() {}

    /**
     * @param chooseKey the button's text, for example "Velg fil …"
     * @param dropKey the text where a file can be dropped
     * @param tooBig the text for a file over the limit
     * @param wrongKind the text for a file of a kind the upload does not take
     */
    static UploadI18N of(Component owner, String chooseKey, String dropKey, String tooBig, String wrongKind) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation(dropKey)));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation(chooseKey)));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(owner.getTranslation("bank.upload.one-file"))
                .setFileIsTooBig(tooBig).setIncorrectFileType(wrongKind));
        i18n.setFile(new UploadI18N.File().setRemove(owner.getTranslation("bank.upload.remove"))
                .setRetry(owner.getTranslation("bank.upload.retry")).setStart(owner.getTranslation("bank.upload.start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(owner.getTranslation("bank.upload.connecting"))
                        .setProcessing(owner.getTranslation("bank.upload.processing"))
                        .setStalled(owner.getTranslation("bank.upload.stalled"))
                        .setHeld(owner.getTranslation("bank.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(owner.getTranslation("bank.upload.remaining"))
                        .setUnknown(owner.getTranslation("bank.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(owner.getTranslation("bank.upload.server-unavailable"))
                        .setUnexpectedServerError(owner.getTranslation("bank.upload.server-error"))
                        .setForbidden(owner.getTranslation("bank.upload.forbidden"))
                        .setFileTooLarge(tooBig)));
        return i18n;
    }
}
