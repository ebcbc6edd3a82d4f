package no.medvirk.resourcebank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import java.util.function.Supplier;
import no.medvirk.identity.Role;
import no.medvirk.resourcebank.Accounts;
import no.medvirk.resourcebank.Actor;
import no.medvirk.resourcebank.BankFiles;
import no.medvirk.resourcebank.BankTransfers;
import no.medvirk.resourcebank.Change;
import no.medvirk.resourcebank.Consent;
import no.medvirk.resourcebank.Consents;
import no.medvirk.resourcebank.Consultations;
import no.medvirk.resourcebank.Entry;
import no.medvirk.resourcebank.EntryForm;
import no.medvirk.resourcebank.EntryKind;
import no.medvirk.resourcebank.Events;
import no.medvirk.resourcebank.FileInfo;
import no.medvirk.resourcebank.Registrant;
import no.medvirk.resourcebank.ResourceBank;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.ui.Pages;
import no.medvirk.shared.ui.UserMessages;
import org.jspecify.annotations.Nullable;

/**
 * The bank for course administrators: every entry, published or not; create, edit, publish and unpublish; an
 * entry's change history, a person's consents, an event's registrations, a consultation's input; CSV per kind.
 */
@Route("kursadmin/ressursbank")
@Menu(title = "menu.resourcebank-admin", order = 36, icon = "vaadin:archive")
@RolesAllowed({Role.Names.COURSE_ADMIN, Role.Names.ADMIN})
public class BankAdminView extends Main implements HasDynamicTitle {

    private final ResourceBank bank;
    private final Consents consents;
    private final Events events;
    private final Consultations consultations;
    private final Accounts accounts;
    private final BankFiles files;
    private final Actor actor;
    private final Grid<Entry> grid = new Grid<>();
    private final Select<EntryKind> kind = new Select<>();
    private final Div details = new Div();
    private final DateTimeFormatter format;

    public BankAdminView(ResourceBank bank, Consents consents, Events events, Consultations consultations,
            BankTransfers transfers, Accounts accounts, BankFiles files, CurrentUser currentUser) {
        this.bank = bank;
        this.accounts = accounts;
        this.files = files;
        this.consents = consents;
        this.events = events;
        this.consultations = consultations;
        this.actor = Actor.of(currentUser.require());
        format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        addClassName("page");
        kind.setLabel(getTranslation("bank.admin.kind"));
        kind.setItems(EntryKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.i18nKey()));
        kind.setValue(EntryKind.METHOD);
        var create = new Button(getTranslation("bank.admin.new"), click -> edit(null,
                EntryForm.empty(kind.getValue())));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var export = download(() -> transfers.export(kind.getValue()), () -> "ressursbank-" + kind.getValue().code()
                + ".csv", "bank.admin.export");
        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            try {
                int count = transfers.importCsv(kind.getValue(), data, actor);
                UserMessages.success(this, "bank.admin.imported", count);
                refresh();
            } catch (DomainException e) {
                details.removeAll();
                var problem = new Paragraph(getTranslation(e.messageKey(), e.arguments()));
                problem.getElement().setAttribute("role", "alert");
                details.add(problem);
            }
        }));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this, "bank.csv.choose", "bank.csv.drop", getTranslation("bank.csv.too-big"),
                getTranslation("bank.csv.not-csv")));
        var toolbar = new FlexLayout(kind, create, export);
        toolbar.addClassName("toolbar");
        grid.addColumn(e -> getTranslation(e.kind().i18nKey())).setHeader(getTranslation("bank.admin.kind"))
                .setAutoWidth(true);
        grid.addColumn(Entry::title).setHeader(getTranslation("bank.field.title")).setFlexGrow(3);
        grid.addColumn(e -> getTranslation(e.published() ? "bank.admin.published" : "bank.admin.draft"))
                .setHeader(getTranslation("bank.admin.status")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("bank.admin.title")), new Paragraph(getTranslation("bank.admin.intro")), toolbar,
                new Paragraph(getTranslation("bank.admin.import-help")), upload, grid, details);
        refresh();
    }

    private void edit(@Nullable UUID id, EntryForm form) {
        new EntryEditor(bank, accounts, files, actor, id, form, this::refreshAndShow).open();
    }

    private void refresh() {
        grid.setItems(bank.all());
    }

    private void refreshAndShow(UUID id) {
        refresh();
        bank.findForAdmin(id).ifPresent(grid::select);
    }

    private void show(Entry entry) {
        details.removeAll();
        if (entry == null) {
            return;
        }
        Entry current = bank.findForAdmin(entry.id()).orElse(entry);
        var edit = new Button(getTranslation("bank.admin.edit"), click -> edit(current.id(), current.content()));
        var publish = new Button(getTranslation(current.published() ? "bank.admin.unpublish" : "bank.admin.publish"),
                click -> {
                    bank.setPublished(current.id(), !current.published(), actor);
                    refreshAndShow(current.id());
                });
        var actions = new FlexLayout(edit, publish);
        actions.addClassName("toolbar");
        details.add(new H2(current.title()), actions);
        if (current.published()) {
            details.add(new Paragraph(new Anchor(current.path(), getTranslation("bank.admin.open-page"))));
        }
        switch (current.kind()) {
            case PERSON -> consentSection(current);
            case RESOURCE -> files.info(current.id()).ifPresent(file -> {
                var download = new Anchor(FileInfo.path(current.id()), getTranslation("bank.file.download",
                        file.name(), FileSizes.format(file.size(), getLocale())));
                download.setRouterIgnore(true);
                details.add(new Paragraph(download));
            });
            case EVENT -> registrantSection(current);
            case CONSULTATION -> details.add(new H2(getTranslation("bank.admin.input")), new Paragraph(
                    getTranslation("bank.admin.input-count", consultations.inputs(current.id()).size())),
                    download(() -> consultations.csv(current.id(), this::getTranslation),
                            () -> "radslag-" + current.id() + ".csv", "bank.admin.export-input"));
            default -> { }
        }
        var history = new Grid<Change>();
        history.addColumn(c -> format.format(c.at())).setHeader(getTranslation("bank.admin.when")).setAutoWidth(true);
        history.addColumn(Change::actorName).setHeader(getTranslation("bank.admin.who")).setAutoWidth(true);
        history.addColumn(c -> getTranslation(c.action().i18nKey())).setHeader(getTranslation("bank.admin.what"));
        history.addColumn(Change::detail).setHeader(getTranslation("bank.admin.detail")).setFlexGrow(2);
        history.setItems(bank.history(current.id()));
        history.setAllRowsVisible(true);
        details.add(new H2(getTranslation("bank.admin.history")), history);
    }

    private void consentSection(Entry person) {
        var givenBy = new TextField(getTranslation("bank.consent.given-by"));
        givenBy.setValue(person.title());
        var purpose = new TextField(getTranslation("bank.consent.purpose"));
        purpose.setMaxLength(Consents.PURPOSE_LENGTH);
        purpose.setValue(getTranslation("bank.my-consent.purpose"));
        var givenAt = new DateTimePicker(getTranslation("bank.consent.given-at"));
        givenAt.setValue(LocalDateTime.now().withSecond(0).withNano(0));
        var record = new Button(getTranslation("bank.consent.record"), click -> {
            try {
                consents.record(person.id(), givenBy.getValue(), purpose.getValue(),
                        givenAt.getValue() == null ? java.time.Instant.now()
                                : givenAt.getValue().atZone(ZoneId.systemDefault()).toInstant(), actor);
                show(person);
            } catch (DomainException e) {
                UserMessages.showOn(purpose, getTranslation(e.messageKey(), e.arguments()));
            }
        });
        var grid = new Grid<Consent>();
        grid.addColumn(Consent::givenBy).setHeader(getTranslation("bank.consent.given-by"));
        grid.addColumn(Consent::purpose).setHeader(getTranslation("bank.consent.purpose")).setFlexGrow(2);
        grid.addColumn(c -> format.format(c.givenAt())).setHeader(getTranslation("bank.consent.given-at"));
        grid.addColumn(c -> c.withdrawnAt() == null ? "" : format.format(c.withdrawnAt()) + " (" + c.withdrawnBy()
                + ")").setHeader(getTranslation("bank.consent.withdrawn-at"));
        grid.addComponentColumn(c -> {
            var withdraw = new Button(getTranslation("bank.consent.withdraw"), click -> {
                consents.withdrawFor(c.id(), actor);
                show(person);
            });
            withdraw.setVisible(c.inForce());
            return withdraw;
        }).setHeader(getTranslation("bank.consent.actions"));
        grid.setItems(consents.of(person.id()));
        grid.setAllRowsVisible(true);
        var form = new FlexLayout(givenBy, purpose, givenAt, record);
        form.addClassName("toolbar");
        UUID account = person.content().personId();
        var linked = new Paragraph(account == null ? getTranslation("bank.admin.account-none")
                : getTranslation("bank.admin.account-linked", accounts.find(account).map(a -> a.label())
                        .orElse(account.toString())));
        details.add(new H2(getTranslation("bank.admin.consents")), new Paragraph(getTranslation(
                "bank.admin.consent-rule")), linked, form, grid);
    }

    private void registrantSection(Entry event) {
        var grid = new Grid<Registrant>();
        grid.addColumn(Registrant::name).setHeader(getTranslation("bank.admin.registrant"));
        grid.addColumn(r -> getTranslation(r.status().i18nKey())).setHeader(getTranslation("bank.admin.status"));
        grid.addColumn(r -> format.format(r.registeredAt())).setHeader(getTranslation("bank.admin.when"));
        grid.setItems(events.registrants(event.id()));
        grid.setAllRowsVisible(true);
        details.add(new H2(getTranslation("bank.admin.registrations")), grid);
    }

    private Anchor download(Supplier<byte[]> content, Supplier<String> name, String textKey) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), name.get(), "text/csv", bytes.length);
        }), getTranslation(textKey));
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "bank.admin.title");
    }
}
