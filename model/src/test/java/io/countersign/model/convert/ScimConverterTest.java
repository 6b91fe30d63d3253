package io.countersign.model.convert;

import static io.countersign.model.convert.ConvertFixtures.TAKEN;
import static io.countersign.model.convert.ConvertFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.countersign.model.format.Assignment;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Sensitivity;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SCIM 2.0 documents in the shapes RFC 7643 and 7644 publish, converted with the published mapping or the defaults. */
class ScimConverterTest {

    private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static Snapshot withDefaults(SourceNode... documents) throws FormatException {
        return ScimConverter.convert(List.of(documents), "dir", ScimMapping.defaults(), "s-1", TAKEN);
    }

    private static Identity identity(Snapshot snapshot, String id) {
        return snapshot.identities().stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void enterpriseUserBecomesAnIdentityWithDepartmentManagerAndStatus() throws FormatException {
        Snapshot snapshot = ConvertFixtures.publishedDirectory();

        assertThat(identity(snapshot, "jmartin@harborpine.example"))
                .isEqualTo(new Identity(
                        "jmartin@harborpine.example",
                        "Julia Martin",
                        IdentityKind.HUMAN,
                        "finance",
                        "Senior AP Clerk",
                        "rokafor@harborpine.example",
                        null,
                        "active"));
    }

    @Test
    void displayNameFallsBackToTheFormattedThenTheGivenAndFamilyName() throws FormatException {
        Snapshot snapshot = ConvertFixtures.publishedDirectory();

        assertThat(identity(snapshot, "rokafor@harborpine.example").name()).isEqualTo("Ruth Okafor");
        assertThat(identity(snapshot, "dpatel@harborpine.example").name()).isEqualTo("Dev Patel");
    }

    @Test
    void mappingRecognisesServiceAccountsAndAgentsAndMakesTheManagerTheOwner() throws FormatException {
        Snapshot snapshot = ConvertFixtures.publishedDirectory();

        Identity batch = identity(snapshot, "svc-payments-batch");
        assertThat(batch.kind()).isEqualTo(IdentityKind.SERVICE_ACCOUNT);
        assertThat(batch.owner()).isEqualTo("jmartin@harborpine.example");
        assertThat(identity(snapshot, "access-assistant").kind()).isEqualTo(IdentityKind.AI_AGENT);
    }

    @Test
    void groupsBecomeEntitlementsWithTheFirstMatchingRule() throws FormatException {
        Snapshot snapshot = ConvertFixtures.publishedDirectory();

        assertThat(snapshot.entitlements())
                .extracting(Entitlement::id, Entitlement::sensitivity, Entitlement::humanOnly)
                .containsExactly(
                        tuple("directory:group/AP Clerks", Sensitivity.MEDIUM, false),
                        tuple("directory:group/Payment Approvers", Sensitivity.HIGH, true),
                        tuple("directory:group/Finance", Sensitivity.LOW, false));
    }

    @Test
    void nestedGroupMembershipIsFlattenedToEachUser() throws FormatException {
        Snapshot snapshot = ConvertFixtures.publishedDirectory();

        assertThat(snapshot.assignments())
                .filteredOn(a -> a.entitlement().equals("directory:group/Finance"))
                .extracting(Assignment::identity)
                .containsExactlyInAnyOrder(
                        "jmartin@harborpine.example", "rokafor@harborpine.example", "svc-payments-batch");
    }

    @Test
    void defaultsNeedNoMappingFile() throws FormatException {
        Snapshot snapshot = withDefaults(json("bjensen.json", """
                {"schemas": ["%s"], "id": "2819c223", "userName": "bjensen",
                 "name": {"formatted": "Ms. Barbara J Jensen, III", "familyName": "Jensen", "givenName": "Barbara"},
                 "active": false, "title": "Tour Guide"}
                """.formatted(USER)));

        assertThat(snapshot.identities())
                .containsExactly(new Identity(
                        "bjensen",
                        "Ms. Barbara J Jensen, III",
                        IdentityKind.HUMAN,
                        null,
                        "Tour Guide",
                        null,
                        null,
                        "disabled"));
    }

    @Test
    void attributeNamesAreReadWithoutRegardToCase() throws FormatException {
        Snapshot snapshot = withDefaults(json("u.json", """
                {"SCHEMAS": ["%s"], "ID": "1", "USERNAME": "upper", "DisplayName": "Upper Case"}
                """.formatted(USER)));

        assertThat(snapshot.identities())
                .extracting(Identity::id, Identity::name)
                .containsExactly(tuple("upper", "Upper Case"));
    }

    @Test
    void refusesOneAttributeGivenTwiceInDifferentCase() throws FormatException {
        SourceNode user = json("u.json", """
                {"schemas": ["%s"], "id": "1", "userName": "a", "UserName": "b"}
                """.formatted(USER));

        assertThatThrownBy(() -> withDefaults(user))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("u.json:1:")
                .hasMessageContaining("/UserName")
                .hasMessageContaining("case-insensitive");
    }

    @Test
    void refusesAnUnknownCoreAttributeWithItsPositionAndPointer() throws FormatException {
        SourceNode user = json("u.json", """
                {"schemas": ["%s"],
                 "id": "1", "userName": "a", "favouriteColour": "teal"}
                """.formatted(USER));

        assertThatThrownBy(() -> withDefaults(user))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("u.json:2:")
                .hasMessageContaining("at /favouriteColour")
                .hasMessageContaining("unknown attribute 'favouriteColour'");
    }

    @Test
    void ignoresAnExtensionTheResourceListsInSchemas() throws FormatException {
        Snapshot snapshot = withDefaults(json("u.json", """
                {"schemas": ["%s", "urn:example:badge:1.0:User"], "id": "1", "userName": "a",
                 "urn:example:badge:1.0:User": {"badge": 7, "anything": {"goes": true}}}
                """.formatted(USER)));

        assertThat(snapshot.identities()).hasSize(1);
    }

    @Test
    void refusesAnExtensionTheResourceDoesNotList() throws FormatException {
        SourceNode user = json("u.json", """
                {"schemas": ["%s"], "id": "1", "userName": "a",
                 "%s": {"department": "finance"}}
                """.formatted(USER, ENTERPRISE));

        assertThatThrownBy(() -> withDefaults(user))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("not listed in 'schemas'");
    }

    @Test
    void refusesAnUnknownAttributeInsideTheEnterpriseExtension() throws FormatException {
        SourceNode user = json("u.json", """
                {"schemas": ["%s", "%s"], "id": "1", "userName": "a",
                 "%s": {"departmant": "finance"}}
                """.formatted(USER, ENTERPRISE, ENTERPRISE));

        assertThatThrownBy(() -> withDefaults(user))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("/" + ENTERPRISE + "/departmant")
                .hasMessageContaining("unknown attribute 'departmant'");
    }

    @Test
    void refusesAListResponseWhoseNextPageIsMissing() throws FormatException {
        SourceNode page = json("page1.json", """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
                 "totalResults": 2, "itemsPerPage": 1, "startIndex": 1,
                 "Resources": [{"schemas": ["%s"], "id": "1", "userName": "a"}]}
                """.formatted(USER));

        assertThatThrownBy(() -> withDefaults(page))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("page1.json:1:1")
                .hasMessageContaining("resources 1 to 1 of 2")
                .hasMessageContaining("starting at 2");
    }

    @Test
    void readsEveryPageOfAPagedExport() throws FormatException {
        String page = """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
                 "totalResults": 2, "itemsPerPage": 1, "startIndex": %d,
                 "Resources": [{"schemas": ["%s"], "id": "%d", "userName": "user-%d"}]}
                """;

        Snapshot snapshot = withDefaults(
                json("p1.json", page.formatted(1, USER, 1, 1)), json("p2.json", page.formatted(2, USER, 2, 2)));

        assertThat(snapshot.identities()).extracting(Identity::id).containsExactly("user-1", "user-2");
    }

    @Test
    void refusesAManagerWhoIsNotInTheExport() throws FormatException {
        SourceNode user = json("u.json", """
                {"schemas": ["%s", "%s"], "id": "1", "userName": "a",
                 "%s": {"manager": {"value": "nobody"}}}
                """.formatted(USER, ENTERPRISE, ENTERPRISE));

        assertThatThrownBy(() -> withDefaults(user))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("/" + ENTERPRISE + "/manager/value")
                .hasMessageContaining("the manager \"nobody\" is not a User");
    }

    @Test
    void refusesAGroupMemberWhoIsNotInTheExport() throws FormatException {
        SourceNode group = json("g.json", """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "id": "g1", "displayName": "Ops",
                 "members": [{"value": "ghost", "type": "User"}]}
                """);

        assertThatThrownBy(() -> withDefaults(group))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("g.json:2:")
                .hasMessageContaining("/members/0/value")
                .hasMessageContaining("\"ghost\" is not a User");
    }

    @Test
    void groupsAsRolesBundleTheEntitlementsTheRuleNames() throws FormatException {
        ScimMapping mapping = ScimMappingReader.read(ConvertFixtures.yaml("m.yaml", """
                format: countersign.scim-mapping/v1
                groups:
                  as: roles
                  rules:
                    - match: "Ops*"
                      sensitivity: privileged
                      grantsAccess: true
                      entitlements: [dir.ops.console, dir.ops.break-glass]
                """));
        List<SourceNode> documents = List.of(
                json("u.json", "{\"schemas\": [\"" + USER + "\"], \"id\": \"u1\", \"userName\": \"a\"}"),
                json("g.json", """
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "id": "g1",
                         "displayName": "Ops on call", "members": [{"value": "u1"}]}
                        """));

        Snapshot snapshot = ScimConverter.convert(documents, "dir", mapping, "s-1", TAKEN);

        assertThat(snapshot.roles()).singleElement().satisfies(role -> {
            assertThat(role.id()).isEqualTo("dir:group/Ops on call");
            assertThat(role.entitlements()).containsExactly("dir.ops.console", "dir.ops.break-glass");
        });
        assertThat(snapshot.entitlements())
                .allSatisfy(e -> assertThat(e.grantsAccess()).isTrue())
                .extracting(Entitlement::sensitivity)
                .containsOnly(Sensitivity.PRIVILEGED);
        assertThat(snapshot.assignments())
                .singleElement()
                .extracting(Assignment::role)
                .isEqualTo("dir:group/Ops on call");
    }

    @Test
    void refusesAResourceThatIsNeitherUserNorGroup() throws FormatException {
        SourceNode resource = json("r.json", """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"], "id": "x"}
                """);

        assertThatThrownBy(() -> withDefaults(resource))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("at /schemas")
                .hasMessageContaining("expected a User");
    }
}
