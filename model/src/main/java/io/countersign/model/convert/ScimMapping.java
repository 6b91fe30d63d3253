package io.countersign.model.convert;

import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Sensitivity;
import java.util.List;

/**
 * How SCIM Users and Groups become a snapshot ({@code countersign.scim-mapping/v1}): which attribute
 * is an identity's id, org unit and job code, how groups become entitlements or roles, and which
 * users are not people. Every field has a default, so no mapping file at all is a valid choice.
 */
public record ScimMapping(
        String systemName,
        String systemOwner,
        UserAttribute identityId,
        UserAttribute orgUnit,
        UserAttribute jobCode,
        boolean nonHumanOwnerIsManager,
        List<KindRule> kinds,
        GroupMapping groups) {

    public static final String FORMAT = "countersign.scim-mapping/v1";

    public ScimMapping {
        kinds = List.copyOf(kinds);
    }

    /** No mapping file: ids from userName, org unit from department, job code from title, groups as low entitlements. */
    public static ScimMapping defaults() {
        return new ScimMapping(
                null,
                null,
                UserAttribute.USER_NAME,
                UserAttribute.DEPARTMENT,
                UserAttribute.TITLE,
                true,
                List.of(),
                new GroupMapping(GroupsAs.ENTITLEMENTS, GroupMapping.DEFAULT_ID, Sensitivity.LOW, null, List.of()));
    }

    /** A user attribute the mapping may name; enterprise ones come from the enterprise extension. */
    public enum UserAttribute {
        ID("id", false),
        USER_NAME("userName", false),
        EXTERNAL_ID("externalId", false),
        DISPLAY_NAME("displayName", false),
        USER_TYPE("userType", false),
        TITLE("title", false),
        EMPLOYEE_NUMBER("employeeNumber", true),
        COST_CENTER("costCenter", true),
        ORGANIZATION("organization", true),
        DIVISION("division", true),
        DEPARTMENT("department", true);

        private final String attribute;
        private final boolean enterprise;

        UserAttribute(String attribute, boolean enterprise) {
            this.attribute = attribute;
            this.enterprise = enterprise;
        }

        public String attribute() {
            return attribute;
        }

        public boolean enterprise() {
            return enterprise;
        }

        static UserAttribute named(String name) {
            for (UserAttribute value : values()) {
                if (value.attribute.equalsIgnoreCase(name)) {
                    return value;
                }
            }
            return null;
        }
    }

    public enum GroupsAs {
        ENTITLEMENTS,
        ROLES
    }

    /** Users whose {@code attribute} equals {@code equals} or matches the glob {@code matches} are of {@code kind}. */
    public record KindRule(IdentityKind kind, UserAttribute attribute, String equals, String matches) {

        boolean applies(String value) {
            if (value == null) {
                return false;
            }
            return equals != null
                    ? equals.equalsIgnoreCase(value)
                    : Glob.ignoringCase(matches).matches(value);
        }
    }

    /**
     * Groups become entitlements (membership is the grant) or roles (membership grants the rule's
     * entitlements). {@code id} is a template over {@code {system}}, {@code {displayName}}, {@code {id}}.
     */
    public record GroupMapping(GroupsAs as, String id, Sensitivity sensitivity, String owner, List<GroupRule> rules) {

        public static final String DEFAULT_ID = "{system}:group/{displayName}";

        public GroupMapping {
            rules = List.copyOf(rules);
        }

        /** The first rule whose {@code match} glob fits the group's display name, or null. */
        GroupRule ruleFor(String displayName) {
            for (GroupRule rule : rules) {
                if (Glob.ignoringCase(rule.match()).matches(displayName)) {
                    return rule;
                }
            }
            return null;
        }
    }

    /** Settings for the groups whose display name matches {@code match}; null fields fall back to the group defaults. */
    public record GroupRule(
            String match,
            Sensitivity sensitivity,
            String owner,
            String scope,
            Boolean grantsAccess,
            Boolean humanOnly,
            List<String> entitlements) {

        public GroupRule {
            entitlements = List.copyOf(entitlements);
        }
    }
}
