package io.countersign.model.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DsseTest {

    private static final SigningKey KEY = SigningKey.generate();
    private static final String TYPE = InTotoStatement.PAYLOAD_TYPE;
    private static final byte[] PAYLOAD = "{\"outcome\":\"approve\",\"seq\":1}".getBytes(UTF_8);

    private static DsseEnvelope signed() {
        return Dsse.sign(TYPE, PAYLOAD, KEY);
    }

    private static DsseEnvelope withSig(DsseEnvelope envelope, byte[] sig) {
        return new DsseEnvelope(
                envelope.payloadType(),
                envelope.payload(),
                new DsseSignature(envelope.signature().keyId(), sig));
    }

    private static String json(DsseEnvelope envelope) {
        return new String(envelope.toCanonicalJson(), UTF_8);
    }

    private static DsseVerdict verifyText(String envelopeJson) {
        return Dsse.verify(envelopeJson.getBytes(UTF_8), KEY.verificationKey());
    }

    @Test
    void encodesPaeAsInTheDsseSpecExample() {
        byte[] pae = Dsse.pae("http://example.com/HelloWorld", "hello world".getBytes(UTF_8));
        assertThat(new String(pae, UTF_8)).isEqualTo("DSSEv1 29 http://example.com/HelloWorld 11 hello world");
    }

    @Test
    void countsPaeLengthsInBytesNotCharacters() {
        byte[] pae = Dsse.pae("t/é", "€".getBytes(UTF_8));
        assertThat(new String(pae, UTF_8)).isEqualTo("DSSEv1 4 t/é 3 €");
    }

    @Test
    void verifiesWhatItSigns() {
        assertThat(Dsse.verify(signed(), KEY.verificationKey())).isEqualTo(DsseVerdict.valid());
    }

    @Test
    void verifiesAfterRoundTripThroughCanonicalJson() {
        DsseEnvelope parsed = DsseEnvelope.parse(signed().toCanonicalJson());
        assertThat(parsed).isEqualTo(signed());
        assertThat(Dsse.verify(parsed, KEY.verificationKey()).isValid()).isTrue();
    }

    @Test
    void writesEnvelopeAsCanonicalJsonWithStandardBase64() {
        DsseEnvelope envelope = signed();
        assertThat(json(envelope))
                .isEqualTo("{\"payload\":\"" + Base64.getEncoder().encodeToString(PAYLOAD)
                        + "\",\"payloadType\":\"application/vnd.in-toto+json\",\"signatures\":[{\"keyid\":\""
                        + KEY.keyId() + "\",\"sig\":\""
                        + Base64.getEncoder()
                                .encodeToString(envelope.signature().sig()) + "\"}]}");
    }

    @Test
    void refusesFlippedPayloadByte() {
        DsseEnvelope envelope = signed();
        byte[] payload = envelope.payload();
        payload[payload.length - 2] = '2';
        DsseEnvelope tampered = new DsseEnvelope(TYPE, payload, envelope.signature());
        assertThat(Dsse.verify(tampered, KEY.verificationKey()).reason()).isEqualTo(DsseReason.SIGNATURE_INVALID);
    }

    @Test
    void refusesChangedPayloadType() {
        DsseEnvelope envelope = signed();
        DsseEnvelope retyped = new DsseEnvelope("application/json", envelope.payload(), envelope.signature());
        assertThat(Dsse.verify(retyped, KEY.verificationKey()).reason()).isEqualTo(DsseReason.SIGNATURE_INVALID);
    }

    @Test
    void refuses65ByteSignature() {
        DsseEnvelope envelope =
                withSig(signed(), Arrays.copyOf(signed().signature().sig(), 65));
        assertThat(Dsse.verify(envelope, KEY.verificationKey()).reason()).isEqualTo(DsseReason.SIGNATURE_LENGTH);
    }

    @Test
    void refuses63ByteSignature() {
        DsseEnvelope envelope =
                withSig(signed(), Arrays.copyOf(signed().signature().sig(), 63));
        assertThat(Dsse.verify(envelope, KEY.verificationKey()).reason()).isEqualTo(DsseReason.SIGNATURE_LENGTH);
    }

    @Test
    void refuses65ByteSignatureInEnvelopeBytes() {
        String sig65 = Base64.getEncoder()
                .encodeToString(Arrays.copyOf(signed().signature().sig(), 65));
        String text = json(signed()).replaceFirst("\"sig\":\"[^\"]+\"", "\"sig\":\"" + sig65 + "\"");
        assertThat(verifyText(text).reason()).isEqualTo(DsseReason.SIGNATURE_LENGTH);
    }

    @Test
    void reportsKeyMismatchForAnotherKey() {
        VerificationKey other = SigningKey.generate().verificationKey();
        assertThat(Dsse.verify(signed(), other).reason()).isEqualTo(DsseReason.KEY_MISMATCH);
    }

    @Test
    void refusesSignatureByAnotherKeyClaimingOurKeyId() {
        DsseEnvelope forged = Dsse.sign(TYPE, PAYLOAD, SigningKey.generate());
        DsseEnvelope relabelled = new DsseEnvelope(
                TYPE,
                PAYLOAD,
                new DsseSignature(KEY.keyId().toString(), forged.signature().sig()));
        assertThat(Dsse.verify(relabelled, KEY.verificationKey()).reason()).isEqualTo(DsseReason.SIGNATURE_INVALID);
    }

    @Test
    void refusesEnvelopeWithTwoSignatures() {
        String sig = json(signed()).replaceAll(".*\"signatures\":\\[(\\{.*})].*", "$1");
        String text = json(signed()).replace("[" + sig + "]", "[" + sig + "," + sig + "]");
        assertThat(text.split("\"keyid\"")).hasSize(3);
        assertThat(verifyText(text).detail()).contains("exactly one signature");
        assertThat(verifyText(text).reason()).isEqualTo(DsseReason.MALFORMED_ENVELOPE);
    }

    @Test
    void refusesEnvelopeWithoutSignatures() {
        String text = json(signed()).replaceAll("\"signatures\":\\[.*]", "\"signatures\":[]");
        assertThat(verifyText(text).reason()).isEqualTo(DsseReason.MALFORMED_ENVELOPE);
    }

    @Test
    void refusesValidlySignedNonCanonicalPayload() {
        byte[] loose = "{\"seq\":1, \"outcome\":\"approve\"}".getBytes(UTF_8);
        DsseEnvelope envelope = new DsseEnvelope(
                TYPE, loose, new DsseSignature(KEY.keyId().toString(), KEY.sign(Dsse.pae(TYPE, loose))));
        assertThat(Dsse.verify(envelope, KEY.verificationKey()).reason()).isEqualTo(DsseReason.PAYLOAD_NOT_CANONICAL);
    }

    @Test
    void refusesToSignNonCanonicalJsonPayload() {
        byte[] loose = "{ \"a\":1}".getBytes(UTF_8);
        assertThatThrownBy(() -> Dsse.sign(TYPE, loose, KEY)).isInstanceOf(CanonicalJsonException.class);
    }

    @Test
    void signsNonJsonPayloadAsIs() {
        DsseEnvelope envelope = Dsse.sign("text/plain", "not json".getBytes(UTF_8), KEY);
        assertThat(Dsse.verify(envelope, KEY.verificationKey()).isValid()).isTrue();
    }

    @Test
    void refusesUnknownEnvelopeField() {
        String text = json(signed()).replace("{\"payload\"", "{\"extra\":1,\"payload\"");
        assertThat(verifyText(text).reason()).isEqualTo(DsseReason.MALFORMED_ENVELOPE);
    }

    @Test
    void refusesUnknownSignatureField() {
        String text = json(signed()).replace("{\"keyid\"", "{\"cert\":\"x\",\"keyid\"");
        assertThat(verifyText(text).reason()).isEqualTo(DsseReason.MALFORMED_ENVELOPE);
    }

    @Test
    void refusesDuplicateEnvelopeField() {
        String text = json(signed()).replace("{\"payload\"", "{\"payload\":\"e30=\",\"payload\"");
        assertThat(verifyText(text).reason()).isEqualTo(DsseReason.MALFORMED_ENVELOPE);
    }

    @Test
    void refusesUnpaddedBase64() {
        DsseEnvelope envelope = Dsse.sign("text/plain", "ab".getBytes(UTF_8), KEY); // "YWI="
        String text = json(envelope).replace("\"YWI=\"", "\"YWI\"");
        assertThat(verifyText(text).reason()).isEqualTo(DsseReason.MALFORMED_ENVELOPE);
    }

    @Test
    void refusesUrlSafeBase64() {
        DsseEnvelope envelope = Dsse.sign("text/plain", new byte[] {(byte) 0xFB, (byte) 0xFF}, KEY); // "+/8="
        String text = json(envelope).replace("\"+/8=\"", "\"-_8=\"");
        assertThat(verifyText(text).reason()).isEqualTo(DsseReason.MALFORMED_ENVELOPE);
    }

    @Test
    void refusesBase64WithNonZeroPaddingBits() {
        DsseEnvelope envelope = Dsse.sign("text/plain", "ab".getBytes(UTF_8), KEY);
        String text = json(envelope).replace("\"YWI=\"", "\"YWJ=\"");
        assertThat(verifyText(text).reason()).isEqualTo(DsseReason.MALFORMED_ENVELOPE);
    }

    @Test
    void refusesBase64WithWhitespace() {
        DsseEnvelope envelope = Dsse.sign("text/plain", "abcdef".getBytes(UTF_8), KEY); // "YWJjZGVm"
        String text = json(envelope).replace("\"YWJjZGVm\"", "\"YWJj\\nZGVm\"");
        assertThat(verifyText(text).reason()).isEqualTo(DsseReason.MALFORMED_ENVELOPE);
    }

    @Test
    void refusesNonCanonicalEnvelopeBytes() {
        String text = json(signed()).replace(",\"payloadType\"", ", \"payloadType\"");
        assertThat(verifyText(text).reason()).isEqualTo(DsseReason.ENVELOPE_NOT_CANONICAL);
    }

    @Test
    void refusesEnvelopeThatIsNotJson() {
        assertThat(verifyText("not json").reason()).isEqualTo(DsseReason.MALFORMED_ENVELOPE);
    }

    @Test
    void copiesPayloadAndSignatureBytes() {
        byte[] payload = PAYLOAD.clone();
        DsseEnvelope envelope = Dsse.sign(TYPE, payload, KEY);
        payload[0] = 'X';
        envelope.payload()[1] = 'X';
        envelope.signature().sig()[0] ^= 1;
        assertThat(Dsse.verify(envelope, KEY.verificationKey()).isValid()).isTrue();
    }
}
