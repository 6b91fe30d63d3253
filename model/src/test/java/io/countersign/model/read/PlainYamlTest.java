package io.countersign.model.read;

import static io.countersign.model.read.Samples.assertRefused;
import static io.countersign.model.read.Samples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.countersign.model.json.RefusalRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * YAML is read as plain data: what would make a YAML reader that resolves references or tags see
 * other values than Countersign does — anchors, aliases, merge keys, explicit tags — is refused where
 * it is written, by line:column and JSON pointer.
 */
class PlainYamlTest {

    @TempDir
    Path folder;

    private static SourceNode read(String yaml) throws FormatException {
        return SourceTreeReader.read("in.yaml", yaml.getBytes(StandardCharsets.UTF_8), SourceTreeReader.Syntax.YAML);
    }

    private static FormatException refusal(String yaml) {
        return catchThrowableOfType(FormatException.class, () -> read(yaml));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an alias as a value            | a: 1\\nb: *crit                 | 2:4 at /b      | the alias *crit is not allowed: Countersign reads plain YAML data, without references; write the value it refers to out here in full
            an alias in a list             | critical:\\n  - x\\n  - *crit   | 3:5 at /critical/1 | the alias *crit is not allowed
            an anchor on a value           | a: &crit aws.iam.admin         | 1:4 at /a      | the anchor &crit is not allowed: Countersign reads plain YAML data, without references; remove it and write the value out wherever it is used
            an anchor on a mapping         | base: &base\\n  b: 1            | 1:7 at /base   | the anchor &base is not allowed
            an anchor on a list            | a:\\n  - &list [1]             | 2:5 at /a/0    | the anchor &list is not allowed
            an anchor on a key             | &k a: 1                        | 1:1 at /a      | the anchor &k is not allowed
            a core tag on a value          | a: !!str 1                     | 1:4 at /a      | the explicit tag !!str is not allowed: Countersign reads plain YAML data, without tags; remove the tag (and quote the value if it must be read as text)
            a custom tag on a mapping      | a: !custom\\n  b: 1             | 1:4 at /a      | the explicit tag !custom is not allowed
            a non-specific tag             | a: ! 1                         | 1:4 at /a      | the explicit tag ! is not allowed
            a tag on a key                 | !!str a: 1                     | 1:1 at /a      | the explicit tag !!str is not allowed
            a tag on a key after a tagged mapping's first key | a: !custom\\n  b: 1\\n  !!str c: 2 | 1:4 at /a | the explicit tag !custom is not allowed
            a merge key with an inline mapping | x:\\n  <<: {a: 1}\\n  b: 2 | 2:3 at /x/<<   | the merge key '<<' is not allowed: Countersign reads plain YAML data, without references; write each field out where it applies
            a merge key with an alias      | x:\\n  <<: *base               | 2:3 at /x/<<   | the merge key '<<' is not allowed
            """)
    void refusesWhatPlainDataHasNoUseFor(String what, String yaml, String where, String reason) {
        FormatException refused = refusal(yaml.replace("\\n", "\n"));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getMessage()).startsWith("in.yaml:" + where + ": " + reason);
        assertThat(refused.rule()).isEmpty();
    }

    @Test
    void readsAsterisksAmpersandsAndExclamationMarksInsideValues() throws FormatException {
        SourceNode root = read("""
                wildcards: ["*", 's3:*']
                scope: s3:*
                name: R&D admins!
                note: "&not-an-anchor *not-an-alias !not-a-tag"
                """);

        assertThat(root.textList("wildcards")).containsExactly("*", "s3:*");
        assertThat(root.optionalText("scope")).isEqualTo("s3:*");
        assertThat(root.optionalText("name")).isEqualTo("R&D admins!");
        assertThat(root.optionalText("note")).isEqualTo("&not-an-anchor *not-an-alias !not-a-tag");
    }

    @Test
    void refusesAPolicyThatNamesACriticalEntitlementByAlias() throws IOException {
        Path file = write(folder, "policy.yaml", Samples.POLICY_YAML + "leastPrivilege:\n  critical: [*crit]\n");

        assertRefused(
                () -> InputFiles.policy(file),
                file,
                "9:14 at /leastPrivilege/critical/0",
                "the alias *crit is not allowed");
    }

    @Test
    void refusesYamlNestedDeeperThanTheLimitInItsOwnWords() {
        String deep = "[".repeat(RefusalRule.MAX_DEPTH + 1) + "]".repeat(RefusalRule.MAX_DEPTH + 1);

        FormatException refused = refusal(deep);

        assertThat(refused.rule()).contains(RefusalRule.TOO_DEEP);
        assertThat(refused.getMessage())
                .isEqualTo("in.yaml:1:" + (RefusalRule.MAX_DEPTH + 1) + " at " + "/0".repeat(RefusalRule.MAX_DEPTH)
                        + ": objects and arrays are nested more than 256 deep here; expected at most 256 levels");
    }
}
