package io.countersign.services.keys;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.pkcs.PKCS12PfxPdu;

/** Reads protection parameters out of a PKCS#12 file, to check what was written. */
final class Pkcs12Inspection {

    private Pkcs12Inspection() {}

    static int macIterations(byte[] file) throws Exception {
        return new PKCS12PfxPdu(file)
                .toASN1Structure()
                .getMacData()
                .getIterationCount()
                .intValueExact();
    }

    static int keyBagIterations(byte[] file) throws Exception {
        for (ContentInfo info : new PKCS12PfxPdu(file).getContentInfos()) {
            if (!info.getContentType().equals(PKCSObjectIdentifiers.data)) {
                continue;
            }
            byte[] octets = ASN1OctetString.getInstance(info.getContent()).getOctets();
            for (var element : ASN1Sequence.getInstance(octets)) {
                SafeBag bag = SafeBag.getInstance(element);
                if (bag.getBagId().equals(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag)) {
                    EncryptedPrivateKeyInfo key = EncryptedPrivateKeyInfo.getInstance(bag.getBagValue());
                    PBES2Parameters pbes2 = PBES2Parameters.getInstance(
                            key.getEncryptionAlgorithm().getParameters());
                    return PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters())
                            .getIterationCount()
                            .intValueExact();
                }
            }
        }
        throw new AssertionError("no shrouded key bag");
    }
}
