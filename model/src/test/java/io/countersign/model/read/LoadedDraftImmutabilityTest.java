package io.countersign.model.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.format.Draft;
import io.countersign.model.format.DraftKind;
import io.countersign.model.format.IdentityChange;
import io.countersign.model.format.WorkflowStep;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A loaded draft is evidence: nothing downstream may change it, so every list it exposes refuses changes. */
class LoadedDraftImmutabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 200)
    void everyListOfALoadedDraftRefusesModification(@ForAll("drafts") ObjectNode document) throws FormatException {
        byte[] bytes = document.toString().getBytes(StandardCharsets.UTF_8);
        Draft draft = DraftReader.read(SourceTreeReader.read("generated.json", bytes, SourceTreeReader.Syntax.JSON));

        for (List<?> list : listsOf(draft)) {
            assertThatThrownBy(() -> addTo(list)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    private static List<List<?>> listsOf(Draft draft) {
        List<List<?>> lists = new ArrayList<>(List.of(
                draft.requestedFor(),
                draft.editedBy(),
                draft.sources(),
                draft.changes(),
                draft.request().entitlements(),
                draft.basis().access(),
                draft.workflow().steps(),
                draft.credential().scopes()));
        for (IdentityChange change : draft.changes()) {
            lists.add(change.add());
            lists.add(change.remove());
        }
        draft.basis().access().forEach(believed -> {
            lists.add(believed.entitlements());
            lists.add(believed.roles());
        });
        draft.workflow().steps().stream().map(WorkflowStep::conditions).forEach(lists::add);
        return lists;
    }

    @SuppressWarnings("unchecked")
    private static void addTo(List<?> list) {
        ((List<Object>) list).add(new Object());
    }

    @Provide
    Arbitrary<ObjectNode> drafts() {
        return Combinators.combine(Arbitraries.of(DraftKind.class), ids(), ids(), ids(), changes(), ids(), steps())
                .as((kind, requestedFor, sources, requested, changes, scopes, steps) -> {
                    ObjectNode draft = JSON.createObjectNode()
                            .put("format", Draft.FORMAT)
                            .put("id", "d-1")
                            .put("revision", 1)
                            .put("kind", kind.code())
                            .put("title", "Generated")
                            .put("createdAt", "2026-02-03T08:00:00Z")
                            .put("initiatedBy", "u-ana")
                            .put("requester", "u-ana")
                            .put("recommendation", "approve");
                    draft.putObject("drafter").put("agent", "a").put("model", "m");
                    draft.set("requestedFor", JSON.valueToTree(requestedFor));
                    draft.set("editedBy", JSON.valueToTree(requestedFor));
                    draft.set("sources", JSON.valueToTree(sources));
                    draft.putObject("request").put("text", "please").set("entitlements", JSON.valueToTree(requested));
                    draft.putObject("basis")
                            .put("snapshot", "s-1")
                            .putArray("access")
                            .addObject()
                            .put("identity", "u-ana")
                            .set("roles", JSON.valueToTree(requested));
                    draft.putArray("changes").addAll(changes);
                    ObjectNode workflow = draft.putObject("workflow").put("id", "wf-1");
                    workflow.putArray("steps").addAll(steps);
                    draft.putObject("exception").put("rule", "SOD-1");
                    draft.putObject("credential").put("identity", "svc-1").set("scopes", JSON.valueToTree(scopes));
                    return draft;
                });
    }

    private static Arbitrary<List<String>> ids() {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .ofMinLength(1)
                .ofMaxLength(12)
                .list()
                .ofMaxSize(4);
    }

    private static Arbitrary<List<ObjectNode>> changes() {
        Arbitrary<ObjectNode> grant = Combinators.combine(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10), Arbitraries.of(true, false))
                .as((target, isRole) -> JSON.createObjectNode().put(isRole ? "role" : "entitlement", target));
        return Combinators.combine(grant.list().ofMaxSize(3), grant.list().ofMaxSize(3))
                .as((add, remove) -> {
                    ObjectNode change = JSON.createObjectNode();
                    change.putArray("add").addAll(add);
                    change.putArray("remove").addAll(remove);
                    return change;
                })
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(list -> {
                    for (int i = 0; i < list.size(); i++) {
                        list.get(i).put("identity", "u-" + i); // one change per identity
                    }
                    return list;
                });
    }

    private static Arbitrary<List<ObjectNode>> steps() {
        Arbitrary<ObjectNode> condition = Arbitraries.of("auto-approve", "sod-check", "notify")
                .map(type -> JSON.createObjectNode().put("type", type));
        return condition
                .list()
                .ofMaxSize(3)
                .map(conditions -> {
                    ObjectNode step =
                            JSON.createObjectNode().put("name", "Step").put("approver", "manager");
                    step.putArray("conditions").addAll(conditions);
                    return step;
                })
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(steps -> {
                    for (int i = 0; i < steps.size(); i++) {
                        steps.get(i).put("name", "Step " + (i + 1)); // steps are matched by name, so names are unique
                    }
                    return steps;
                });
    }
}
