package io.countersign.model.convert;

import static io.countersign.model.convert.ConvertFixtures.TAKEN;
import static io.countersign.model.convert.ConvertFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.format.Assignment;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Sensitivity;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The AWS CLI's documented get-account-authorization-details shape, with AWS managed policies as AWS publishes them. */
class AwsAuthorizationConverterTest {

    private static final String ACCOUNT = "arn:aws:iam::111122223333:";

    private static Entitlement entitlement(Snapshot snapshot, String id) {
        return snapshot.entitlements().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Snapshot convert(SourceNode details) throws FormatException {
        return AwsAuthorizationConverter.convert(
                details, CredentialReport.empty(), new ManagedSystem("aws", null, null), "aws-1", TAKEN);
    }

    @ParameterizedTest(name = "{0}: {1}, grants access {2}")
    @CsvSource(delimiter = '|', textBlock = """
        AdministratorAccess | privileged | true  | * on *
        PowerUserAccess     | privileged | true  | * except iam:*, organizations:*, account:* on *
        IAMFullAccess       | privileged | true  | iam:*, organizations:DescribeAccount
        ReadOnlyAccess      | medium     | false | cloudtrail:Describe*, cloudtrail:Get*
        """)
    void awsManagedPoliciesGetScopeSensitivityAndGrantsAccess(
            String policy, String sensitivity, boolean grants, String scopeStart) throws FormatException {
        Entitlement entitlement = entitlement(ConvertFixtures.publishedAws(), "arn:aws:iam::aws:policy/" + policy);

        assertThat(entitlement.sensitivity().code()).isEqualTo(sensitivity);
        assertThat(entitlement.grantsAccess()).isEqualTo(grants);
        assertThat(entitlement.scope()).startsWith(scopeStart);
        assertThat(entitlement.name()).isEqualTo(policy);
    }

    @Test
    void onlyTheDefaultPolicyVersionCounts() throws FormatException {
        Entitlement power = entitlement(ConvertFixtures.publishedAws(), "arn:aws:iam::aws:policy/PowerUserAccess");

        assertThat(power.scope()).contains("iam:ListRoles").doesNotStartWith("* except iam:* on");
    }

    @Test
    void aCustomerPolicyOnOneBucketIsHighButItsServiceWildcardStaysAWholeToken() throws FormatException {
        Entitlement bucket = entitlement(ConvertFixtures.publishedAws(), ACCOUNT + "policy/hp-reports-bucket-rw");

        assertThat(bucket.sensitivity()).isEqualTo(Sensitivity.HIGH);
        assertThat(bucket.scope().split("[,\\s]+")).contains("s3:*", "arn:aws:s3:::hp-reports/*");
        assertThat(bucket.grantsAccess()).isFalse();
    }

    @Test
    void urlEncodedInlinePolicyIsDecodedAndPassRoleGrantsAccess() throws FormatException {
        Entitlement deploy =
                entitlement(ConvertFixtures.publishedAws(), ACCOUNT + "user/automation/ci-deployer#deploy-app");

        assertThat(deploy.scope()).isEqualTo("iam:PassRole, ecs:UpdateService on *");
        assertThat(deploy.grantsAccess()).isTrue();
        assertThat(deploy.sensitivity()).isEqualTo(Sensitivity.PRIVILEGED);
    }

    @Test
    void groupsBecomeRolesAndUsersHoldThem() throws FormatException {
        Snapshot snapshot = ConvertFixtures.publishedAws();

        assertThat(snapshot.roles()).singleElement().satisfies(role -> {
            assertThat(role.id()).isEqualTo(ACCOUNT + "group/Developers");
            assertThat(role.entitlements())
                    .containsExactly(
                            "arn:aws:iam::aws:policy/PowerUserAccess", ACCOUNT + "group/Developers#deny-billing");
        });
        assertThat(snapshot.assignments())
                .contains(new Assignment(
                        ACCOUNT + "user/dpatel",
                        null,
                        ACCOUNT + "group/Developers",
                        null,
                        null,
                        Instant.parse("2026-12-01T07:45:00Z"),
                        null));
    }

    @Test
    void usersAreHumanRolesAreWorkloadsUnlessTaggedOtherwise() throws FormatException {
        Snapshot snapshot = ConvertFixtures.publishedAws();

        assertThat(snapshot.identities())
                .filteredOn(i -> i.kind() == IdentityKind.HUMAN)
                .extracting(i -> i.name())
                .containsExactly("dpatel", "rokafor");
        assertThat(snapshot.identities())
                .filteredOn(i -> i.id().equals(ACCOUNT + "user/automation/ci-deployer"))
                .singleElement()
                .extracting(i -> i.kind())
                .isEqualTo(IdentityKind.SERVICE_ACCOUNT);
        assertThat(snapshot.identities())
                .filteredOn(i -> i.id().contains(":role/"))
                .allSatisfy(i -> assertThat(i.kind()).isEqualTo(IdentityKind.WORKLOAD));
    }

    @Test
    void roleLastUsedBecomesLastUsedAtOfTheRolesGrants() throws FormatException {
        Snapshot snapshot = ConvertFixtures.publishedAws();

        assertThat(snapshot.assignments())
                .filteredOn(a -> a.identity().equals(ACCOUNT + "role/OrganizationAccountAccessRole"))
                .singleElement()
                .extracting(Assignment::lastUsedAt)
                .isEqualTo(Instant.parse("2026-11-28T16:02:11Z"));
    }

    @Test
    void trustOfTheWholeAccountIsHeldByThoseWhosePoliciesNameTheRole() throws FormatException {
        Snapshot snapshot = ConvertFixtures.publishedAws();
        String assume = ACCOUNT + "role/OrganizationAccountAccessRole#sts:AssumeRole";

        assertThat(snapshot.assignments())
                .filteredOn(a -> assume.equals(a.entitlement()))
                .extracting(Assignment::identity)
                .containsExactly(ACCOUNT + "user/dpatel");
        Entitlement entitlement = entitlement(snapshot, assume);
        assertThat(entitlement.scope()).isEqualTo("trusts AWS:" + ACCOUNT + "root");
        assertThat(entitlement.sensitivity()).isEqualTo(Sensitivity.PRIVILEGED);
        assertThat(entitlement.grantsAccess()).isTrue();
    }

    @Test
    void assumingRolesByPatternIsAnEscalationPathNotAGrantOfEachRole() throws FormatException {
        Snapshot snapshot = convert(json("auth.json", """
                {"UserDetailList": [{"UserName": "ops", "Arn": "arn:aws:iam::1:user/ops", "UserPolicyList": [
                   {"PolicyName": "any-role", "PolicyDocument": {"Statement": [
                     {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::1:role/*"}]}}]}],
                 "RoleDetailList": [{"RoleName": "admin", "Arn": "arn:aws:iam::1:role/admin",
                   "AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow",
                     "Principal": {"AWS": "arn:aws:iam::1:root"}, "Action": "sts:AssumeRole"}]}}]}
                """));

        assertThat(snapshot.assignments())
                .extracting(Assignment::entitlement)
                .containsExactly("arn:aws:iam::1:user/ops#any-role");
        assertThat(entitlement(snapshot, "arn:aws:iam::1:user/ops#any-role").grantsAccess())
                .isTrue();
    }

    @Test
    void aPrincipalNamedInTheTrustPolicyHoldsTheAssumeEntitlement() throws FormatException {
        Snapshot snapshot = ConvertFixtures.publishedAws();

        assertThat(snapshot.assignments())
                .filteredOn(a -> (ACCOUNT + "role/security-audit#sts:AssumeRole").equals(a.entitlement()))
                .extracting(Assignment::identity)
                .containsExactly(ACCOUNT + "user/rokafor");
    }

    @Test
    void trustingAnyoneIsAWildcardScope() throws FormatException {
        Snapshot snapshot = convert(json("auth.json", """
                {"RoleDetailList": [{"RoleName": "open", "Arn": "arn:aws:iam::1:role/open",
                  "AssumeRolePolicyDocument": {"Statement": {"Effect": "Allow", "Principal": "*",
                                                             "Action": "sts:AssumeRole"}}}]}
                """));

        assertThat(entitlement(snapshot, "arn:aws:iam::1:role/open#sts:AssumeRole")
                        .scope())
                .isEqualTo("trusts *");
    }

    @Test
    void refusesOnePageOfSeveral() throws FormatException {
        SourceNode details = json("auth.json", """
                {"UserDetailList": [], "IsTruncated": true, "Marker": "abc"}
                """);

        assertThatThrownBy(() -> convert(details))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("auth.json:1:")
                .hasMessageContaining("/IsTruncated")
                .hasMessageContaining("every page");
    }

    @Test
    void refusesAnAttachedPolicyTheExportDoesNotList() throws FormatException {
        SourceNode details = json("auth.json", """
                {"UserDetailList": [{"UserName": "a", "Arn": "arn:aws:iam::1:user/a",
                  "AttachedManagedPolicies": [{"PolicyName": "X", "PolicyArn": "arn:aws:iam::aws:policy/X"}]}]}
                """);

        assertThatThrownBy(() -> convert(details))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("/UserDetailList/0/AttachedManagedPolicies/0/PolicyArn")
                .hasMessageContaining("not in Policies");
    }

    @Test
    void refusesAFieldTheOutputShapeDoesNotHave() throws FormatException {
        SourceNode details = json("auth.json", """
                {"UserDetailList": [{"UserName": "a", "Arn": "arn:aws:iam::1:user/a", "Passwd": "x"}]}
                """);

        assertThatThrownBy(() -> convert(details))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("/UserDetailList/0/Passwd")
                .hasMessageContaining("unknown field 'Passwd'");
    }

    @Test
    void refusesABadStatementInsideAnEncodedPolicyNamingBothPlaces() throws FormatException {
        SourceNode details = json("auth.json", """
                {"UserDetailList": [{"UserName": "a", "Arn": "arn:aws:iam::1:user/a",
                  "UserPolicyList": [{"PolicyName": "p", "PolicyDocument":
                    "%7B%22Statement%22%3A%5B%7B%22Effect%22%3A%22Permit%22%2C%22Action%22%3A%22*%22%2C%22Resource%22%3A%22*%22%7D%5D%7D"}]}]}
                """);

        assertThatThrownBy(() -> convert(details))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("auth.json:3:5 at ")
                .hasMessageContaining("/UserDetailList/0/UserPolicyList/0/PolicyDocument (policy text)")
                .hasMessageContaining("/Statement/0/Effect")
                .hasMessageContaining("expected Allow or Deny");
    }

    @Test
    void refusesAStatementWithBothActionAndNotAction() throws FormatException {
        SourceNode details = json("auth.json", """
                {"Policies": [{"PolicyName": "p", "Arn": "arn:aws:iam::1:policy/p", "PolicyVersionList": [
                  {"IsDefaultVersion": true, "Document": {"Statement": [
                    {"Effect": "Allow", "Action": "s3:*", "NotAction": "iam:*", "Resource": "*"}]}}]}]}
                """);

        assertThatThrownBy(() -> convert(details))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("/Policies/0/PolicyVersionList/0/Document/Statement/0/NotAction")
                .hasMessageContaining("not both");
    }
}
