package io.countersign.model.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.read.FormatException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The IAM credential report: a user's last use is the latest of sign-in and both access keys. */
class CredentialReportTest {

    private static final String HEADER =
            "user,arn,password_last_used,access_key_1_last_used_date,access_key_2_last_used_date\n";

    private static CredentialReport read(String csv) throws FormatException {
        return CredentialReport.read("report.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void lastUseIsTheLatestOfSignInAndAccessKeys() throws FormatException {
        CredentialReport report =
                read(HEADER + "a,arn:aws:iam::1:user/a,2026-01-01T00:00:00+00:00,2026-03-01T10:00:00+00:00,N/A\n");

        assertThat(report.lastUsed("arn:aws:iam::1:user/a")).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void aUserWhoNeverSignedInOrUsedAKeyHasNoLastUse() throws FormatException {
        CredentialReport report = read(HEADER + "b,arn:aws:iam::1:user/b,no_information,N/A,N/A\n");

        assertThat(report.lastUsed("arn:aws:iam::1:user/b")).isNull();
    }

    @Test
    void quotedCellsMayHoldCommas() throws FormatException {
        CredentialReport report = read(HEADER + "\"x,y\",arn:aws:iam::1:user/x,N/A,2026-02-02T00:00:00Z,N/A\n");

        assertThat(report.lastUsed("arn:aws:iam::1:user/x")).isEqualTo(Instant.parse("2026-02-02T00:00:00Z"));
    }

    @Test
    void refusesATimeItCannotReadNamingLineColumnAndCell() {
        assertThatThrownBy(() -> read(HEADER + "a,arn:aws:iam::1:user/a,yesterday,N/A,N/A\n"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("report.csv:2:25 at /1/password_last_used")
                .hasMessageContaining("found \"yesterday\"");
    }

    @Test
    void refusesAReportWithoutTheColumnsItNeeds() {
        assertThatThrownBy(() -> read("user,arn\na,arn:aws:iam::1:user/a\n"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("no column 'password_last_used'");
    }
}
