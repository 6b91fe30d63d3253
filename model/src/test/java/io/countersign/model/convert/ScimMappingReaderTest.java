package io.countersign.model.convert;

import static io.countersign.model.convert.ConvertFixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.read.FormatException;
import org.junit.jupiter.api.Test;

/** The SCIM mapping file: defaults for what it leaves out, refusals naming the line and pointer. */
class ScimMappingReaderTest {

    @Test
    void aMappingWithOnlyItsFormatIsTheDefaults() throws FormatException {
        assertThat(ScimMappingReader.read(yaml("m.yaml", "format: countersign.scim-mapping/v1\n")))
                .isEqualTo(ScimMapping.defaults());
    }

    @Test
    void refusesAnAttributeItCannotRead() {
        assertThatThrownBy(() -> ScimMappingReader.read(yaml("m.yaml", """
                        format: countersign.scim-mapping/v1
                        orgUnit: departement
                        """)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("m.yaml:2:10 at /orgUnit")
                .hasMessageContaining("found \"departement\"");
    }

    @Test
    void refusesRoleEntitlementsWhenGroupsAreEntitlements() {
        assertThatThrownBy(() -> ScimMappingReader.read(yaml("m.yaml", """
                        format: countersign.scim-mapping/v1
                        groups:
                          rules:
                            - match: Ops
                              entitlements: [ops.console]
                        """)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("/groups/rules/0/entitlements")
                .hasMessageContaining("groups.as: roles");
    }

    @Test
    void refusesAGroupIdTemplateThatGivesEveryGroupOneId() {
        assertThatThrownBy(() -> ScimMappingReader.read(yaml("m.yaml", """
                        format: countersign.scim-mapping/v1
                        groups: {id: "dir:groups"}
                        """)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("/groups/id");
    }
}
