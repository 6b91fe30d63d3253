package io.countersign.services.keys;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The self-signed X.509 certificate a PKCS#12 private key entry needs. It is a carrier for the
 * public key, not a trust anchor: who owns a key and when it is valid is what the store says.
 * Hence no expiry ({@code 99991231235959Z}, RFC 5280 §4.1.2.5) and a subject naming the approver.
 */
final class SelfSignedCertificate {

    /** RFC 5280: "no well-defined expiration date". */
    private static final Instant NO_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");

    private SelfSignedCertificate() {}

    static X509Certificate create(
            String ownerId, String displayName, PublicKey publicKey, PrivateKey privateKey, Instant notBefore) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, displayName)
                .addRDN(BCStyle.UID, ownerId)
                .addRDN(BCStyle.O, "Countersign approver")
                .build();
        BigInteger serial = new BigInteger(127, new SecureRandom()).setBit(126);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject, serial, Date.from(notBefore), Date.from(NO_EXPIRY), subject, publicKey);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("Ed25519").build(privateKey)));
        } catch (CertIOException | OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("cannot build the approver's certificate", e);
        }
    }
}
