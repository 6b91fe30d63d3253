package io.countersign.services.keys;

import io.countersign.model.evidence.SigningKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * One approver's key as a PKCS#12 file (RFC 7292), readable by the JDK's {@code KeyStore},
 * {@code keytool} and {@code openssl pkcs12}: a private key entry (PBES2, PBKDF2-HMAC-SHA256,
 * AES-256-CBC) with its self-signed certificate, and a SHA-256 MacData. BouncyCastle writes the
 * file because the JDK's writer takes the MAC's iteration count from process-wide properties
 * (default 10,000): a MAC keyed by the passphrase is a guessing oracle as good as the key bag,
 * so it must cost as much. See ADR 0005.
 */
final class Pkcs12KeyFile {

    /** PBKDF2-HMAC-SHA256 iterations: OWASP's 2023 figure; the JDK reads up to 5,000,000. */
    static final int DEFAULT_ITERATIONS = 600_000;

    static final String ALIAS = "countersign-approver";

    private static final BouncyCastleProvider BOUNCY_CASTLE = new BouncyCastleProvider();

    private Pkcs12KeyFile() {}

    /** The PKCS#12 bytes for {@code key}, protected by {@code passphrase} (not cleared here). */
    static byte[] encode(
            SigningKey key, String ownerId, String displayName, Instant notBefore, char[] passphrase, int iterations) {
        byte[] pkcs8 = key.toPkcs8Der();
        try {
            KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = ed25519.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            PublicKey publicKey = ed25519.generatePublic(
                    new X509EncodedKeySpec(key.verificationKey().toSpkiDer()));
            X509Certificate certificate =
                    SelfSignedCertificate.create(ownerId, displayName, publicKey, privateKey, notBefore);
            DEROctetString localKeyId = new DEROctetString(key.keyId().bytes());

            PKCS12SafeBagBuilder certBag = new JcaPKCS12SafeBagBuilder(certificate);
            certBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(ALIAS));
            certBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);

            OutputEncryptor encryptor = new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                    .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
                    .setIterationCount(iterations)
                    // BouncyCastle's own PBKDF2: the JDK's, looked up by the PBKDF2 OID, would
                    // ignore the PRF and derive with HMAC-SHA1 (a private provider instance,
                    // never registered process-wide).
                    .setProvider(BOUNCY_CASTLE)
                    .build(passphrase);
            PKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(privateKey, encryptor);
            keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(ALIAS));
            keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);

            // The certificate is public: it goes in a plain bag, so the only passphrase checks
            // an attacker can run are the key bag and the MAC, both at full cost.
            PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
            pfx.addData(certBag.build());
            pfx.addData(keyBag.build());
            return pfx.build(
                            new BcPKCS12MacCalculatorBuilder(
                                            new SHA256Digest(),
                                            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE))
                                    .setIterationCount(iterations),
                            passphrase)
                    .getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | PKCSException | IOException e) {
            throw new IllegalStateException("cannot write the approver's PKCS#12 keystore", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /**
     * Opens the file with the JDK's reader, as any other tool would.
     *
     * @throws UnrecoverableKeyException when the passphrase is wrong
     * @throws IOException               when the bytes are not a keystore holding one Ed25519 key
     */
    static SigningKey decode(byte[] file, char[] passphrase) throws UnrecoverableKeyException, IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try {
                store.load(new ByteArrayInputStream(file), passphrase);
            } catch (IOException e) {
                if (e.getCause() instanceof UnrecoverableKeyException wrong) {
                    throw wrong;
                }
                throw e;
            }
            List<String> keys = Collections.list(store.aliases()).stream()
                    .filter(alias -> isKeyEntry(store, alias))
                    .toList();
            if (keys.size() != 1) {
                throw new IOException("expected one private key, found " + keys.size());
            }
            Key key = store.getKey(keys.getFirst(), passphrase);
            if (!(key instanceof PrivateKey privateKey) || !"PKCS#8".equals(privateKey.getFormat())) {
                throw new IOException("the key entry is not a PKCS#8 private key");
            }
            byte[] pkcs8 = privateKey.getEncoded();
            try {
                return SigningKey.fromPkcs8Der(pkcs8);
            } catch (IllegalArgumentException e) {
                throw new IOException("the key entry is not an Ed25519 key", e);
            } finally {
                Arrays.fill(pkcs8, (byte) 0);
            }
        } catch (UnrecoverableKeyException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IOException("not a readable PKCS#12 keystore: " + e.getMessage(), e);
        }
    }

    private static boolean isKeyEntry(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
