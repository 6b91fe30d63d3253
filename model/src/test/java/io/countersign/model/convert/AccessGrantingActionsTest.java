package io.countersign.model.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.model.read.FormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which allowing statements make a policy able to grant access, by action pattern and resource. */
class AccessGrantingActionsTest {

    @ParameterizedTest(name = "Allow {0} on {1}: grants access {2}")
    @CsvSource(delimiter = '|', textBlock = """
        *                        | *                                       | true
        iam:*                    | *                                       | true
        iam:Put*                 | arn:aws:iam::1:user/a                   | true
        iam:Attach*Policy        | *                                       | true
        IAM:passrole             | arn:aws:iam::1:role/app                 | true
        iam:CreateAccessKey      | arn:aws:iam::1:user/${aws:username}     | true
        iam:Get*                 | *                                       | false
        iam:List*                | *                                       | false
        s3:*                     | *                                       | false
        sts:AssumeRole           | *                                       | true
        sts:AssumeRole           | arn:aws:iam::1:role/*                   | true
        sts:AssumeRole           | arn:aws:iam::1:role/reader              | false
        sts:GetCallerIdentity    | *                                       | false
        """)
    void allowedActionGrantsAccessWhenItCoversAnAccessGrantingOne(String action, String resource, boolean grants)
            throws FormatException {
        IamPolicy policy = IamPolicy.read(ConvertFixtures.json("p.json", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "%s", "Resource": "%s"}]}
                """.formatted(action, resource)));

        assertThat(AccessGrantingActions.firstGranted(policy) != null).isEqualTo(grants);
    }

    @ParameterizedTest(name = "a Deny of {0} grants nothing")
    @CsvSource({"*", "iam:*"})
    void denyingStatementsGrantNothing(String action) throws FormatException {
        IamPolicy policy = IamPolicy.read(ConvertFixtures.json("p.json", """
                {"Statement": [{"Effect": "Deny", "Action": "%s", "Resource": "*"}]}
                """.formatted(action)));

        assertThat(AccessGrantingActions.firstGranted(policy)).isNull();
        assertThat(policy.scope()).isNull();
    }
}
