package no.medvirk.xapi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Pre;
import no.medvirk.xapi.XapiJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

/** One statement's JSON, indented, as the LRS stores and returns it. */
class StatementDialog extends Dialog {

    StatementDialog(JsonNode statement) {
        setHeaderTitle(getTranslation("lrs-statements.statement", XapiJson.text(statement, "id")));
        var json = new Pre(XapiJson.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(statement));
        json.addClassName("statement-json");
        json.getElement().setAttribute("tabindex", "0");
        add(json);
        setWidth("min(60rem, 100vw)");
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
