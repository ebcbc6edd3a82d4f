package no.medvirk.packages.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import no.medvirk.packages.PackageItem;
import no.medvirk.packages.ScormRuntime;

/**
 * The package's table of contents as nested lists that follow the item tree: each item with its status, the open
 * one marked as current, the others buttons that open them when the package lets the learner choose.
 */
class PackageContents extends Nav {

    PackageContents(ScormRuntime.Launch launch, Map<String, ScormRuntime.ItemStatus> status, boolean choice,
            IntConsumer open) {
        var heading = new H2(getTranslation("package-player.contents"));
        heading.setId("package-contents-heading");
        getElement().setAttribute("aria-labelledby", "package-contents-heading");
        addClassName("package-contents");
        add(heading, list(launch.version().items().children(), launch, status, choice, open));
    }

    private OrderedList list(List<PackageItem> nodes, ScormRuntime.Launch launch,
            Map<String, ScormRuntime.ItemStatus> status, boolean choice, IntConsumer open) {
        var list = new OrderedList();
        for (PackageItem node : nodes) {
            if (!node.visible()) {
                continue;
            }
            var entry = new ListItem();
            int number = launch.items().indexOf(node) + 1;
            String label = node.title() + state(status.get(node.identifier()));
            if (number == launch.index() + 1) {
                entry.add(new Span(label));
                entry.getElement().setAttribute("aria-current", "page");
            } else if (number > 0 && choice) {
                var button = new Button(label, e -> open.accept(number));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                entry.add(button);
            } else {
                entry.add(new Span(label));
            }
            if (!node.children().isEmpty()) {
                entry.add(list(node.children(), launch, status, choice, open));
            }
            list.add(entry);
        }
        return list;
    }

    private String state(ScormRuntime.@org.jspecify.annotations.Nullable ItemStatus status) {
        if (status == null) {
            return "";
        }
        if ("passed".equals(status.success())) {
            return " (" + getTranslation("package-player.passed") + ")";
        }
        if ("failed".equals(status.success())) {
            return " (" + getTranslation("package-player.failed") + ")";
        }
        return status.completed() ? " (" + getTranslation("package-player.completed") + ")" : "";
    }
}
