package no.medvirk.xapi.validation;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Agents and Groups wherever they appear: actor, object, instructor, team, authority, members, context agents. */
final class ActorRules {

    static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> AGENT_KEYS = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP_KEYS = Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid",
            "account");
    private static final Set<String> ACCOUNT_KEYS = Set.of("homePage", "name");
    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s<>\"]+@[^@\\s<>\".]+(?:\\.[^@\\s<>\".]+)*");
    private static final Pattern SHA1 = Pattern.compile("[0-9A-Fa-f]{40}");

    private final Checks checks;

    ActorRules(Checks checks) {
        this.checks = checks;
    }

    /** An Agent unless objectType says Group; objectType may be left out for an Agent. */
    void actor(JsonNode node, String path) {
        if (!checks.isObject(node, path)) {
            return;
        }
        JsonNode type = Checks.value(node, "objectType");
        if (type != null && type.isString() && !type.stringValue().equals("Agent")) {
            if (type.stringValue().equals("Group")) {
                group(node, path);
            } else {
                checks.fail(Paths.of(path, "objectType"), "must be Agent or Group");
            }
            return;
        }
        agent(node, path);
    }

    void agent(JsonNode node, String path) {
        if (!checks.isObject(node, path)) {
            return;
        }
        String type = checks.objectType(node, path);
        if (type != null && !type.equals("Agent")) {
            checks.fail(Paths.of(path, "objectType"), "must be Agent");
        }
        checks.onlyKeys(node, path, AGENT_KEYS);
        checks.string(node, path, "name");
        if (identifiers(node, path).size() != 1) {
            checks.fail(path, "an Agent must have exactly one of mbox, mbox_sha1sum, openid or account");
        }
    }

    /** A Group names its type; without an identifier it is anonymous and its members are all there is to it. */
    void group(JsonNode node, String path) {
        if (!checks.isObject(node, path)) {
            return;
        }
        String type = checks.objectType(node, path);
        if (!"Group".equals(type)) {
            checks.fail(Paths.of(path, "objectType"), "must be Group");
        }
        checks.onlyKeys(node, path, GROUP_KEYS);
        checks.string(node, path, "name");
        List<String> ifis = identifiers(node, path);
        if (ifis.size() > 1) {
            checks.fail(path, "a Group must have at most one of mbox, mbox_sha1sum, openid or account");
        }
        if (ifis.isEmpty() && !node.has("member")) {
            checks.fail(Paths.of(path, "member"), "is required for an anonymous Group");
        }
        members(node, path, ifis.isEmpty());
    }

    /** Under 3-legged OAuth the authority is an anonymous Group of exactly the application and the user (Data 2.4.9). */
    void authority(JsonNode node, String path) {
        if (!node.isObject() || !"Group".equals(textOf(node.get("objectType")))) {
            actor(node, path);
            return;
        }
        group(node, path);
        if (IFIS.stream().anyMatch(node::has)) {
            checks.fail(path, "an authority Group must be anonymous");
        }
        JsonNode member = Checks.value(node, "member");
        if (member != null && member.isArray() && member.size() != 2) {
            checks.fail(Paths.of(path, "member"), "an authority Group must have exactly two members");
        }
    }

    private void members(JsonNode group, String path, boolean anonymous) {
        JsonNode members = Checks.value(group, "member");
        String membersPath = Paths.of(path, "member");
        if (members == null) {
            return;
        }
        if (!members.isArray()) {
            checks.fail(membersPath, "must be an array of Agents");
            return;
        }
        if (anonymous && members.isEmpty()) {
            checks.fail(membersPath, "an anonymous Group must have at least one member");
        }
        for (int i = 0; i < members.size(); i++) {
            member(members.get(i), Paths.of(membersPath, i));
        }
    }

    private void member(JsonNode member, String path) {
        if (member.isNull()) {
            return;
        }
        if (member.isObject() && "Group".equals(textOf(member.get("objectType")))) {
            checks.fail(Paths.of(path, "objectType"), "a Group's members must be Agents, not Groups");
            return;
        }
        agent(member, path);
    }

    private List<String> identifiers(JsonNode node, String path) {
        List<String> present = IFIS.stream().filter(key -> Checks.value(node, key) != null).toList();
        mbox(node, path);
        sha1(node, path);
        checks.iri(node, path, "openid");
        account(node, path);
        return present;
    }

    private void mbox(JsonNode node, String path) {
        JsonNode mbox = Checks.value(node, "mbox");
        String mboxPath = Paths.of(path, "mbox");
        if (mbox != null && checks.isString(mbox, mboxPath) && !MAILTO.matcher(mbox.stringValue()).matches()) {
            checks.fail(mboxPath, "must be a mailto IRI such as mailto:name@example.org");
        }
    }

    private void sha1(JsonNode node, String path) {
        JsonNode sum = Checks.value(node, "mbox_sha1sum");
        String sumPath = Paths.of(path, "mbox_sha1sum");
        if (sum != null && checks.isString(sum, sumPath) && !SHA1.matcher(sum.stringValue()).matches()) {
            checks.fail(sumPath, "must be a SHA-1 hash of 40 hexadecimal digits");
        }
    }

    private void account(JsonNode node, String path) {
        JsonNode account = Checks.value(node, "account");
        String accountPath = Paths.of(path, "account");
        if (account == null || !checks.isObject(account, accountPath)) {
            return;
        }
        checks.onlyKeys(account, accountPath, ACCOUNT_KEYS);
        checks.required(account, accountPath, "homePage", "name");
        checks.irl(account, accountPath, "homePage");
        checks.string(account, accountPath, "name");
    }

    private static @Nullable String textOf(@Nullable JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }
}
