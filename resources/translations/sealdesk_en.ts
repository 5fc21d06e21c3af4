<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>An unexpected error occurred.</source>
        <extracomment>SealDeskError.what</extracomment>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <source>Please report this problem with the log file attached.</source>
        <extracomment>SealDeskError.todo, app/doctor.py</extracomment>
        <translation>Please report this problem with the log file attached.</translation>
    </message>
    <message>
        <source>The operation could not be completed.</source>
        <extracomment>UserError.what</extracomment>
        <translation>The operation could not be completed.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <extracomment>Cancelled.what</extracomment>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cannot read {path}.</source>
        <extracomment>InputError.what</extracomment>
        <translation>Cannot read {path}.</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <extracomment>InputError.todo</extracomment>
        <translation>Check that the file exists and is readable.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({detail}).</source>
        <extracomment>OutputError.what</extracomment>
        <translation>Cannot write {path} ({detail}).</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with enough free space.</source>
        <extracomment>OutputError.todo</extracomment>
        <translation>Choose a folder you can write to, with enough free space.</translation>
    </message>
    <message>
        <source>The security token reported an error ({detail}).</source>
        <extracomment>TokenError.what</extracomment>
        <translation>The security token reported an error ({detail}).</translation>
    </message>
    <message>
        <source>Remove and re-insert the token, then try again.</source>
        <extracomment>TokenError.todo</extracomment>
        <translation>Remove and re-insert the token, then try again.</translation>
    </message>
    <message>
        <source>Cannot read the PIN from {source}.</source>
        <extracomment>PinSourceError.what</extracomment>
        <translation>Cannot read the PIN from {source}.</translation>
    </message>
    <message>
        <source>Check the environment variable or file that should hold it.</source>
        <extracomment>PinSourceError.todo</extracomment>
        <translation>Check the environment variable or file that should hold it.</translation>
    </message>
    <message>
        <source>Cannot load the key from {path} ({detail}).</source>
        <extracomment>KeyFileError.what</extracomment>
        <translation>Cannot load the key from {path} ({detail}).</translation>
    </message>
    <message>
        <source>Check the file and its password.</source>
        <extracomment>KeyFileError.todo</extracomment>
        <translation>Check the file and its password.</translation>
    </message>
    <message>
        <source>The signing certificate cannot be used: {detail}.</source>
        <extracomment>CertificateError.what</extracomment>
        <translation>The signing certificate cannot be used: {detail}.</translation>
    </message>
    <message>
        <source>Choose another certificate or renew this one.</source>
        <extracomment>CertificateError.todo</extracomment>
        <translation>Choose another certificate or renew this one.</translation>
    </message>
    <message>
        <source>The service at {url} failed ({detail}).</source>
        <extracomment>ServiceError.what</extracomment>
        <translation>The service at {url} failed ({detail}).</translation>
    </message>
    <message>
        <source>Check the network connection and the service address.</source>
        <extracomment>ServiceError.todo</extracomment>
        <translation>Check the network connection and the service address.</translation>
    </message>
    <message>
        <source>The document could not be signed: {detail}.</source>
        <extracomment>SigningError.what</extracomment>
        <translation>The document could not be signed: {detail}.</translation>
    </message>
    <message>
        <source>{detail}.</source>
        <extracomment>UsageError.what</extracomment>
        <translation>{detail}.</translation>
    </message>
    <message>
        <source>See &apos;sealdesk --help&apos;.</source>
        <extracomment>UsageError.todo</extracomment>
        <translation>See &apos;sealdesk --help&apos;.</translation>
    </message>
    <message>
        <source>The PKCS#11 URI is not valid: {detail}.</source>
        <extracomment>Pkcs11UriError.what</extracomment>
        <translation>The PKCS#11 URI is not valid: {detail}.</translation>
    </message>
    <message>
        <source>Write it like pkcs11:token=NAME;object=LABEL (RFC 7512); &apos;sealdesk tokens&apos; lists keys.</source>
        <extracomment>Pkcs11UriError.todo</extracomment>
        <translation>Write it like pkcs11:token=NAME;object=LABEL (RFC 7512); &apos;sealdesk tokens&apos; lists keys.</translation>
    </message>
    <message>
        <source>The vault at {path} cannot be used ({detail}).</source>
        <extracomment>VaultError.what</extracomment>
        <translation>The vault at {path} cannot be used ({detail}).</translation>
    </message>
    <message>
        <source>Check the vault folder and its permissions.</source>
        <extracomment>VaultError.todo</extracomment>
        <translation>Check the vault folder and its permissions.</translation>
    </message>
    <message>
        <source>The {kind} is not valid: {detail}.</source>
        <extracomment>PersonalDataInvalid.what, LetterFieldInvalid.what</extracomment>
        <translation>The {kind} is not valid: {detail}.</translation>
    </message>
    <message>
        <source>Check the number and type it again.</source>
        <extracomment>PersonalDataInvalid.todo</extracomment>
        <translation>Check the number and type it again.</translation>
    </message>
    <message>
        <source>SM2 signatures need the gmssl-pyx package, which could not be loaded ({detail}).</source>
        <extracomment>Sm2Unavailable.what</extracomment>
        <translation>SM2 signatures need the gmssl-pyx package, which could not be loaded ({detail}).</translation>
    </message>
    <message>
        <source>Reinstall SealDesk (or run &apos;pip install gmssl-pyx&apos;).</source>
        <extracomment>Sm2Unavailable.todo</extracomment>
        <translation>Reinstall SealDesk (or run &apos;pip install gmssl-pyx&apos;).</translation>
    </message>
    <message>
        <source>SealDesk cannot {action} before you agree to the {agreements}.</source>
        <extracomment>ConsentRequired.what</extracomment>
        <translation>SealDesk cannot {action} before you agree to the {agreements}.</translation>
    </message>
    <message>
        <source>Read and accept the agreements (Settings → Agreements, or: sealdesk consent accept), then try again.</source>
        <extracomment>ConsentRequired.todo</extracomment>
        <translation>Read and accept the agreements (Settings → Agreements, or: sealdesk consent accept), then try again.</translation>
    </message>
    <message>
        <source>You have not agreed to {purpose}.</source>
        <extracomment>PurposeNotAgreed.what</extracomment>
        <translation>You have not agreed to {purpose}.</translation>
    </message>
    <message>
        <source>Choose another method, or agree to it in Settings → Agreements.</source>
        <extracomment>PurposeNotAgreed.todo</extracomment>
        <translation>Choose another method, or agree to it in Settings → Agreements.</translation>
    </message>
    <message>
        <source>Your intent to sign was not confirmed: {detail}.</source>
        <extracomment>IntentNotChecked.what</extracomment>
        <translation>Your intent to sign was not confirmed: {detail}.</translation>
    </message>
    <message>
        <source>Confirm it with one of the offered methods, then sign again.</source>
        <extracomment>IntentNotChecked.todo</extracomment>
        <translation>Confirm it with one of the offered methods, then sign again.</translation>
    </message>
    <message>
        <source>The code is wrong.</source>
        <extracomment>SmsWrongCode.what</extracomment>
        <translation>The code is wrong.</translation>
    </message>
    <message>
        <source>{attempts_left} attempt(s) left: check the text message and type the code again.</source>
        <extracomment>SmsWrongCode.todo</extracomment>
        <translation>{attempts_left} attempt(s) left: check the text message and type the code again.</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <extracomment>SmsExpired.what</extracomment>
        <translation>The code has expired.</translation>
    </message>
    <message>
        <source>Ask for a new code.</source>
        <extracomment>SmsExpired.todo, SmsChallengeClosed.todo</extracomment>
        <translation>Ask for a new code.</translation>
    </message>
    <message>
        <source>Too many wrong codes were typed for this request.</source>
        <extracomment>SmsTooManyAttempts.what</extracomment>
        <translation>Too many wrong codes were typed for this request.</translation>
    </message>
    <message>
        <source>Ask for a new code, or use another method.</source>
        <extracomment>SmsTooManyAttempts.todo</extracomment>
        <translation>Ask for a new code, or use another method.</translation>
    </message>
    <message>
        <source>This code request is closed: its code was already used, or the platform no longer knows it.</source>
        <extracomment>SmsChallengeClosed.what</extracomment>
        <translation>This code request is closed: its code was already used, or the platform no longer knows it.</translation>
    </message>
    <message>
        <source>A new code can be sent in {seconds} s.</source>
        <extracomment>SmsResendTooSoon.what</extracomment>
        <translation>A new code can be sent in {seconds} s.</translation>
    </message>
    <message>
        <source>Wait, then ask again.</source>
        <extracomment>SmsResendTooSoon.todo</extracomment>
        <translation>Wait, then ask again.</translation>
    </message>
    <message>
        <source>No camera can be used on this computer ({detail}).</source>
        <extracomment>CameraUnavailable.what</extracomment>
        <translation>No camera can be used on this computer ({detail}).</translation>
    </message>
    <message>
        <source>Connect a camera, or confirm your intent with the SMS code or the token PIN.</source>
        <extracomment>CameraUnavailable.todo</extracomment>
        <translation>Connect a camera, or confirm your intent with the SMS code or the token PIN.</translation>
    </message>
    <message>
        <source>The picture must show exactly one face; it shows {count}.</source>
        <extracomment>FaceNotFound.what</extracomment>
        <translation>The picture must show exactly one face; it shows {count}.</translation>
    </message>
    <message>
        <source>Face the camera alone, in good light, and try again.</source>
        <extracomment>FaceNotFound.todo</extracomment>
        <translation>Face the camera alone, in good light, and try again.</translation>
    </message>
    <message>
        <source>No movement was seen between the two pictures.</source>
        <extracomment>LivenessNotShown.what</extracomment>
        <translation>No movement was seen between the two pictures.</translation>
    </message>
    <message>
        <source>Turn your head slightly when asked, then try again.</source>
        <extracomment>LivenessNotShown.todo</extracomment>
        <translation>Turn your head slightly when asked, then try again.</translation>
    </message>
    <message>
        <source>The platform could not confirm that the face matches the signer.</source>
        <extracomment>FaceNotVerified.what</extracomment>
        <translation>The platform could not confirm that the face matches the signer.</translation>
    </message>
    <message>
        <source>Try again in better light, or use another method.</source>
        <extracomment>FaceNotVerified.todo</extracomment>
        <translation>Try again in better light, or use another method.</translation>
    </message>
    <message>
        <source>{name} changed after you reviewed it: its fingerprint is no longer the one you saw.</source>
        <extracomment>DocumentNotAsReviewed.what</extracomment>
        <translation>{name} changed after you reviewed it: its fingerprint is no longer the one you saw.</translation>
    </message>
    <message>
        <source>Nothing was signed. Review the documents again, then sign.</source>
        <extracomment>DocumentNotAsReviewed.todo</extracomment>
        <translation>Nothing was signed. Review the documents again, then sign.</translation>
    </message>
    <message>
        <source>Seal custody: {detail}.</source>
        <extracomment>CustodyError.what</extracomment>
        <translation>Seal custody: {detail}.</translation>
    </message>
    <message>
        <source>Evidence sync failed ({detail}).</source>
        <extracomment>SyncError.what</extracomment>
        <translation>Evidence sync failed ({detail}).</translation>
    </message>
    <message>
        <source>Try again later; the evidence stays in the vault and is sent then.</source>
        <extracomment>SyncError.todo</extracomment>
        <translation>Try again later; the evidence stays in the vault and is sent then.</translation>
    </message>
    <message>
        <source>The SM2 vendor profile {path} cannot be used ({detail}).</source>
        <extracomment>Sm2ProfileError.what</extracomment>
        <translation>The SM2 vendor profile {path} cannot be used ({detail}).</translation>
    </message>
    <message>
        <source>Fix the profile (see docs/sm2-pkcs11.md for its fields and example values).</source>
        <extracomment>Sm2ProfileError.todo</extracomment>
        <translation>Fix the profile (see docs/sm2-pkcs11.md for its fields and example values).</translation>
    </message>
    <message>
        <source>The SM2 library failed: {detail}.</source>
        <extracomment>Sm2LibraryError.what</extracomment>
        <translation>The SM2 library failed: {detail}.</translation>
    </message>
    <message>
        <source>The agreement text {name} is missing or damaged ({detail}).</source>
        <extracomment>AgreementTextMissing.what</extracomment>
        <translation>The agreement text {name} is missing or damaged ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a PDF file.</source>
        <extracomment>NotAPdf.what</extracomment>
        <translation>{path} is not a PDF file.</translation>
    </message>
    <message>
        <source>Choose a PDF document.</source>
        <extracomment>NotAPdf.todo</extracomment>
        <translation>Choose a PDF document.</translation>
    </message>
    <message>
        <source>{path} is damaged or truncated and cannot be signed ({detail}).</source>
        <extracomment>DamagedPdf.what</extracomment>
        <translation>{path} is damaged or truncated and cannot be signed ({detail}).</translation>
    </message>
    <message>
        <source>Obtain an intact copy of the document.</source>
        <extracomment>DamagedPdf.todo, crypto/review/revisions.py, crypto/review/visual.py</extracomment>
        <translation>Obtain an intact copy of the document.</translation>
    </message>
    <message>
        <source>{path} is password-protected.</source>
        <extracomment>EncryptedPdf.what</extracomment>
        <translation>{path} is password-protected.</translation>
    </message>
    <message>
        <source>Give the document&apos;s password (--pdf-password-env).</source>
        <extracomment>EncryptedPdf.todo</extracomment>
        <translation>Give the document&apos;s password (--pdf-password-env).</translation>
    </message>
    <message>
        <source>The password for {path} is wrong.</source>
        <extracomment>WrongPdfPassword.what</extracomment>
        <translation>The password for {path} is wrong.</translation>
    </message>
    <message>
        <source>Check the document&apos;s password.</source>
        <extracomment>WrongPdfPassword.todo</extracomment>
        <translation>Check the document&apos;s password.</translation>
    </message>
    <message>
        <source>{path} cannot be signed: {detail}.</source>
        <extracomment>UnsupportedPdf.what</extracomment>
        <translation>{path} cannot be signed: {detail}.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <extracomment>OutputExists.what</extracomment>
        <translation>{path} already exists.</translation>
    </message>
    <message>
        <source>Choose another output name, or pass --overwrite.</source>
        <extracomment>OutputExists.todo</extracomment>
        <translation>Choose another output name, or pass --overwrite.</translation>
    </message>
    <message>
        <source>The PKCS#11 driver {path} could not be loaded ({detail}).</source>
        <extracomment>ModuleNotFound.what</extracomment>
        <translation>The PKCS#11 driver {path} could not be loaded ({detail}).</translation>
    </message>
    <message>
        <source>Install the token vendor&apos;s driver, or give its path with --module. A 64-bit SealDesk needs the 64-bit driver.</source>
        <extracomment>ModuleNotFound.todo</extracomment>
        <translation>Install the token vendor&apos;s driver, or give its path with --module. A 64-bit SealDesk needs the 64-bit driver.</translation>
    </message>
    <message>
        <source>No security token was found.</source>
        <extracomment>NoToken.what</extracomment>
        <translation>No security token was found.</translation>
    </message>
    <message>
        <source>Insert the USB key and check that its driver is installed.</source>
        <extracomment>NoToken.todo</extracomment>
        <translation>Insert the USB key and check that its driver is installed.</translation>
    </message>
    <message>
        <source>The security token was removed during the operation.</source>
        <extracomment>TokenRemoved.what</extracomment>
        <translation>The security token was removed during the operation.</translation>
    </message>
    <message>
        <source>Re-insert the token and sign again; nothing was written.</source>
        <extracomment>TokenRemoved.todo</extracomment>
        <translation>Re-insert the token and sign again; nothing was written.</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <extracomment>PinIncorrect.what</extracomment>
        <translation>The PIN is wrong.</translation>
    </message>
    <message>
        <source>Check the PIN and try again.</source>
        <extracomment>PinIncorrect.todo, crypto/errors.py:232</extracomment>
        <translation>Check the PIN and try again.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked after too many wrong attempts.</source>
        <extracomment>PinLocked.what</extracomment>
        <translation>The token&apos;s PIN is locked after too many wrong attempts.</translation>
    </message>
    <message>
        <source>Ask your certificate authority or administrator to unlock it with the SO PIN.</source>
        <extracomment>PinLocked.todo</extracomment>
        <translation>Ask your certificate authority or administrator to unlock it with the SO PIN.</translation>
    </message>
    <message>
        <source>The PIN has a form the token does not accept ({detail}).</source>
        <extracomment>PinInvalid.what</extracomment>
        <translation>The PIN has a form the token does not accept ({detail}).</translation>
    </message>
    <message>
        <source>Check the PIN&apos;s length and characters.</source>
        <extracomment>PinInvalid.todo</extracomment>
        <translation>Check the PIN&apos;s length and characters.</translation>
    </message>
    <message>
        <source>No usable signing key matches {selector}.</source>
        <extracomment>KeyNotFound.what</extracomment>
        <translation>No usable signing key matches {selector}.</translation>
    </message>
    <message>
        <source>List the keys with &apos;sealdesk tokens&apos; and choose one.</source>
        <extracomment>KeyNotFound.todo</extracomment>
        <translation>List the keys with &apos;sealdesk tokens&apos; and choose one.</translation>
    </message>
    <message>
        <source>The SKF library {path} could not be loaded ({detail}).</source>
        <extracomment>SkfLibraryError.what</extracomment>
        <translation>The SKF library {path} could not be loaded ({detail}).</translation>
    </message>
    <message>
        <source>Install the USB key vendor&apos;s SKF library (GM/T 0016) and give its path. A 64-bit SealDesk needs the 64-bit library.</source>
        <extracomment>SkfLibraryError.todo</extracomment>
        <translation>Install the USB key vendor&apos;s SKF library (GM/T 0016) and give its path. A 64-bit SealDesk needs the 64-bit library.</translation>
    </message>
    <message>
        <source>The token does not offer the mechanism {mechanism} ({purpose}).</source>
        <extracomment>MechanismMissing.what</extracomment>
        <translation>The token does not offer the mechanism {mechanism} ({purpose}).</translation>
    </message>
    <message>
        <source>Check the vendor profile or use a token that supports it.</source>
        <extracomment>MechanismMissing.todo</extracomment>
        <translation>Check the vendor profile or use a token that supports it.</translation>
    </message>
    <message>
        <source>The key on the token cannot be used for this: {detail}.</source>
        <extracomment>KeyOperationRefused.what</extracomment>
        <translation>The key on the token cannot be used for this: {detail}.</translation>
    </message>
    <message>
        <source>Choose a key (certificate) on the token that allows it.</source>
        <extracomment>KeyOperationRefused.todo</extracomment>
        <translation>Choose a key (certificate) on the token that allows it.</translation>
    </message>
    <message>
        <source>The signing certificate for {subject} expired on {not_after}.</source>
        <extracomment>CertificateExpired.what</extracomment>
        <translation>The signing certificate for {subject} expired on {not_after}.</translation>
    </message>
    <message>
        <source>Renew the certificate, or choose another one.</source>
        <extracomment>CertificateExpired.todo</extracomment>
        <translation>Renew the certificate, or choose another one.</translation>
    </message>
    <message>
        <source>The signing certificate for {subject} is valid only from {not_before}.</source>
        <extracomment>CertificateNotYetValid.what</extracomment>
        <translation>The signing certificate for {subject} is valid only from {not_before}.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s clock, or choose another certificate.</source>
        <extracomment>CertificateNotYetValid.todo</extracomment>
        <translation>Check the computer&apos;s clock, or choose another certificate.</translation>
    </message>
    <message>
        <source>The signing certificate for {subject} has been revoked ({detail}).</source>
        <extracomment>CertificateRevoked.what</extracomment>
        <translation>The signing certificate for {subject} has been revoked ({detail}).</translation>
    </message>
    <message>
        <source>Do not use this certificate; ask your certificate authority for a new one.</source>
        <extracomment>CertificateRevoked.todo</extracomment>
        <translation>Do not use this certificate; ask your certificate authority for a new one.</translation>
    </message>
    <message>
        <source>The signing certificate&apos;s chain could not be validated: {detail}.</source>
        <extracomment>CertificateUntrusted.what</extracomment>
        <translation>The signing certificate&apos;s chain could not be validated: {detail}.</translation>
    </message>
    <message>
        <source>Add the issuing CA with --trust, or check the network for revocation sources.</source>
        <extracomment>CertificateUntrusted.todo</extracomment>
        <translation>Add the issuing CA with --trust, or check the network for revocation sources.</translation>
    </message>
    <message>
        <source>The certificate for {subject} does not have an SM2 key ({detail}).</source>
        <extracomment>NotSm2Key.what</extracomment>
        <translation>The certificate for {subject} does not have an SM2 key ({detail}).</translation>
    </message>
    <message>
        <source>Choose an SM2 certificate and key for an SM2 signature.</source>
        <extracomment>NotSm2Key.todo</extracomment>
        <translation>Choose an SM2 certificate and key for an SM2 signature.</translation>
    </message>
    <message>
        <source>The timestamp service at {url} could not be reached ({detail}).</source>
        <extracomment>TsaUnavailable.what</extracomment>
        <translation>The timestamp service at {url} could not be reached ({detail}).</translation>
    </message>
    <message>
        <source>Check the network, or sign at level B-B now and add the timestamp later.</source>
        <extracomment>TsaUnavailable.todo</extracomment>
        <translation>Check the network, or sign at level B-B now and add the timestamp later.</translation>
    </message>
    <message>
        <source>Revocation information for {subject} could not be obtained ({detail}).</source>
        <extracomment>RevocationUnavailable.what</extracomment>
        <translation>Revocation information for {subject} could not be obtained ({detail}).</translation>
    </message>
    <message>
        <source>Check the network, or sign at level B-T and add validation data later.</source>
        <extracomment>RevocationUnavailable.todo</extracomment>
        <translation>Check the network, or sign at level B-T and add validation data later.</translation>
    </message>
    <message>
        <source>The e-signing platform at {url} could not be reached ({detail}).</source>
        <extracomment>PlatformUnavailable.what</extracomment>
        <translation>The e-signing platform at {url} could not be reached ({detail}).</translation>
    </message>
    <message>
        <source>Check the network, or confirm your intent with the token PIN.</source>
        <extracomment>PlatformUnavailable.todo</extracomment>
        <translation>Check the network, or confirm your intent with the token PIN.</translation>
    </message>
    <message>
        <source>The e-signing platform refused the request ({detail}).</source>
        <extracomment>PlatformRefused.what</extracomment>
        <translation>The e-signing platform refused the request ({detail}).</translation>
    </message>
    <message>
        <source>Try again later, or confirm your intent with another method.</source>
        <extracomment>PlatformRefused.todo</extracomment>
        <translation>Try again later, or confirm your intent with another method.</translation>
    </message>
    <message>
        <source>The platform does not know this signer&apos;s phone number.</source>
        <extracomment>UnknownSigner.what</extracomment>
        <translation>The platform does not know this signer&apos;s phone number.</translation>
    </message>
    <message>
        <source>Ask your administrator to register the signer, or use another method.</source>
        <extracomment>UnknownSigner.todo</extracomment>
        <translation>Ask your administrator to register the signer, or use another method.</translation>
    </message>
    <message>
        <source>Too many requests were sent to the platform.</source>
        <extracomment>RateLimited.what</extracomment>
        <translation>Too many requests were sent to the platform.</translation>
    </message>
    <message>
        <source>Wait {seconds} s, then try again.</source>
        <extracomment>RateLimited.todo</extracomment>
        <translation>Wait {seconds} s, then try again.</translation>
    </message>
    <message>
        <source>Signature field problem: {detail}.</source>
        <extracomment>FieldError.what</extracomment>
        <translation>Signature field problem: {detail}.</translation>
    </message>
    <message>
        <source>Choose another field name, or omit --field to create a new one.</source>
        <extracomment>FieldError.todo</extracomment>
        <translation>Choose another field name, or omit --field to create a new one.</translation>
    </message>
    <message>
        <source>The seal cannot be placed: {detail}.</source>
        <extracomment>PlacementError.what</extracomment>
        <translation>The seal cannot be placed: {detail}.</translation>
    </message>
    <message>
        <source>Check the page number, rectangle or anchor text.</source>
        <extracomment>PlacementError.todo</extracomment>
        <translation>Check the page number, rectangle or anchor text.</translation>
    </message>
    <message>
        <source>The seal image {path} cannot be used: {detail}.</source>
        <extracomment>SealImageError.what</extracomment>
        <translation>The seal image {path} cannot be used: {detail}.</translation>
    </message>
    <message>
        <source>Use a PNG image with a transparent background.</source>
        <extracomment>SealImageError.todo</extracomment>
        <translation>Use a PNG image with a transparent background.</translation>
    </message>
    <message>
        <source>The signed output did not verify: {detail}.</source>
        <extracomment>VerificationFailed.what</extracomment>
        <translation>The signed output did not verify: {detail}.</translation>
    </message>
    <message>
        <source>Nothing was written. Please report this problem.</source>
        <extracomment>VerificationFailed.todo</extracomment>
        <translation>Nothing was written. Please report this problem.</translation>
    </message>
    <message>
        <source>The second signature needs an RSA or ECDSA key, but {subject} has an SM2 key.</source>
        <extracomment>SecondSignatureKey.what</extracomment>
        <translation>The second signature needs an RSA or ECDSA key, but {subject} has an SM2 key.</translation>
    </message>
    <message>
        <source>Choose a certificate with an RSA or ECDSA key for the second signature.</source>
        <extracomment>SecondSignatureKey.todo</extracomment>
        <translation>Choose a certificate with an RSA or ECDSA key for the second signature.</translation>
    </message>
    <message>
        <source>A certification signature that allows no changes (DocMDP level 1) cannot be followed by a second signature.</source>
        <extracomment>SecondSignatureNotAllowed.what</extracomment>
        <translation>A certification signature that allows no changes (DocMDP level 1) cannot be followed by a second signature.</translation>
    </message>
    <message>
        <source>Certify with level 2 or 3, or sign without the second signature.</source>
        <extracomment>SecondSignatureNotAllowed.todo</extracomment>
        <translation>Certify with level 2 or 3, or sign without the second signature.</translation>
    </message>
    <message>
        <source>There is no agreement named {kind}.</source>
        <extracomment>UnknownAgreement.what</extracomment>
        <translation>There is no agreement named {kind}.</translation>
    </message>
    <message>
        <source>Use one of: {kinds}.</source>
        <extracomment>UnknownAgreement.todo</extracomment>
        <translation>Use one of: {kinds}.</translation>
    </message>
    <message>
        <source>Nothing was recorded: agreeing to {agreements} needs your explicit confirmation.</source>
        <extracomment>AgreementNotConfirmed.what</extracomment>
        <translation>Nothing was recorded: agreeing to {agreements} needs your explicit confirmation.</translation>
    </message>
    <message>
        <source>Read each text (sealdesk consent show KIND), then repeat the command with {flags}.</source>
        <extracomment>AgreementNotConfirmed.todo</extracomment>
        <translation>Read each text (sealdesk consent show KIND), then repeat the command with {flags}.</translation>
    </message>
    <message>
        <source>Consent to {kind} is not given in advance: it is asked before each face check.</source>
        <extracomment>NotAStandingConsent.what</extracomment>
        <translation>Consent to {kind} is not given in advance: it is asked before each face check.</translation>
    </message>
    <message>
        <source>Choose the face check when signing; its consent is asked there.</source>
        <extracomment>NotAStandingConsent.todo</extracomment>
        <translation>Choose the face check when signing; its consent is asked there.</translation>
    </message>
    <message>
        <source>There is no vault at {path}.</source>
        <extracomment>VaultNotFound.what</extracomment>
        <translation>There is no vault at {path}.</translation>
    </message>
    <message>
        <source>Create one with &apos;sealdesk vault init&apos;, or give its folder with --vault.</source>
        <extracomment>VaultNotFound.todo</extracomment>
        <translation>Create one with &apos;sealdesk vault init&apos;, or give its folder with --vault.</translation>
    </message>
    <message>
        <source>A vault already exists at {path}.</source>
        <extracomment>VaultExists.what</extracomment>
        <translation>A vault already exists at {path}.</translation>
    </message>
    <message>
        <source>Use it, or choose another folder with --vault.</source>
        <extracomment>VaultExists.todo</extracomment>
        <translation>Use it, or choose another folder with --vault.</translation>
    </message>
    <message>
        <source>Wrong passphrase or damaged vault: {path} could not be opened.</source>
        <extracomment>VaultWrongKey.what</extracomment>
        <translation>Wrong passphrase or damaged vault: {path} could not be opened.</translation>
    </message>
    <message>
        <source>Check the passphrase (or the key in the system keyring); nothing was changed.</source>
        <extracomment>VaultWrongKey.todo</extracomment>
        <translation>Check the passphrase (or the key in the system keyring); nothing was changed.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <extracomment>VaultLocked.what</extracomment>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>Unlock it again with its passphrase.</source>
        <extracomment>VaultLocked.todo</extracomment>
        <translation>Unlock it again with its passphrase.</translation>
    </message>
    <message>
        <source>The vault at {path} is in use by another SealDesk process.</source>
        <extracomment>VaultBusy.what</extracomment>
        <translation>The vault at {path} is in use by another SealDesk process.</translation>
    </message>
    <message>
        <source>Close the other SealDesk window or command, then try again.</source>
        <extracomment>VaultBusy.todo</extracomment>
        <translation>Close the other SealDesk window or command, then try again.</translation>
    </message>
    <message>
        <source>The vault key could not be obtained from {source} ({detail}).</source>
        <extracomment>VaultKeySourceError.what</extracomment>
        <translation>The vault key could not be obtained from {source} ({detail}).</translation>
    </message>
    <message>
        <source>Check the system keyring, or unlock the vault with its passphrase.</source>
        <extracomment>VaultKeySourceError.todo</extracomment>
        <translation>Check the system keyring, or unlock the vault with its passphrase.</translation>
    </message>
    <message>
        <source>The vault at {path} was created by a newer SealDesk (format {version}).</source>
        <extracomment>VaultTooNew.what</extracomment>
        <translation>The vault at {path} was created by a newer SealDesk (format {version}).</translation>
    </message>
    <message>
        <source>Update SealDesk to open it.</source>
        <extracomment>VaultTooNew.todo</extracomment>
        <translation>Update SealDesk to open it.</translation>
    </message>
    <message>
        <source>No document in the vault matches {ident}.</source>
        <extracomment>VaultDocumentNotFound.what</extracomment>
        <translation>No document in the vault matches {ident}.</translation>
    </message>
    <message>
        <source>List the documents with &apos;sealdesk vault list&apos;.</source>
        <extracomment>VaultDocumentNotFound.todo</extracomment>
        <translation>List the documents with &apos;sealdesk vault list&apos;.</translation>
    </message>
    <message>
        <source>Several documents in the vault match {ident}.</source>
        <extracomment>VaultDocumentAmbiguous.what</extracomment>
        <translation>Several documents in the vault match {ident}.</translation>
    </message>
    <message>
        <source>Give more characters of the document ID.</source>
        <extracomment>VaultDocumentAmbiguous.todo</extracomment>
        <translation>Give more characters of the document ID.</translation>
    </message>
    <message>
        <source>Document {ident} was destroyed on {when} and cannot be recovered.</source>
        <extracomment>VaultDocumentDestroyed.what</extracomment>
        <translation>Document {ident} was destroyed on {when} and cannot be recovered.</translation>
    </message>
    <message>
        <source>The vault&apos;s contents were altered: {detail}.</source>
        <extracomment>VaultTampered.what</extracomment>
        <translation>The vault&apos;s contents were altered: {detail}.</translation>
    </message>
    <message>
        <source>Restore the vault from a backup and keep this copy for investigation.</source>
        <extracomment>VaultTampered.todo</extracomment>
        <translation>Restore the vault from a backup and keep this copy for investigation.</translation>
    </message>
    <message>
        <source>The vault at {path} cannot change its key this way ({detail}).</source>
        <extracomment>RekeyNotPossible.what</extracomment>
        <translation>The vault at {path} cannot change its key this way ({detail}).</translation>
    </message>
    <message>
        <source>Use &apos;sealdesk vault passwd&apos; for a passphrase vault, or choose --keyring / --token-key.</source>
        <extracomment>RekeyNotPossible.todo</extracomment>
        <translation>Use &apos;sealdesk vault passwd&apos; for a passphrase vault, or choose --keyring / --token-key.</translation>
    </message>
    <message>
        <source>Correct it and try again.</source>
        <extracomment>LetterFieldInvalid.todo</extracomment>
        <translation>Correct it and try again.</translation>
    </message>
    <message>
        <source>No seal in the registry matches {ident}.</source>
        <extracomment>SealNotFound.what</extracomment>
        <translation>No seal in the registry matches {ident}.</translation>
    </message>
    <message>
        <source>List the seals with &apos;sealdesk seal list&apos;.</source>
        <extracomment>SealNotFound.todo</extracomment>
        <translation>List the seals with &apos;sealdesk seal list&apos;.</translation>
    </message>
    <message>
        <source>The seal {name} is already registered (id {ident}).</source>
        <extracomment>SealExists.what</extracomment>
        <translation>The seal {name} is already registered (id {ident}).</translation>
    </message>
    <message>
        <source>Use the registered seal, or give the new one another name.</source>
        <extracomment>SealExists.todo</extracomment>
        <translation>Use the registered seal, or give the new one another name.</translation>
    </message>
    <message>
        <source>The seal cannot be registered: {detail}.</source>
        <extracomment>SealInvalid.what</extracomment>
        <translation>The seal cannot be registered: {detail}.</translation>
    </message>
    <message>
        <source>Check the seal&apos;s image, certificate and the people allowed to use it.</source>
        <extracomment>SealInvalid.todo</extracomment>
        <translation>Check the seal&apos;s image, certificate and the people allowed to use it.</translation>
    </message>
    <message>
        <source>The seal {name} is not valid now ({detail}).</source>
        <extracomment>SealNotValid.what</extracomment>
        <translation>The seal {name} is not valid now ({detail}).</translation>
    </message>
    <message>
        <source>Ask the seal&apos;s administrator to renew its validity.</source>
        <extracomment>SealNotValid.todo</extracomment>
        <translation>Ask the seal&apos;s administrator to renew its validity.</translation>
    </message>
    <message>
        <source>The certificate {subject} may not {action} for the seal {name}.</source>
        <extracomment>NotAllowed.what</extracomment>
        <translation>The certificate {subject} may not {action} for the seal {name}.</translation>
    </message>
    <message>
        <source>Use the key of a person the seal&apos;s registry entry names.</source>
        <extracomment>NotAllowed.todo</extracomment>
        <translation>Use the key of a person the seal&apos;s registry entry names.</translation>
    </message>
    <message>
        <source>The signed {kind} does not verify: {detail}.</source>
        <extracomment>SignedObjectInvalid.what</extracomment>
        <translation>The signed {kind} does not verify: {detail}.</translation>
    </message>
    <message>
        <source>Do not use it; ask its sender for a new copy.</source>
        <extracomment>SignedObjectInvalid.todo</extracomment>
        <translation>Do not use it; ask its sender for a new copy.</translation>
    </message>
    <message>
        <source>No seal-use request matches {ident}.</source>
        <extracomment>RequestNotFound.what</extracomment>
        <translation>No seal-use request matches {ident}.</translation>
    </message>
    <message>
        <source>List the requests with &apos;sealdesk request list&apos;.</source>
        <extracomment>RequestNotFound.todo</extracomment>
        <translation>List the requests with &apos;sealdesk request list&apos;.</translation>
    </message>
    <message>
        <source>The request {ident} is {state}: it cannot be {action}.</source>
        <extracomment>RequestState.what</extracomment>
        <translation>The request {ident} is {state}: it cannot be {action}.</translation>
    </message>
    <message>
        <source>The request file {path} was already imported ({detail}).</source>
        <extracomment>RequestReplayed.what</extracomment>
        <translation>The request file {path} was already imported ({detail}).</translation>
    </message>
    <message>
        <source>Nothing was changed; there is nothing more to import from this file.</source>
        <extracomment>RequestReplayed.todo</extracomment>
        <translation>Nothing was changed; there is nothing more to import from this file.</translation>
    </message>
    <message>
        <source>{path} is not a valid seal-use request file: {detail}.</source>
        <extracomment>RequestFileInvalid.what</extracomment>
        <translation>{path} is not a valid seal-use request file: {detail}.</translation>
    </message>
    <message>
        <source>Ask its sender to export it again with &apos;sealdesk request export&apos;.</source>
        <extracomment>RequestFileInvalid.todo</extracomment>
        <translation>Ask its sender to export it again with &apos;sealdesk request export&apos;.</translation>
    </message>
    <message>
        <source>{path} is not one of the documents approved by request {ident} ({detail}).</source>
        <extracomment>DocumentNotApproved.what</extracomment>
        <translation>{path} is not one of the documents approved by request {ident} ({detail}).</translation>
    </message>
    <message>
        <source>Seal only the documents as approved; a changed document needs a new request.</source>
        <extracomment>DocumentNotApproved.todo</extracomment>
        <translation>Seal only the documents as approved; a changed document needs a new request.</translation>
    </message>
    <message>
        <source>The signature of document {ident} could not be upgraded yet: {detail}.</source>
        <extracomment>QueueUpgradeFailed.what</extracomment>
        <translation>The signature of document {ident} could not be upgraded yet: {detail}.</translation>
    </message>
    <message>
        <source>It stays in the queue and is tried again later.</source>
        <extracomment>QueueUpgradeFailed.todo</extracomment>
        <translation>It stays in the queue and is tried again later.</translation>
    </message>
    <message>
        <source>The platform already holds {detail} for request {ident}.</source>
        <extracomment>MailboxConflict.what</extracomment>
        <translation>The platform already holds {detail} for request {ident}.</translation>
    </message>
    <message>
        <source>Fetch from the platform (&apos;sealdesk request fetch&apos;) and look at the request again.</source>
        <extracomment>MailboxConflict.todo</extracomment>
        <translation>Fetch from the platform (&apos;sealdesk request fetch&apos;) and look at the request again.</translation>
    </message>
    <message>
        <source>Request {ident} is not sent to the platform: {detail}.</source>
        <extracomment>NotShareable.what</extracomment>
        <translation>Request {ident} is not sent to the platform: {detail}.</translation>
    </message>
    <message>
        <source>Carry it as a request file instead (&apos;sealdesk request export&apos;).</source>
        <extracomment>NotShareable.todo</extracomment>
        <translation>Carry it as a request file instead (&apos;sealdesk request export&apos;).</translation>
    </message>
    <message>
        <source>The platform&apos;s list of seal-use requests is not usable ({detail}).</source>
        <extracomment>MailboxAnswerInvalid.what</extracomment>
        <translation>The platform&apos;s list of seal-use requests is not usable ({detail}).</translation>
    </message>
    <message>
        <source>Nothing was changed past the last good entry; try again later or tell the operator.</source>
        <extracomment>MailboxAnswerInvalid.todo</extracomment>
        <translation>Nothing was changed past the last good entry; try again later or tell the operator.</translation>
    </message>
    <message>
        <source>The platform address {url} is not allowed: {detail}.</source>
        <extracomment>InsecurePlatformUrl.what</extracomment>
        <translation>The platform address {url} is not allowed: {detail}.</translation>
    </message>
    <message>
        <source>Use an https:// address (plain http:// only to 127.0.0.1, ::1 or localhost).</source>
        <extracomment>InsecurePlatformUrl.todo</extracomment>
        <translation>Use an https:// address (plain http:// only to 127.0.0.1, ::1 or localhost).</translation>
    </message>
    <message>
        <source>This vault is not registered with an e-signing platform.</source>
        <extracomment>PlatformNotConfigured.what</extracomment>
        <translation>This vault is not registered with an e-signing platform.</translation>
    </message>
    <message>
        <source>Register it first: sealdesk sync register --platform URL --enrolment-token-env VAR.</source>
        <extracomment>PlatformNotConfigured.todo</extracomment>
        <translation>Register it first: sealdesk sync register --platform URL --enrolment-token-env VAR.</translation>
    </message>
    <message>
        <source>The platform {url} could not be reached ({detail}).</source>
        <extracomment>PlatformUnreachable.what</extracomment>
        <translation>The platform {url} could not be reached ({detail}).</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings; the sync tries again by itself.</source>
        <extracomment>PlatformUnreachable.todo</extracomment>
        <translation>Check the network connection and proxy settings; the sync tries again by itself.</translation>
    </message>
    <message>
        <source>The platform {url} did not prove its identity ({detail}).</source>
        <extracomment>PlatformTlsError.what</extracomment>
        <translation>The platform {url} did not prove its identity ({detail}).</translation>
    </message>
    <message>
        <source>Check the platform address and its certificate authority (--ca-file); do not continue if you do not trust this network.</source>
        <extracomment>PlatformTlsError.todo</extracomment>
        <translation>Check the platform address and its certificate authority (--ca-file); do not continue if you do not trust this network.</translation>
    </message>
    <message>
        <source>The platform refused the request: {error} ({status}).</source>
        <extracomment>PlatformRefused.what</extracomment>
        <translation>The platform refused the request: {error} ({status}).</translation>
    </message>
    <message>
        <source>Check the registration and the computer&apos;s clock; ask the operator if it persists.</source>
        <extracomment>PlatformRefused.todo</extracomment>
        <translation>Check the registration and the computer&apos;s clock; ask the operator if it persists.</translation>
    </message>
    <message>
        <source>The platform is busy or failing ({detail}).</source>
        <extracomment>PlatformBusy.what</extracomment>
        <translation>The platform is busy or failing ({detail}).</translation>
    </message>
    <message>
        <source>Nothing to do: the sync tries again later by itself.</source>
        <extracomment>PlatformBusy.todo</extracomment>
        <translation>Nothing to do: the sync tries again later by itself.</translation>
    </message>
    <message>
        <source>The platform refused the enrolment token ({detail}).</source>
        <extracomment>EnrolmentRefused.what</extracomment>
        <translation>The platform refused the enrolment token ({detail}).</translation>
    </message>
    <message>
        <source>Ask the platform operator for a new enrolment token.</source>
        <extracomment>EnrolmentRefused.todo</extracomment>
        <translation>Ask the platform operator for a new enrolment token.</translation>
    </message>
    <message>
        <source>A platform receipt did not verify: {detail}. The receipt was not stored.</source>
        <extracomment>ReceiptRejected.what</extracomment>
        <translation>A platform receipt did not verify: {detail}. The receipt was not stored.</translation>
    </message>
    <message>
        <source>The evidence stays in the vault. Tell the platform operator: the log may have been forked or rewritten, or the answer was altered on the way.</source>
        <extracomment>ReceiptRejected.todo</extracomment>
        <translation>The evidence stays in the vault. Tell the platform operator: the log may have been forked or rewritten, or the answer was altered on the way.</translation>
    </message>
    <message>
        <source>The USB key {label} does not hold the certificate the vault is locked to ({fingerprint}…).</source>
        <extracomment>TokenKeyMismatch.what</extracomment>
        <translation>The USB key {label} does not hold the certificate the vault is locked to ({fingerprint}…).</translation>
    </message>
    <message>
        <source>Insert the USB key this vault was set up with; nothing was changed.</source>
        <extracomment>TokenKeyMismatch.todo</extracomment>
        <translation>Insert the USB key this vault was set up with; nothing was changed.</translation>
    </message>
    <message>
        <source>The USB key {label} could not open the vault key.</source>
        <extracomment>TokenUnwrapFailed.what</extracomment>
        <translation>The USB key {label} could not open the vault key.</translation>
    </message>
    <message>
        <source>Check that this is the USB key the vault was set up with; nothing was changed.</source>
        <extracomment>TokenUnwrapFailed.todo</extracomment>
        <translation>Check that this is the USB key the vault was set up with; nothing was changed.</translation>
    </message>
    <message>
        <source>The platform {url} presented a key that does not match the pinned key.</source>
        <extracomment>PlatformPinMismatch.what</extracomment>
        <translation>The platform {url} presented a key that does not match the pinned key.</translation>
    </message>
    <message>
        <source>Check with the platform operator whether its key changed, then update the pin.</source>
        <extracomment>PlatformPinMismatch.todo</extracomment>
        <translation>Check with the platform operator whether its key changed, then update the pin.</translation>
    </message>
    <message>
        <source>The platform {url} has revoked this computer&apos;s registration.</source>
        <extracomment>DeviceRevoked.what</extracomment>
        <translation>The platform {url} has revoked this computer&apos;s registration.</translation>
    </message>
    <message>
        <source>The evidence stays in the vault and is no longer sent. Ask the platform operator why this computer was revoked.</source>
        <extracomment>DeviceRevoked.todo</extracomment>
        <translation>The evidence stays in the vault and is no longer sent. Ask the platform operator why this computer was revoked.</translation>
    </message>
    <message>
        <source>The platform already holds different fingerprints for event {event_id}.</source>
        <extracomment>EventConflict.what</extracomment>
        <translation>The platform already holds different fingerprints for event {event_id}.</translation>
    </message>
    <message>
        <source>The evidence stays in the vault. This happens when a vault is restored from an old copy; tell the platform operator.</source>
        <extracomment>EventConflict.todo</extracomment>
        <translation>The evidence stays in the vault. This happens when a vault is restored from an old copy; tell the platform operator.</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>PKCS#12 password</translation>
    </message>
    <message>
        <source>{path} is not a JSON file (it is not UTF-8 text)</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>{path} is not a JSON file (it is not UTF-8 text)</translation>
    </message>
    <message>
        <source>{path} is not a JSON file (a mistake at line {line}, column {column})</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>{path} is not a JSON file (a mistake at line {line}, column {column})</translation>
    </message>
    <message>
        <source>{path} must hold one JSON object</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>{path} must hold one JSON object</translation>
    </message>
    <message>
        <source>{path} has unknown fields: {names} (known: {known})</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>{path} has unknown fields: {names} (known: {known})</translation>
    </message>
    <message>
        <source>--i-agree {kind} names an agreement that is not being accepted</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>--i-agree {kind} names an agreement that is not being accepted</translation>
    </message>
    <message>
        <source>--until goes with --since, not --document</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>--until goes with --since, not --document</translation>
    </message>
    <message>
        <source>a period needs both --since and --until</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>a period needs both --since and --until</translation>
    </message>
    <message>
        <source>the period ends before it begins</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>the period ends before it begins</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD) or an RFC 3339 time</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>{value} is not a date (YYYY-MM-DD) or an RFC 3339 time</translation>
    </message>
    <message>
        <source>timestamp service password</source>
        <extracomment>app/cli/custody_actions.py, app/cli/ltv_cmd.py, app/cli/sign_cmd.py</extracomment>
        <translation>timestamp service password</translation>
    </message>
    <message>
        <source>token PIN</source>
        <extracomment>app/cli/custody_actions.py, app/cli/sign_cmd.py, app/cli/tokens_cmd.py, app/cli/vault_cmd.py</extracomment>
        <translation>token PIN</translation>
    </message>
    <message>
        <source>key file password</source>
        <extracomment>app/cli/custody_actions.py, app/cli/sign_cmd.py</extracomment>
        <translation>key file password</translation>
    </message>
    <message>
        <source>The {secret} should be in the environment variable {var}, which is not set.</source>
        <extracomment>app/cli/env.py</extracomment>
        <translation>The {secret} should be in the environment variable {var}, which is not set.</translation>
    </message>
    <message>
        <source>Set {var}, or name another variable.</source>
        <extracomment>app/cli/env.py</extracomment>
        <translation>Set {var}, or name another variable.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the PIN.</source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>There is no terminal to ask for the PIN.</translation>
    </message>
    <message>
        <source>Give the PIN in an environment variable with --pin-env VAR.</source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>Give the PIN in an environment variable with --pin-env VAR.</translation>
    </message>
    <message>
        <source>refusing to overwrite the input {path}</source>
        <extracomment>app/cli/ltv_cmd.py, app/signing/batch.py</extracomment>
        <translation>refusing to overwrite the input {path}</translation>
    </message>
    <message>
        <source>PDF password</source>
        <extracomment>app/cli/ltv_cmd.py, app/cli/sign_cmd.py, app/cli/verify_cmd.py</extracomment>
        <translation>PDF password</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <extracomment>app/cli/ltv_cmd.py, app/custody/transfer.py, app/signing/batch.py</extracomment>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>unknown command {command}</source>
        <extracomment>app/cli/present.py</extracomment>
        <translation>unknown command {command}</translation>
    </message>
    <message>
        <source>--rect takes X1,Y1,X2,Y2 in points, not &apos;{text}&apos;</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>--rect takes X1,Y1,X2,Y2 in points, not &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>choose one of --page/--rect, --at-text or --cross-page</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>choose one of --page/--rect, --at-text or --cross-page</translation>
    </message>
    <message>
        <source>--page and --rect go together</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>--page and --rect go together</translation>
    </message>
    <message>
        <source>say where the seal goes: --page N --rect X1,Y1,X2,Y2, --at-text TEXT or --cross-page</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>say where the seal goes: --page N --rect X1,Y1,X2,Y2, --at-text TEXT or --cross-page</translation>
    </message>
    <message>
        <source>--cross-page needs --seal IMAGE</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>--cross-page needs --seal IMAGE</translation>
    </message>
    <message>
        <source>{flag} goes with --also-p12 or --also-key</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>{flag} goes with --also-p12 or --also-key</translation>
    </message>
    <message>
        <source>second key file password</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>second key file password</translation>
    </message>
    <message>
        <source>second token PIN</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>second token PIN</translation>
    </message>
    <message>
        <source>--sm2-signer-id must be 1 to 8191 bytes</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>--sm2-signer-id must be 1 to 8191 bytes</translation>
    </message>
    <message>
        <source>the signing policy asks for a face check, which only the desktop app can do</source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>the signing policy asks for a face check, which only the desktop app can do</translation>
    </message>
    <message>
        <source>SMS code</source>
        <extracomment>app/cli/sms_code.py</extracomment>
        <translation>SMS code</translation>
    </message>
    <message>
        <source>vault passphrase</source>
        <extracomment>app/cli/sync_cmd.py, app/cli/vault_cmd.py</extracomment>
        <translation>vault passphrase</translation>
    </message>
    <message>
        <source>--platform URL is required</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>--platform URL is required</translation>
    </message>
    <message>
        <source>enrolment token</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>enrolment token</translation>
    </message>
    <message>
        <source>the terminal (no terminal; use --enrolment-token-env VAR)</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>the terminal (no terminal; use --enrolment-token-env VAR)</translation>
    </message>
    <message>
        <source>no inserted token is called {token}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>no inserted token is called {token}</translation>
    </message>
    <message>
        <source>--pin-env logs in to one token; {count} are inserted ({labels}): name one with --token</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>--pin-env logs in to one token; {count} are inserted ({labels}): name one with --token</translation>
    </message>
    <message>
        <source>the terminal (no terminal; use --passphrase-env VAR)</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>the terminal (no terminal; use --passphrase-env VAR)</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>the two passphrases differ</translation>
    </message>
    <message>
        <source>the vault passphrase is empty</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>the vault passphrase is empty</translation>
    </message>
    <message>
        <source>resident ID number</source>
        <extracomment>app/cli/vault_cmd.py, app/vault/personal.py</extracomment>
        <translation>resident ID number</translation>
    </message>
    <message>
        <source>add --yes to destroy without a terminal</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>add --yes to destroy without a terminal</translation>
    </message>
    <message>
        <source>new vault passphrase</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>new vault passphrase</translation>
    </message>
    <message>
        <source>--jobs takes a number of 1 or more</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>--jobs takes a number of 1 or more</translation>
    </message>
    <message>
        <source>--time-limit takes a positive number</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>--time-limit takes a positive number</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>{path} does not exist</translation>
    </message>
    <message>
        <source>no PDF files found in {paths}</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>no PDF files found in {paths}</translation>
    </message>
    <message>
        <source>The PDF report is not available in this version yet.</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>The PDF report is not available in this version yet.</translation>
    </message>
    <message>
        <source>Run again without --report, or use --json.</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>Run again without --report, or use --json.</translation>
    </message>
    <message>
        <source>Extracting signed revisions is not available in this version yet.</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>Extracting signed revisions is not available in this version yet.</translation>
    </message>
    <message>
        <source>Run again without --extract-revisions.</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>Run again without --extract-revisions.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <extracomment>app/compliance/agreements.py</extracomment>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <extracomment>app/compliance/agreements.py</extracomment>
        <translation>not UTF-8</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>app/compliance/agreements.py</extracomment>
        <translation>empty</translation>
    </message>
    <message>
        <source>not JSON</source>
        <extracomment>app/compliance/agreements.py</extracomment>
        <translation>not JSON</translation>
    </message>
    <message>
        <source>unknown schema</source>
        <extracomment>app/compliance/agreements.py</extracomment>
        <translation>unknown schema</translation>
    </message>
    <message>
        <source>not in the manifest</source>
        <extracomment>app/compliance/agreements.py</extracomment>
        <translation>not in the manifest</translation>
    </message>
    <message>
        <source>the attestation has unexpected fields</source>
        <extracomment>app/compliance/attestation.py</extracomment>
        <translation>the attestation has unexpected fields</translation>
    </message>
    <message>
        <source>the attestation names another {field}</source>
        <extracomment>app/compliance/attestation.py</extracomment>
        <translation>the attestation names another {field}</translation>
    </message>
    <message>
        <source>the attestation&apos;s signature does not verify</source>
        <extracomment>app/compliance/attestation.py</extracomment>
        <translation>the attestation&apos;s signature does not verify</translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>unified social credit code</translation>
    </message>
    <message>
        <source>it must have 18 digits or capital letters</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>it must have 18 digits or capital letters</translation>
    </message>
    <message>
        <source>the check character does not match</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>the check character does not match</translation>
    </message>
    <message>
        <source>the company and the matters authorised are needed</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>the company and the matters authorised are needed</translation>
    </message>
    <message>
        <source>the authorisation ends before it begins</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>the authorisation ends before it begins</translation>
    </message>
    <message>
        <source>the authorisation letter {id} is already registered for another document</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>the authorisation letter {id} is already registered for another document</translation>
    </message>
    <message>
        <source>company name</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>company name</translation>
    </message>
    <message>
        <source>legal representative&apos;s name</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>legal representative&apos;s name</translation>
    </message>
    <message>
        <source>legal representative&apos;s resident ID number</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>legal representative&apos;s resident ID number</translation>
    </message>
    <message>
        <source>agent&apos;s name</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>agent&apos;s name</translation>
    </message>
    <message>
        <source>agent&apos;s resident ID number</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>agent&apos;s resident ID number</translation>
    </message>
    <message>
        <source>matters authorised</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>matters authorised</translation>
    </message>
    <message>
        <source>first day of validity</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>first day of validity</translation>
    </message>
    <message>
        <source>last day of validity</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>last day of validity</translation>
    </message>
    <message>
        <source>it is missing</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>it is missing</translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>write the date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>it must be text (in quotes in a JSON file)</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>it must be text (in quotes in a JSON file)</translation>
    </message>
    <message>
        <source>it is longer than {n} characters</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>it is longer than {n} characters</translation>
    </message>
    <message>
        <source>it is before the first day of validity</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>it is before the first day of validity</translation>
    </message>
    <message>
        <source>usage statistics</source>
        <extracomment>app/compliance/consent.py</extracomment>
        <translation>usage statistics</translation>
    </message>
    <message>
        <source>the face check</source>
        <extracomment>app/compliance/consent.py</extracomment>
        <translation>the face check</translation>
    </message>
    <message>
        <source>continue</source>
        <extracomment>app/compliance/consent.py</extracomment>
        <translation>continue</translation>
    </message>
    <message>
        <source>sign</source>
        <extracomment>app/compliance/consent.py</extracomment>
        <translation>sign</translation>
    </message>
    <message>
        <source>the face detector could not be loaded</source>
        <extracomment>app/compliance/face.py</extracomment>
        <translation>the face detector could not be loaded</translation>
    </message>
    <message>
        <source>an intent policy lists pin, sms or face</source>
        <extracomment>app/compliance/intent.py</extracomment>
        <translation>an intent policy lists pin, sms or face</translation>
    </message>
    <message>
        <source>the signing policy needs the platform, which cannot be reached</source>
        <extracomment>app/compliance/intent.py</extracomment>
        <translation>the signing policy needs the platform, which cannot be reached</translation>
    </message>
    <message>
        <source>no method the signing policy allows is available</source>
        <extracomment>app/compliance/intent.py</extracomment>
        <translation>no method the signing policy allows is available</translation>
    </message>
    <message>
        <source>the certificate does not chain to the platform&apos;s CA</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>the certificate does not chain to the platform&apos;s CA</translation>
    </message>
    <message>
        <source>the answer names no certificate authority</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>the answer names no certificate authority</translation>
    </message>
    <message>
        <source>the certificate answer is not valid</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>the certificate answer is not valid</translation>
    </message>
    <message>
        <source>the certificate is not for the new key</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>the certificate is not for the new key</translation>
    </message>
    <message>
        <source>the signer ID is 64 lowercase hex characters</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>the signer ID is 64 lowercase hex characters</translation>
    </message>
    <message>
        <source>the name is 1 to 64 characters</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>the name is 1 to 64 characters</translation>
    </message>
    <message>
        <source>the PKCS#12 password is empty</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>the PKCS#12 password is empty</translation>
    </message>
    <message>
        <source>the PKCS#12 password has fewer than {n} characters</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>the PKCS#12 password has fewer than {n} characters</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>the two passwords differ</translation>
    </message>
    <message>
        <source>the checks were made for another certificate</source>
        <extracomment>app/compliance/recording.py</extracomment>
        <translation>the checks were made for another certificate</translation>
    </message>
    <message>
        <source>a time the platform sent is not valid</source>
        <extracomment>app/compliance/sms.py</extracomment>
        <translation>a time the platform sent is not valid</translation>
    </message>
    <message>
        <source>the code has six digits</source>
        <extracomment>app/compliance/sms.py</extracomment>
        <translation>the code has six digits</translation>
    </message>
    <message>
        <source>the code was not confirmed</source>
        <extracomment>app/compliance/sms.py</extracomment>
        <translation>the code was not confirmed</translation>
    </message>
    <message>
        <source>the challenge answer is incomplete</source>
        <extracomment>app/compliance/sms.py</extracomment>
        <translation>the challenge answer is incomplete</translation>
    </message>
    <message>
        <source>the answer does not say how many tries are left</source>
        <extracomment>app/compliance/sms.py</extracomment>
        <translation>the answer does not say how many tries are left</translation>
    </message>
    <message>
        <source>HTTP {status} {error}</source>
        <extracomment>app/compliance/sms.py, app/sync/transport.py</extracomment>
        <translation>HTTP {status} {error}</translation>
    </message>
    <message>
        <source>its fingerprint {sha256} matches no approved document</source>
        <extracomment>app/custody/apply.py</extracomment>
        <translation>its fingerprint {sha256} matches no approved document</translation>
    </message>
    <message>
        <source>sealed</source>
        <extracomment>app/custody/apply.py</extracomment>
        <translation>sealed</translation>
    </message>
    <message>
        <source>name at least one document</source>
        <extracomment>app/custody/apply.py, app/custody/requests.py</extracomment>
        <translation>name at least one document</translation>
    </message>
    <message>
        <source>it changed while it was being read</source>
        <extracomment>app/custody/apply.py</extracomment>
        <translation>it changed while it was being read</translation>
    </message>
    <message>
        <source>the key opened for the seal {name} is not the one it is bound to</source>
        <extracomment>app/custody/apply.py</extracomment>
        <translation>the key opened for the seal {name} is not the one it is bound to</translation>
    </message>
    <message>
        <source>it changed while it was being signed</source>
        <extracomment>app/custody/apply.py</extracomment>
        <translation>it changed while it was being signed</translation>
    </message>
    <message>
        <source>it contains a resident ID number</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>it contains a resident ID number</translation>
    </message>
    <message>
        <source>the answer to a posted request is malformed</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>the answer to a posted request is malformed</translation>
    </message>
    <message>
        <source>another decision</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>another decision</translation>
    </message>
    <message>
        <source>another request with the same id</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>another request with the same id</translation>
    </message>
    <message>
        <source>it is not a list of requests</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>it is not a list of requests</translation>
    </message>
    <message>
        <source>an entry is malformed or out of order</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>an entry is malformed or out of order</translation>
    </message>
    <message>
        <source>the platform&apos;s copy of request {ident}</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>the platform&apos;s copy of request {ident}</translation>
    </message>
    <message>
        <source>an entry&apos;s id is not its request&apos;s</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>an entry&apos;s id is not its request&apos;s</translation>
    </message>
    <message>
        <source>write it as text:ANCHOR[@SIZE], rect:PAGE:X1,Y1,X2,Y2 or cross-page[:SIZE]</source>
        <extracomment>app/custody/placement.py</extracomment>
        <translation>write it as text:ANCHOR[@SIZE], rect:PAGE:X1,Y1,X2,Y2 or cross-page[:SIZE]</translation>
    </message>
    <message>
        <source>the seal placement rule is not valid: {how}</source>
        <extracomment>app/custody/placement.py</extracomment>
        <translation>the seal placement rule is not valid: {how}</translation>
    </message>
    <message>
        <source>no document timestamp was added</source>
        <extracomment>app/custody/queue.py</extracomment>
        <translation>no document timestamp was added</translation>
    </message>
    <message>
        <source>no OCSP response or CRL could be fetched</source>
        <extracomment>app/custody/queue.py</extracomment>
        <translation>no OCSP response or CRL could be fetched</translation>
    </message>
    <message>
        <source>name exactly one key: a PKCS#11 URI or a key file</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>name exactly one key: a PKCS#11 URI or a key file</translation>
    </message>
    <message>
        <source>a PEM key needs its PEM certificate</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>a PEM key needs its PEM certificate</translation>
    </message>
    <message>
        <source>valid only from {date}</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>valid only from {date}</translation>
    </message>
    <message>
        <source>valid only until {date}</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>valid only until {date}</translation>
    </message>
    <message>
        <source>request its use</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>request its use</translation>
    </message>
    <message>
        <source>approve its use</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>approve its use</translation>
    </message>
    <message>
        <source>the image has {size} bytes; at most {limit} are allowed</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>the image has {size} bytes; at most {limit} are allowed</translation>
    </message>
    <message>
        <source>the image is not a PNG file</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>the image is not a PNG file</translation>
    </message>
    <message>
        <source>the image cannot be used ({reason})</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>the image cannot be used ({reason})</translation>
    </message>
    <message>
        <source>the image has no transparent background (white paper is not accepted)</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>the image has no transparent background (white paper is not accepted)</translation>
    </message>
    <message>
        <source>cannot read {path}</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>cannot read {path}</translation>
    </message>
    <message>
        <source>{path} is not a certificate</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>{path} is not a certificate</translation>
    </message>
    <message>
        <source>the seal has no name</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>the seal has no name</translation>
    </message>
    <message>
        <source>unknown kind {kind} (one of {kinds})</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>unknown kind {kind} (one of {kinds})</translation>
    </message>
    <message>
        <source>name at least one requester and one approver</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>name at least one requester and one approver</translation>
    </message>
    <message>
        <source>{day} is not a date (YYYY-MM-DD)</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>{day} is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the validity ends before it starts</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>the validity ends before it starts</translation>
    </message>
    <message>
        <source>the bound certificate cannot sign: {reason}</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>the bound certificate cannot sign: {reason}</translation>
    </message>
    <message>
        <source>seal-use request</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>seal-use request</translation>
    </message>
    <message>
        <source>seal-use decision</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>seal-use decision</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>waiting for a decision</translation>
    </message>
    <message>
        <source>approved</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>rejected</translation>
    </message>
    <message>
        <source>sealed already</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>sealed already</translation>
    </message>
    <message>
        <source>{state}</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>{state}</translation>
    </message>
    <message>
        <source>it is not a seal-use request</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>it is not a seal-use request</translation>
    </message>
    <message>
        <source>it names no seal</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>it names no seal</translation>
    </message>
    <message>
        <source>its seal is bound to another certificate here</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>its seal is bound to another certificate here</translation>
    </message>
    <message>
        <source>it was signed by someone else</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>it was signed by someone else</translation>
    </message>
    <message>
        <source>it names no document</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>it names no document</translation>
    </message>
    <message>
        <source>a document entry is malformed</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>a document entry is malformed</translation>
    </message>
    <message>
        <source>a document is named twice</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>a document is named twice</translation>
    </message>
    <message>
        <source>it gives no purpose</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>it gives no purpose</translation>
    </message>
    <message>
        <source>it is not a seal-use decision</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>it is not a seal-use decision</translation>
    </message>
    <message>
        <source>it decides another request</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>it decides another request</translation>
    </message>
    <message>
        <source>its documents differ from the request&apos;s</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>its documents differ from the request&apos;s</translation>
    </message>
    <message>
        <source>a request cannot be decided by its own requester</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>a request cannot be decided by its own requester</translation>
    </message>
    <message>
        <source>decided again</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>decided again</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>a rejection needs a reason</translation>
    </message>
    <message>
        <source>it is not a SealDesk signed object</source>
        <extracomment>app/custody/signed.py</extracomment>
        <translation>it is not a SealDesk signed object</translation>
    </message>
    <message>
        <source>its payload or signature is missing</source>
        <extracomment>app/custody/signed.py</extracomment>
        <translation>its payload or signature is missing</translation>
    </message>
    <message>
        <source>it has unexpected fields</source>
        <extracomment>app/custody/signed.py</extracomment>
        <translation>it has unexpected fields</translation>
    </message>
    <message>
        <source>it is malformed</source>
        <extracomment>app/custody/signed.py</extracomment>
        <translation>it is malformed</translation>
    </message>
    <message>
        <source>its digest algorithm is not allowed</source>
        <extracomment>app/custody/signed.py</extracomment>
        <translation>its digest algorithm is not allowed</translation>
    </message>
    <message>
        <source>the signature does not match its content</source>
        <extracomment>app/custody/signed.py</extracomment>
        <translation>the signature does not match its content</translation>
    </message>
    <message>
        <source>it must hold request.json (and decision.json) only</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>it must hold request.json (and decision.json) only</translation>
    </message>
    <message>
        <source>an entry is too large</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>an entry is too large</translation>
    </message>
    <message>
        <source>it is not a request file</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>it is not a request file</translation>
    </message>
    <message>
        <source>its JSON is not canonical</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>its JSON is not canonical</translation>
    </message>
    <message>
        <source>a different request with the same id is already here</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>a different request with the same id is already here</translation>
    </message>
    <message>
        <source>the request was already decided differently</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>the request was already decided differently</translation>
    </message>
    <message>
        <source>request {ident} is here, {state}</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>request {ident} is here, {state}</translation>
    </message>
    <message>
        <source>a sample contract has 1 to 99 pages, not {pages}</source>
        <extracomment>app/demo/contract.py</extracomment>
        <translation>a sample contract has 1 to 99 pages, not {pages}</translation>
    </message>
    <message>
        <source>the bundled font cannot draw {missing} in the company name</source>
        <extracomment>app/demo/contract.py</extracomment>
        <translation>the bundled font cannot draw {missing} in the company name</translation>
    </message>
    <message>
        <source>Reinstall SealDesk.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Reinstall SealDesk.</translation>
    </message>
    <message>
        <source>This check stopped with an unexpected {error}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>This check stopped with an unexpected {error}.</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>Python</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Python</translation>
    </message>
    <message>
        <source>Operating system</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>PDF signing (pyHanko)</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>PDF signing (pyHanko)</translation>
    </message>
    <message>
        <source>PDF rendering (PyMuPDF)</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>PDF rendering (PyMuPDF)</translation>
    </message>
    <message>
        <source>Desktop app (Qt)</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Desktop app (Qt)</translation>
    </message>
    <message>
        <source>Face check (camera, OpenCV)</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Face check (camera, OpenCV)</translation>
    </message>
    <message>
        <source>Translations</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Translations</translation>
    </message>
    <message>
        <source>Chinese font</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Chinese font</translation>
    </message>
    <message>
        <source>PKCS#11 drivers</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>PKCS#11 drivers</translation>
    </message>
    <message>
        <source>Tokens</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Certificates on the tokens</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Certificates on the tokens</translation>
    </message>
    <message>
        <source>SKF library (SM2 keys)</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>SKF library (SM2 keys)</translation>
    </message>
    <message>
        <source>Trust roots</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Trust roots</translation>
    </message>
    <message>
        <source>System keyring</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>System keyring</translation>
    </message>
    <message>
        <source>Vault</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Data folder</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Network</translation>
    </message>
    <message>
        <source>SealDesk {version} (installed bundle).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>SealDesk {version} (installed bundle).</translation>
    </message>
    <message>
        <source>SealDesk {version} (run from Python).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>SealDesk {version} (run from Python).</translation>
    </message>
    <message>
        <source>Python {version}, {bits}-bit.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Python {version}, {bits}-bit.</translation>
    </message>
    <message>
        <source>{system} {release} on {machine}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{system} {release} on {machine}.</translation>
    </message>
    <message>
        <source>{name} cannot be loaded: {error}</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{name} cannot be loaded: {error}</translation>
    </message>
    <message>
        <source>{name} {version} is loaded.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{name} {version} is loaded.</translation>
    </message>
    <message>
        <source>The desktop app cannot start here: {error}</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>The desktop app cannot start here: {error}</translation>
    </message>
    <message>
        <source>Install SealDesk with its desktop app (pip install &apos;sealdesk[gui]&apos;), or install the system libraries named above.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Install SealDesk with its desktop app (pip install &apos;sealdesk[gui]&apos;), or install the system libraries named above.</translation>
    </message>
    <message>
        <source>Qt {version} loads; the desktop app can start.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Qt {version} loads; the desktop app can start.</translation>
    </message>
    <message>
        <source>The face check is not available: {error}</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>The face check is not available: {error}</translation>
    </message>
    <message>
        <source>Only needed when a signing policy asks for a face check: install SealDesk with its face extra (pip install &apos;sealdesk[face]&apos;), or the system library named above.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Only needed when a signing policy asks for a face check: install SealDesk with its face extra (pip install &apos;sealdesk[face]&apos;), or the system library named above.</translation>
    </message>
    <message>
        <source>Camera support and OpenCV {version} load; the face check can run.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Camera support and OpenCV {version} load; the face check can run.</translation>
    </message>
    <message>
        <source>Translation files are missing: {files}; the missing language shows English.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Translation files are missing: {files}; the missing language shows English.</translation>
    </message>
    <message>
        <source>Run &apos;make translations&apos; (from source) or reinstall SealDesk.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Run &apos;make translations&apos; (from source) or reinstall SealDesk.</translation>
    </message>
    <message>
        <source>Chinese and English are available ({count} Chinese messages).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Chinese and English are available ({count} Chinese messages).</translation>
    </message>
    <message>
        <source>The bundled Chinese font cannot draw {chars}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>The bundled Chinese font cannot draw {chars}.</translation>
    </message>
    <message>
        <source>The bundled Chinese font is present.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>The bundled Chinese font is present.</translation>
    </message>
    <message>
        <source>No PKCS#11 driver was found.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>No PKCS#11 driver was found.</translation>
    </message>
    <message>
        <source>Install the driver (middleware) of your USB key&apos;s vendor, or give its path with --module.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Install the driver (middleware) of your USB key&apos;s vendor, or give its path with --module.</translation>
    </message>
    <message>
        <source>{usable} of {count} PKCS#11 drivers can be loaded; {path} cannot: {problem}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{usable} of {count} PKCS#11 drivers can be loaded; {path} cannot: {problem}.</translation>
    </message>
    <message>
        <source>Install the vendor&apos;s driver built for this SealDesk ({bits}-bit {machine}).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Install the vendor&apos;s driver built for this SealDesk ({bits}-bit {machine}).</translation>
    </message>
    <message>
        <source>{count} PKCS#11 driver(s) found: {paths}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{count} PKCS#11 driver(s) found: {paths}.</translation>
    </message>
    <message>
        <source>No certificate is readable without a PIN on the inserted tokens.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>No certificate is readable without a PIN on the inserted tokens.</translation>
    </message>
    <message>
        <source>Expired certificate(s), which SealDesk will not offer for signing: {names}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Expired certificate(s), which SealDesk will not offer for signing: {names}.</translation>
    </message>
    <message>
        <source>Renew the certificate with your certificate authority.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Renew the certificate with your certificate authority.</translation>
    </message>
    <message>
        <source>Certificate(s) expiring within {days} days (days left): {names}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Certificate(s) expiring within {days} days (days left): {names}.</translation>
    </message>
    <message>
        <source>Renew the certificate before it expires.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Renew the certificate before it expires.</translation>
    </message>
    <message>
        <source>{count} certificate(s) on the tokens, none expiring within {days} days.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{count} certificate(s) on the tokens, none expiring within {days} days.</translation>
    </message>
    <message>
        <source>No token can be listed without a driver.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>No token can be listed without a driver.</translation>
    </message>
    <message>
        <source>No token is inserted.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>No token is inserted.</translation>
    </message>
    <message>
        <source>Insert the USB key; if it is inserted, check that its driver is among the ones listed.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Insert the USB key; if it is inserted, check that its driver is among the ones listed.</translation>
    </message>
    <message>
        <source>The PIN of {labels} is locked.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>The PIN of {labels} is locked.</translation>
    </message>
    <message>
        <source>Ask your administrator or the certificate authority to unblock it.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Ask your administrator or the certificate authority to unblock it.</translation>
    </message>
    <message>
        <source>{labels}: few PIN tries are left.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{labels}: few PIN tries are left.</translation>
    </message>
    <message>
        <source>Enter the PIN carefully: wrong tries can lock the token.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Enter the PIN carefully: wrong tries can lock the token.</translation>
    </message>
    <message>
        <source>{count} token(s) present: {labels}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{count} token(s) present: {labels}.</translation>
    </message>
    <message>
        <source>No SKF library is configured; only SM2 USB keys need one (give it with --skf).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>No SKF library is configured; only SM2 USB keys need one (give it with --skf).</translation>
    </message>
    <message>
        <source>file does not exist</source>
        <extracomment>app/doctor.py, crypto/tokens/pkcs11/errors.py, crypto/tokens/pkcs11/modules.py</extracomment>
        <translation>file does not exist</translation>
    </message>
    <message>
        <source>The SKF library {path} cannot be loaded: {problem}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>The SKF library {path} cannot be loaded: {problem}.</translation>
    </message>
    <message>
        <source>Give the vendor&apos;s SKF library built for this SealDesk.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Give the vendor&apos;s SKF library built for this SealDesk.</translation>
    </message>
    <message>
        <source>SKF library {path}: {count} device(s).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>SKF library {path}: {count} device(s).</translation>
    </message>
    <message>
        <source>No trust roots: neither bundled nor from the system.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>No trust roots: neither bundled nor from the system.</translation>
    </message>
    <message>
        <source>Give the root certificates you trust with --trust, or in the settings.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Give the root certificates you trust with --trust, or in the settings.</translation>
    </message>
    <message>
        <source>{bundled} trust roots bundled with SealDesk, {system} from the system.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{bundled} trust roots bundled with SealDesk, {system} from the system.</translation>
    </message>
    <message>
        <source>No usable system keyring ({backend}); vaults need a passphrase.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>No usable system keyring ({backend}); vaults need a passphrase.</translation>
    </message>
    <message>
        <source>Use a passphrase vault, or start the desktop&apos;s keyring service.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Use a passphrase vault, or start the desktop&apos;s keyring service.</translation>
    </message>
    <message>
        <source>System keyring: {backend}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>System keyring: {backend}.</translation>
    </message>
    <message>
        <source>No vault at {path} yet; &apos;sealdesk vault init&apos; creates one.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>No vault at {path} yet; &apos;sealdesk vault init&apos; creates one.</translation>
    </message>
    <message>
        <source>The vault at {path} is unlocked by the system keyring, which is not usable here ({backend}).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>The vault at {path} is unlocked by the system keyring, which is not usable here ({backend}).</translation>
    </message>
    <message>
        <source>Start the desktop&apos;s keyring service, or open the vault on the computer that created it.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Start the desktop&apos;s keyring service, or open the vault on the computer that created it.</translation>
    </message>
    <message>
        <source>Vault at {path}; it opens with its key in the system keyring.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Vault at {path}; it opens with its key in the system keyring.</translation>
    </message>
    <message>
        <source>Vault at {path}; it stays locked until its passphrase is entered.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Vault at {path}; it stays locked until its passphrase is entered.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: {error}</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>The data folder cannot be written: {error}</translation>
    </message>
    <message>
        <source>Check its permissions, or point {var} to a writable folder.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Check its permissions, or point {var} to a writable folder.</translation>
    </message>
    <message>
        <source>Data folder {path} is writable.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Data folder {path} is writable.</translation>
    </message>
    <message>
        <source>No timestamp service or platform is configured; nothing to reach (give them with --tsa and --platform).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>No timestamp service or platform is configured; nothing to reach (give them with --tsa and --platform).</translation>
    </message>
    <message>
        <source>timestamp service</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>timestamp service</translation>
    </message>
    <message>
        <source>platform</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>platform</translation>
    </message>
    <message>
        <source>The {service} {url} cannot be reached: {error}</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>The {service} {url} cannot be reached: {error}</translation>
    </message>
    <message>
        <source>Check the network, the proxy and the address; signing without a timestamp (B-B) still works offline.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Check the network, the proxy and the address; signing without a timestamp (B-B) still works offline.</translation>
    </message>
    <message>
        <source>The {service} {url} answers (HTTP {status}).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>The {service} {url} answers (HTTP {status}).</translation>
    </message>
    <message>
        <source>--sm2-signer-id needs an SM2 key</source>
        <extracomment>app/identity.py</extracomment>
        <translation>--sm2-signer-id needs an SM2 key</translation>
    </message>
    <message>
        <source>--key-pem needs --cert-pem</source>
        <extracomment>app/identity.py</extracomment>
        <translation>--key-pem needs --cert-pem</translation>
    </message>
    <message>
        <source>choose a key: --key, --p12 or --key-pem</source>
        <extracomment>app/identity.py</extracomment>
        <translation>choose a key: --key, --p12 or --key-pem</translation>
    </message>
    <message>
        <source>Several signing keys match {selector}: {names}.</source>
        <extracomment>app/identity.py</extracomment>
        <translation>Several signing keys match {selector}: {names}.</translation>
    </message>
    <message>
        <source>Name one with object=&lt;label&gt; or id=&lt;hex&gt; in the PKCS#11 URI.</source>
        <extracomment>app/identity.py, app/vault/token_key.py</extracomment>
        <translation>Name one with object=&lt;label&gt; or id=&lt;hex&gt; in the PKCS#11 URI.</translation>
    </message>
    <message>
        <source>no input files</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>no input files</translation>
    </message>
    <message>
        <source>use either -o or --out-dir, not both</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>use either -o or --out-dir, not both</translation>
    </message>
    <message>
        <source>several inputs need --out-dir, not -o</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>several inputs need --out-dir, not -o</translation>
    </message>
    <message>
        <source>say where the signed files go: -o OUT.pdf or --out-dir DIR</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>say where the signed files go: -o OUT.pdf or --out-dir DIR</translation>
    </message>
    <message>
        <source>{first} and {second} would both be written to {output}</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>{first} and {second} would both be written to {output}</translation>
    </message>
    <message>
        <source>Signing {name} failed unexpectedly.</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>Signing {name} failed unexpectedly.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a PDF file.</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>{path} is a folder, not a PDF file.</translation>
    </message>
    <message>
        <source>Signing failed unexpectedly ({error}).</source>
        <extracomment>app/signing/workers.py</extracomment>
        <translation>Signing failed unexpectedly ({error}).</translation>
    </message>
    <message>
        <source>A signing worker process ended unexpectedly.</source>
        <extracomment>app/signing/workers.py</extracomment>
        <translation>A signing worker process ended unexpectedly.</translation>
    </message>
    <message>
        <source>the platform&apos;s answer has no device id</source>
        <extracomment>app/sync/device.py</extracomment>
        <translation>the platform&apos;s answer has no device id</translation>
    </message>
    <message>
        <source>the platform&apos;s log key is not the one expected</source>
        <extracomment>app/sync/device.py</extracomment>
        <translation>the platform&apos;s log key is not the one expected</translation>
    </message>
    <message>
        <source>the vault is already registered with another platform log</source>
        <extracomment>app/sync/device.py</extracomment>
        <translation>the vault is already registered with another platform log</translation>
    </message>
    <message>
        <source>the answer holds no receipts</source>
        <extracomment>app/sync/engine.py</extracomment>
        <translation>the answer holds no receipts</translation>
    </message>
    <message>
        <source>the answer does not hold one receipt per event</source>
        <extracomment>app/sync/engine.py</extracomment>
        <translation>the answer does not hold one receipt per event</translation>
    </message>
    <message>
        <source>the log key answer is not an object</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the log key answer is not an object</translation>
    </message>
    <message>
        <source>the log key is not a PEM public key</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the log key is not a PEM public key</translation>
    </message>
    <message>
        <source>the log key is not an ECDSA P-256 key</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the log key is not an ECDSA P-256 key</translation>
    </message>
    <message>
        <source>the log id does not name the log key</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the log id does not name the log key</translation>
    </message>
    <message>
        <source>the tree head is not an object</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the tree head is not an object</translation>
    </message>
    <message>
        <source>the tree head has no valid size</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the tree head has no valid size</translation>
    </message>
    <message>
        <source>the tree head names no organisation or log</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the tree head names no organisation or log</translation>
    </message>
    <message>
        <source>the tree head has no timestamp or signature</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the tree head has no timestamp or signature</translation>
    </message>
    <message>
        <source>tree head root</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>tree head root</translation>
    </message>
    <message>
        <source>the tree head is signed by another log</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the tree head is signed by another log</translation>
    </message>
    <message>
        <source>the tree head is for another organisation</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the tree head is for another organisation</translation>
    </message>
    <message>
        <source>the tree head&apos;s signature is not valid</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the tree head&apos;s signature is not valid</translation>
    </message>
    <message>
        <source>a receipt is not an object</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>a receipt is not an object</translation>
    </message>
    <message>
        <source>a receipt is for another event</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>a receipt is for another event</translation>
    </message>
    <message>
        <source>the receipt for {event_id} does not hold our fingerprints</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the receipt for {event_id} does not hold our fingerprints</translation>
    </message>
    <message>
        <source>a receipt does not match its tree head</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>a receipt does not match its tree head</translation>
    </message>
    <message>
        <source>the inclusion proof for {event_id} is wrong</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the inclusion proof for {event_id} is wrong</translation>
    </message>
    <message>
        <source>two tree heads of one size differ: the log forked</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>two tree heads of one size differ: the log forked</translation>
    </message>
    <message>
        <source>the consistency proof is for other tree sizes</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the consistency proof is for other tree sizes</translation>
    </message>
    <message>
        <source>the new tree head is not consistent with the one kept: the log forked</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>the new tree head is not consistent with the one kept: the log forked</translation>
    </message>
    <message>
        <source>{what} is not a SHA-256 hex</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>{what} is not a SHA-256 hex</translation>
    </message>
    <message>
        <source>a proof is not a list</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>a proof is not a list</translation>
    </message>
    <message>
        <source>a proof hash</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>a proof hash</translation>
    </message>
    <message>
        <source>the event or the registration is missing</source>
        <extracomment>app/sync/stored.py</extracomment>
        <translation>the event or the registration is missing</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <extracomment>app/sync/transport.py</extracomment>
        <translation>not an http(s) address</translation>
    </message>
    <message>
        <source>no user, query or fragment allowed</source>
        <extracomment>app/sync/transport.py</extracomment>
        <translation>no user, query or fragment allowed</translation>
    </message>
    <message>
        <source>plain http to a host that is not local</source>
        <extracomment>app/sync/transport.py</extracomment>
        <translation>plain http to a host that is not local</translation>
    </message>
    <message>
        <source>a pin is the SHA-256 (hex) of the server key</source>
        <extracomment>app/sync/transport.py</extracomment>
        <translation>a pin is the SHA-256 (hex) of the server key</translation>
    </message>
    <message>
        <source>an answer that is not JSON</source>
        <extracomment>app/sync/transport.py</extracomment>
        <translation>an answer that is not JSON</translation>
    </message>
    <message>
        <source>the blob of document {id} is missing</source>
        <extracomment>app/vault/blobs.py</extracomment>
        <translation>the blob of document {id} is missing</translation>
    </message>
    <message>
        <source>bad header</source>
        <extracomment>app/vault/blobs.py</extracomment>
        <translation>bad header</translation>
    </message>
    <message>
        <source>bad chunk size</source>
        <extracomment>app/vault/blobs.py</extracomment>
        <translation>bad chunk size</translation>
    </message>
    <message>
        <source>chunk {index} fails authentication</source>
        <extracomment>app/vault/blobs.py</extracomment>
        <translation>chunk {index} fails authentication</translation>
    </message>
    <message>
        <source>blob of document {id}: {what}</source>
        <extracomment>app/vault/blobs.py</extracomment>
        <translation>blob of document {id}: {what}</translation>
    </message>
    <message>
        <source>A raw vault key must be 32 bytes.</source>
        <extracomment>app/vault/connection.py</extracomment>
        <translation>A raw vault key must be 32 bytes.</translation>
    </message>
    <message>
        <source>the database is damaged ({error})</source>
        <extracomment>app/vault/connection.py</extracomment>
        <translation>the database is damaged ({error})</translation>
    </message>
    <message>
        <source>give the reason for destroying the document (--reason)</source>
        <extracomment>app/vault/destroy.py</extracomment>
        <translation>give the reason for destroying the document (--reason)</translation>
    </message>
    <message>
        <source>the reason is longer than {limit} characters</source>
        <extracomment>app/vault/destroy.py</extracomment>
        <translation>the reason is longer than {limit} characters</translation>
    </message>
    <message>
        <source>the vault key is missing</source>
        <extracomment>app/vault/documents.py</extracomment>
        <translation>the vault key is missing</translation>
    </message>
    <message>
        <source>the archived document changed</source>
        <extracomment>app/vault/export.py</extracomment>
        <translation>the archived document changed</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>the system keyring</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a vault header</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>{name} is not a vault header</translation>
    </message>
    <message>
        <source>unknown unlock method {method}</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>unknown unlock method {method}</translation>
    </message>
    <message>
        <source>no entry for vault {id}</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>no entry for vault {id}</translation>
    </message>
    <message>
        <source>the stored key is malformed</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>the stored key is malformed</translation>
    </message>
    <message>
        <source>the key of document {id} does not unwrap</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>the key of document {id} does not unwrap</translation>
    </message>
    <message>
        <source>it must have 18 characters</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>it must have 18 characters</translation>
    </message>
    <message>
        <source>only digits and a final X are allowed</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>only digits and a final X are allowed</translation>
    </message>
    <message>
        <source>the date of birth is not a date</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>the date of birth is not a date</translation>
    </message>
    <message>
        <source>the date of birth is out of range</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>the date of birth is out of range</translation>
    </message>
    <message>
        <source>the check digit does not match</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>the check digit does not match</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>name</translation>
    </message>
    <message>
        <source>it must have 1 to 64 characters</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>it must have 1 to 64 characters</translation>
    </message>
    <message>
        <source>only letters are allowed</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>only letters are allowed</translation>
    </message>
    <message>
        <source>the vault secret {name} is missing</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>the vault secret {name} is missing</translation>
    </message>
    <message>
        <source>personal data record {id} does not decrypt</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>personal data record {id} does not decrypt</translation>
    </message>
    <message>
        <source>a passphrase vault changes its passphrase</source>
        <extracomment>app/vault/rekey.py</extracomment>
        <translation>a passphrase vault changes its passphrase</translation>
    </message>
    <message>
        <source>CKM_RSA_PKCS_OAEP</source>
        <extracomment>app/vault/token_key.py</extracomment>
        <translation>CKM_RSA_PKCS_OAEP</translation>
    </message>
    <message>
        <source>CKM_ECDH1_DERIVE</source>
        <extracomment>app/vault/token_key.py</extracomment>
        <translation>CKM_ECDH1_DERIVE</translation>
    </message>
    <message>
        <source>to unlock the vault</source>
        <extracomment>app/vault/token_key.py</extracomment>
        <translation>to unlock the vault</translation>
    </message>
    <message>
        <source>Several keys match {selector}: {names}.</source>
        <extracomment>app/vault/token_key.py</extracomment>
        <translation>Several keys match {selector}: {names}.</translation>
    </message>
    <message>
        <source>the token (no PIN given)</source>
        <extracomment>app/vault/unlock.py</extracomment>
        <translation>the token (no PIN given)</translation>
    </message>
    <message>
        <source>this vault has no passphrase</source>
        <extracomment>app/vault/vault.py</extracomment>
        <translation>this vault has no passphrase</translation>
    </message>
    <message>
        <source>the new passphrase is empty</source>
        <extracomment>app/vault/vault.py</extracomment>
        <translation>the new passphrase is empty</translation>
    </message>
    <message>
        <source>{attempts_remaining} attempt(s) left before the token locks.</source>
        <extracomment>crypto/errors.py:228</extracomment>
        <translation>{attempts_remaining} attempt(s) left before the token locks.</translation>
    </message>
    <message>
        <source>Only one attempt is left before the token locks: check the PIN carefully.</source>
        <extracomment>crypto/errors.py:230</extracomment>
        <translation>Only one attempt is left before the token locks: check the PIN carefully.</translation>
    </message>
    <message>
        <source>the signature placeholder is damaged</source>
        <extracomment>crypto/pades/check.py</extracomment>
        <translation>the signature placeholder is damaged</translation>
    </message>
    <message>
        <source>the signature placeholder is not hex</source>
        <extracomment>crypto/pades/check.py</extracomment>
        <translation>the signature placeholder is not hex</translation>
    </message>
    <message>
        <source>the file does not hold the signature just made</source>
        <extracomment>crypto/pades/check.py</extracomment>
        <translation>the file does not hold the signature just made</translation>
    </message>
    <message>
        <source>unreadable signature ({error})</source>
        <extracomment>crypto/pades/check.py</extracomment>
        <translation>unreadable signature ({error})</translation>
    </message>
    <message>
        <source>the signed digest does not match the document</source>
        <extracomment>crypto/pades/check.py</extracomment>
        <translation>the signed digest does not match the document</translation>
    </message>
    <message>
        <source>the signature value is not valid for the certificate (wrong key?)</source>
        <extracomment>crypto/pades/check.py</extracomment>
        <translation>the signature value is not valid for the certificate (wrong key?)</translation>
    </message>
    <message>
        <source>a cross-page seal needs a seal image</source>
        <extracomment>crypto/pades/engine.py</extracomment>
        <translation>a cross-page seal needs a seal image</translation>
    </message>
    <message>
        <source>the field {name!r} is already signed</source>
        <extracomment>crypto/pades/engine.py</extracomment>
        <translation>the field {name!r} is already signed</translation>
    </message>
    <message>
        <source>the field {name!r} is not a signature field</source>
        <extracomment>crypto/pades/engine.py</extracomment>
        <translation>the field {name!r} is not a signature field</translation>
    </message>
    <message>
        <source>the document has no signature to extend</source>
        <extracomment>crypto/pades/ltv.py</extracomment>
        <translation>the document has no signature to extend</translation>
    </message>
    <message>
        <source>an archive timestamp needs --tsa URL</source>
        <extracomment>crypto/pades/ltv.py</extracomment>
        <translation>an archive timestamp needs --tsa URL</translation>
    </message>
    <message>
        <source>unknown signature level {text!r} (use B-B, B-T, B-LT or B-LTA)</source>
        <extracomment>crypto/pades/options.py</extracomment>
        <translation>unknown signature level {text!r} (use B-B, B-T, B-LT or B-LTA)</translation>
    </message>
    <message>
        <source>--certify takes 1, 2 or 3</source>
        <extracomment>crypto/pades/options.py</extracomment>
        <translation>--certify takes 1, 2 or 3</translation>
    </message>
    <message>
        <source>level {level} needs a timestamp service (--tsa URL)</source>
        <extracomment>crypto/pades/options.py</extracomment>
        <translation>level {level} needs a timestamp service (--tsa URL)</translation>
    </message>
    <message>
        <source>it is a dynamic XFA form, whose content a PDF signature cannot cover (save it as a flat PDF first)</source>
        <extracomment>crypto/pades/pdfopen.py</extracomment>
        <translation>it is a dynamic XFA form, whose content a PDF signature cannot cover (save it as a flat PDF first)</translation>
    </message>
    <message>
        <source>its encryption is not supported ({error})</source>
        <extracomment>crypto/pades/pdfopen.py</extracomment>
        <translation>its encryption is not supported ({error})</translation>
    </message>
    <message>
        <source>its permissions do not allow signing (give the owner password with --pdf-password-env to lift them)</source>
        <extracomment>crypto/pades/pdfopen.py</extracomment>
        <translation>its permissions do not allow signing (give the owner password with --pdf-password-env to lift them)</translation>
    </message>
    <message>
        <source>syntax errors</source>
        <extracomment>crypto/pades/pdfopen.py</extracomment>
        <translation>syntax errors</translation>
    </message>
    <message>
        <source>network error: {error}</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>network error: {error}</translation>
    </message>
    <message>
        <source>the service refused the credentials (HTTP 401)</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>the service refused the credentials (HTTP 401)</translation>
    </message>
    <message>
        <source>HTTP status {status}</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>HTTP status {status}</translation>
    </message>
    <message>
        <source>the answer has no content type</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>the answer has no content type</translation>
    </message>
    <message>
        <source>unexpected answer type {type}</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>unexpected answer type {type}</translation>
    </message>
    <message>
        <source>the answer is not a timestamp response</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>the answer is not a timestamp response</translation>
    </message>
    <message>
        <source>the service answered {status}: {reasons}</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>the service answered {status}: {reasons}</translation>
    </message>
    <message>
        <source>the service answered {status}</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>the service answered {status}</translation>
    </message>
    <message>
        <source>the timestamp token is malformed</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>the timestamp token is malformed</translation>
    </message>
    <message>
        <source>{path} has no signature named {field}.</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>{path} has no signature named {field}.</translation>
    </message>
    <message>
        <source>List the document&apos;s signatures with &apos;sealdesk verify&apos;.</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>List the document&apos;s signatures with &apos;sealdesk verify&apos;.</translation>
    </message>
    <message>
        <source>unusual byte range {byte_range}</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>unusual byte range {byte_range}</translation>
    </message>
    <message>
        <source>byte range {byte_range} outside the file</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>byte range {byte_range} outside the file</translation>
    </message>
    <message>
        <source>it covers {coverage}, not a whole revision</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>it covers {coverage}, not a whole revision</translation>
    </message>
    <message>
        <source>The revision signed by {field} cannot be cut from {path}: {detail}.</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>The revision signed by {field} cannot be cut from {path}: {detail}.</translation>
    </message>
    <message>
        <source>The signature does not cover a whole revision; do not rely on it.</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>The signature does not cover a whole revision; do not rely on it.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a PDF ({detail}).</source>
        <extracomment>crypto/review/revisions.py, crypto/review/visual.py</extracomment>
        <translation>{path} cannot be read as a PDF ({detail}).</translation>
    </message>
    <message>
        <source>the seal has neither an image nor text</source>
        <extracomment>crypto/seal/appearance.py</extracomment>
        <translation>the seal has neither an image nor text</translation>
    </message>
    <message>
        <source>the bundled font cannot draw {missing} in the seal text</source>
        <extracomment>crypto/seal/appearance.py</extracomment>
        <translation>the bundled font cannot draw {missing} in the seal text</translation>
    </message>
    <message>
        <source>page rotation {rotation} is not a multiple of 90 degrees</source>
        <extracomment>crypto/seal/appearance.py</extracomment>
        <translation>page rotation {rotation} is not a multiple of 90 degrees</translation>
    </message>
    <message>
        <source>the cross-page seal edge must be {first} or {second}, not {edge!r}</source>
        <extracomment>crypto/seal/crosspage.py</extracomment>
        <translation>the cross-page seal edge must be {first} or {second}, not {edge!r}</translation>
    </message>
    <message>
        <source>the seal size {size:g} pt is too small</source>
        <extracomment>crypto/seal/crosspage.py, crypto/seal/placement.py</extracomment>
        <translation>the seal size {size:g} pt is too small</translation>
    </message>
    <message>
        <source>a {width} px wide seal cannot be split over {count} pages</source>
        <extracomment>crypto/seal/crosspage.py</extracomment>
        <translation>a {width} px wide seal cannot be split over {count} pages</translation>
    </message>
    <message>
        <source>a {size:g} pt cross-page seal centred at {centre:g} pt does not fit on page {page} ({width:g}×{height:g} pt)</source>
        <extracomment>crypto/seal/crosspage.py</extracomment>
        <translation>a {size:g} pt cross-page seal centred at {centre:g} pt does not fit on page {page} ({width:g}×{height:g} pt)</translation>
    </message>
    <message>
        <source>the seal strip is wider than page {page}</source>
        <extracomment>crypto/seal/crosspage.py</extracomment>
        <translation>the seal strip is wider than page {page}</translation>
    </message>
    <message>
        <source>the document&apos;s pages cannot be read ({error})</source>
        <extracomment>crypto/seal/crosspage.py, crypto/seal/placement.py</extracomment>
        <translation>the document&apos;s pages cannot be read ({error})</translation>
    </message>
    <message>
        <source>(generated seal)</source>
        <extracomment>crypto/seal/drawing.py</extracomment>
        <translation>(generated seal)</translation>
    </message>
    <message>
        <source>the company name is empty</source>
        <extracomment>crypto/seal/drawing.py</extracomment>
        <translation>the company name is empty</translation>
    </message>
    <message>
        <source>the name or code is too long</source>
        <extracomment>crypto/seal/drawing.py</extracomment>
        <translation>the name or code is too long</translation>
    </message>
    <message>
        <source>size {size} px is not 200-4000</source>
        <extracomment>crypto/seal/drawing.py</extracomment>
        <translation>size {size} px is not 200-4000</translation>
    </message>
    <message>
        <source>the bundled font has no glyph for {missing}</source>
        <extracomment>crypto/seal/drawing.py</extracomment>
        <translation>the bundled font has no glyph for {missing}</translation>
    </message>
    <message>
        <source>Unknown font weight {weight!r}.</source>
        <extracomment>crypto/seal/fonts.py</extracomment>
        <translation>Unknown font weight {weight!r}.</translation>
    </message>
    <message>
        <source>The bundled font {name} is missing; reinstall SealDesk.</source>
        <extracomment>crypto/seal/fonts.py</extracomment>
        <translation>The bundled font {name} is missing; reinstall SealDesk.</translation>
    </message>
    <message>
        <source>(image data)</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>(image data)</translation>
    </message>
    <message>
        <source>it is {width}×{height} px; at least {minimum} px are needed</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>it is {width}×{height} px; at least {minimum} px are needed</translation>
    </message>
    <message>
        <source>it is {width}×{height} px; at most {maximum} px are allowed</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>it is {width}×{height} px; at most {maximum} px are allowed</translation>
    </message>
    <message>
        <source>its background is neither transparent nor white</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>its background is neither transparent nor white</translation>
    </message>
    <message>
        <source>it is empty (nothing visible)</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>it is empty (nothing visible)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>it is {format}, not PNG or JPEG</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>it is {format}, not PNG or JPEG</translation>
    </message>
    <message>
        <source>it is an unknown format, not PNG or JPEG</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>it is an unknown format, not PNG or JPEG</translation>
    </message>
    <message>
        <source>it is not a PNG or JPEG image</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>it is not a PNG or JPEG image</translation>
    </message>
    <message>
        <source>it is damaged ({error})</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>it is damaged ({error})</translation>
    </message>
    <message>
        <source>page {page} cannot be read ({error})</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>page {page} cannot be read ({error})</translation>
    </message>
    <message>
        <source>page {page} does not exist (the document has {count})</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>page {page} does not exist (the document has {count})</translation>
    </message>
    <message>
        <source>the rectangle {rect} is empty or smaller than {minimum:g} pt</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>the rectangle {rect} is empty or smaller than {minimum:g} pt</translation>
    </message>
    <message>
        <source>the rectangle {rect} is not inside page {page} ({box})</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>the rectangle {rect} is not inside page {page} ({box})</translation>
    </message>
    <message>
        <source>the anchor text is empty</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>the anchor text is empty</translation>
    </message>
    <message>
        <source>the text “{text}” was not found in the document</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>the text “{text}” was not found in the document</translation>
    </message>
    <message>
        <source>the text “{text}” occurs {count} time(s), so occurrence {occurrence} does not exist</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>the text “{text}” occurs {count} time(s), so occurrence {occurrence} does not exist</translation>
    </message>
    <message>
        <source>page {page} does not exist</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>page {page} does not exist</translation>
    </message>
    <message>
        <source>a {size:g} pt seal does not fit on a {width:g}×{height:g} pt page</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>a {size:g} pt seal does not fit on a {width:g}×{height:g} pt page</translation>
    </message>
    <message>
        <source>not a PEM key file</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>not a PEM key file</translation>
    </message>
    <message>
        <source>the file holds a {label}, not a private key</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>the file holds a {label}, not a private key</translation>
    </message>
    <message>
        <source>not a PKCS#8 private key</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>not a PKCS#8 private key</translation>
    </message>
    <message>
        <source>the EC key does not name its curve</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>the EC key does not name its curve</translation>
    </message>
    <message>
        <source>not an EC private key</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>not an EC private key</translation>
    </message>
    <message>
        <source>not a key file</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>not a key file</translation>
    </message>
    <message>
        <source>the key is encrypted and no password was given</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>the key is encrypted and no password was given</translation>
    </message>
    <message>
        <source>wrong password or damaged file</source>
        <extracomment>crypto/sm/keys.py, crypto/sm/pkcs12.py, crypto/tokens/soft.py</extracomment>
        <translation>wrong password or damaged file</translation>
    </message>
    <message>
        <source>the SM2 private key is out of range</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>the SM2 private key is out of range</translation>
    </message>
    <message>
        <source>not an SM2 key ({kind})</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>not an SM2 key ({kind})</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <extracomment>crypto/sm/p11profile.py</extracomment>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>input must be &quot;digest&quot; or &quot;message&quot;</source>
        <extracomment>crypto/sm/p11profile.py</extracomment>
        <translation>input must be &quot;digest&quot; or &quot;message&quot;</translation>
    </message>
    <message>
        <source>signature must be &quot;der&quot; or &quot;raw&quot;</source>
        <extracomment>crypto/sm/p11profile.py</extracomment>
        <translation>signature must be &quot;der&quot; or &quot;raw&quot;</translation>
    </message>
    <message>
        <source>{field} must be a number such as 0x80000001</source>
        <extracomment>crypto/sm/p11profile.py</extracomment>
        <translation>{field} must be a number such as 0x80000001</translation>
    </message>
    <message>
        <source>{field} is out of range</source>
        <extracomment>crypto/sm/p11profile.py</extracomment>
        <translation>{field} is out of range</translation>
    </message>
    <message>
        <source>the token answered {size} bytes, not a 64-byte r||s</source>
        <extracomment>crypto/sm/p11profile.py</extracomment>
        <translation>the token answered {size} bytes, not a 64-byte r||s</translation>
    </message>
    <message>
        <source>the key is protected with {scheme}, which SealDesk does not decrypt; export it again with AES (openssl pkcs12 -export, without -legacy)</source>
        <extracomment>crypto/sm/pbe.py</extracomment>
        <translation>the key is protected with {scheme}, which SealDesk does not decrypt; export it again with AES (openssl pkcs12 -export, without -legacy)</translation>
    </message>
    <message>
        <source>the key file uses an unknown key derivation</source>
        <extracomment>crypto/sm/pbe.py</extracomment>
        <translation>the key file uses an unknown key derivation</translation>
    </message>
    <message>
        <source>the key file uses the cipher {cipher}</source>
        <extracomment>crypto/sm/pbe.py</extracomment>
        <translation>the key file uses the cipher {cipher}</translation>
    </message>
    <message>
        <source>the key file uses the PRF {prf}</source>
        <extracomment>crypto/sm/pbe.py</extracomment>
        <translation>the key file uses the PRF {prf}</translation>
    </message>
    <message>
        <source>the file&apos;s integrity check uses {hash}</source>
        <extracomment>crypto/sm/pbe.py</extracomment>
        <translation>the file&apos;s integrity check uses {hash}</translation>
    </message>
    <message>
        <source>public-key protected PKCS#12 files are not supported</source>
        <extracomment>crypto/sm/pkcs12.py</extracomment>
        <translation>public-key protected PKCS#12 files are not supported</translation>
    </message>
    <message>
        <source>not a PKCS#12 file</source>
        <extracomment>crypto/sm/pkcs12.py</extracomment>
        <translation>not a PKCS#12 file</translation>
    </message>
    <message>
        <source>the PKCS#12 file is damaged</source>
        <extracomment>crypto/sm/pkcs12.py</extracomment>
        <translation>the PKCS#12 file is damaged</translation>
    </message>
    <message>
        <source>no private key in the file</source>
        <extracomment>crypto/sm/pkcs12.py, crypto/tokens/soft.py</extracomment>
        <translation>no private key in the file</translation>
    </message>
    <message>
        <source>the file holds several private keys</source>
        <extracomment>crypto/sm/pkcs12.py</extracomment>
        <translation>the file holds several private keys</translation>
    </message>
    <message>
        <source>the PKCS#12 file uses an unsupported protection ({kind})</source>
        <extracomment>crypto/sm/pkcs12.py</extracomment>
        <translation>the PKCS#12 file uses an unsupported protection ({kind})</translation>
    </message>
    <message>
        <source>its key is {kind}</source>
        <extracomment>crypto/sm/signer.py</extracomment>
        <translation>its key is {kind}</translation>
    </message>
    <message>
        <source>SM2 signatures use the SM3 digest, not {digest}</source>
        <extracomment>crypto/sm/signer.py</extracomment>
        <translation>SM2 signatures use the SM3 digest, not {digest}</translation>
    </message>
    <message>
        <source>the random number generator repeats</source>
        <extracomment>crypto/sm/sm2.py</extracomment>
        <translation>the random number generator repeats</translation>
    </message>
    <message>
        <source>its own signatures do not verify</source>
        <extracomment>crypto/sm/sm2.py</extracomment>
        <translation>its own signatures do not verify</translation>
    </message>
    <message>
        <source>the key file was closed</source>
        <extracomment>crypto/sm/soft.py</extracomment>
        <translation>the key file was closed</translation>
    </message>
    <message>
        <source>no certificate in the file</source>
        <extracomment>crypto/sm/soft.py, crypto/tokens/soft.py</extracomment>
        <translation>no certificate in the file</translation>
    </message>
    <message>
        <source>no certificate matches the private key</source>
        <extracomment>crypto/sm/soft.py, crypto/tokens/soft.py</extracomment>
        <translation>no certificate matches the private key</translation>
    </message>
    <message>
        <source>not yet valid (from {date})</source>
        <extracomment>crypto/tokens/base.py</extracomment>
        <translation>not yet valid (from {date})</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <extracomment>crypto/tokens/base.py</extracomment>
        <translation>expired on {date}</translation>
    </message>
    <message>
        <source>key usage does not allow signing</source>
        <extracomment>crypto/tokens/base.py</extracomment>
        <translation>key usage does not allow signing</translation>
    </message>
    <message>
        <source>no private key</source>
        <extracomment>crypto/tokens/base.py, crypto/tokens/pkcs11/objects.py</extracomment>
        <translation>no private key</translation>
    </message>
    <message>
        <source>not a shared library</source>
        <extracomment>crypto/tokens/pkcs11/binfmt.py</extracomment>
        <translation>not a shared library</translation>
    </message>
    <message>
        <source>a {format} file, but this system loads {host_format} libraries</source>
        <extracomment>crypto/tokens/pkcs11/binfmt.py</extracomment>
        <translation>a {format} file, but this system loads {host_format} libraries</translation>
    </message>
    <message>
        <source>{bits}-bit module, SealDesk is {host_bits}-bit</source>
        <extracomment>crypto/tokens/pkcs11/binfmt.py</extracomment>
        <translation>{bits}-bit module, SealDesk is {host_bits}-bit</translation>
    </message>
    <message>
        <source>module built for {built}, this computer runs SealDesk for {machine}</source>
        <extracomment>crypto/tokens/pkcs11/binfmt.py</extracomment>
        <translation>module built for {built}, this computer runs SealDesk for {machine}</translation>
    </message>
    <message>
        <source>wrong length</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>wrong length</translation>
    </message>
    <message>
        <source>invalid characters</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>invalid characters</translation>
    </message>
    <message>
        <source>Change the PIN with the token vendor&apos;s tool, then sign again.</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>Change the PIN with the token vendor&apos;s tool, then sign again.</translation>
    </message>
    <message>
        <source>the PIN has expired</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>the PIN has expired</translation>
    </message>
    <message>
        <source>Set the user PIN with the token vendor&apos;s tool first.</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>Set the user PIN with the token vendor&apos;s tool first.</translation>
    </message>
    <message>
        <source>the token has no user PIN yet</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>the token has no user PIN yet</translation>
    </message>
    <message>
        <source>Open the token again (re-enter the PIN) and sign again.</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>Open the token again (re-enter the PIN) and sign again.</translation>
    </message>
    <message>
        <source>the token is no longer logged in</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>the token is no longer logged in</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>unknown reason</translation>
    </message>
    <message>
        <source>not a PKCS#11 driver: it has no C_GetFunctionList</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>not a PKCS#11 driver: it has no C_GetFunctionList</translation>
    </message>
    <message>
        <source>the private key may not decrypt</source>
        <extracomment>crypto/tokens/pkcs11/mechanism_errors.py</extracomment>
        <translation>the private key may not decrypt</translation>
    </message>
    <message>
        <source>the private key may not derive keys</source>
        <extracomment>crypto/tokens/pkcs11/mechanism_errors.py</extracomment>
        <translation>the private key may not derive keys</translation>
    </message>
    <message>
        <source>the private key is not allowed to sign</source>
        <extracomment>crypto/tokens/pkcs11/objects.py</extracomment>
        <translation>the private key is not allowed to sign</translation>
    </message>
    <message>
        <source>SM2 keys on PKCS#11 tokens need the vendor&apos;s profile (--sm2-profile)</source>
        <extracomment>crypto/tokens/pkcs11/objects.py</extracomment>
        <translation>SM2 keys on PKCS#11 tokens need the vendor&apos;s profile (--sm2-profile)</translation>
    </message>
    <message>
        <source>the private key&apos;s type {kind} is not the profile&apos;s {expected}</source>
        <extracomment>crypto/tokens/pkcs11/objects.py</extracomment>
        <translation>the private key&apos;s type {kind} is not the profile&apos;s {expected}</translation>
    </message>
    <message>
        <source>unsupported key type {kind}</source>
        <extracomment>crypto/tokens/pkcs11/objects.py, crypto/tokens/soft.py</extracomment>
        <translation>unsupported key type {kind}</translation>
    </message>
    <message>
        <source>the private key does not match the certificate</source>
        <extracomment>crypto/tokens/pkcs11/objects.py, crypto/tokens/skf/session.py</extracomment>
        <translation>the private key does not match the certificate</translation>
    </message>
    <message>
        <source>No security token matching {uri} was found.</source>
        <extracomment>crypto/tokens/pkcs11/scan.py</extracomment>
        <translation>No security token matching {uri} was found.</translation>
    </message>
    <message>
        <source>{uri} matches {count} tokens: {labels}.</source>
        <extracomment>crypto/tokens/pkcs11/scan.py</extracomment>
        <translation>{uri} matches {count} tokens: {labels}.</translation>
    </message>
    <message>
        <source>Add token= or serial= to the URI to choose one.</source>
        <extracomment>crypto/tokens/pkcs11/scan.py</extracomment>
        <translation>Add token= or serial= to the URI to choose one.</translation>
    </message>
    <message>
        <source>No security token with label {label!r} and serial {serial!r} was found.</source>
        <extracomment>crypto/tokens/pkcs11/scan.py</extracomment>
        <translation>No security token with label {label!r} and serial {serial!r} was found.</translation>
    </message>
    <message>
        <source>{label} on {token}</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>{label} on {token}</translation>
    </message>
    <message>
        <source>SM2 signing, profile {name}</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>SM2 signing, profile {name}</translation>
    </message>
    <message>
        <source>this token computes Z with the signer ID {token_id}, not {wanted}</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>this token computes Z with the signer ID {token_id}, not {wanted}</translation>
    </message>
    <message>
        <source>{uri} matches {count} keys: {labels}.</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>{uri} matches {count} keys: {labels}.</translation>
    </message>
    <message>
        <source>Add object= or id= to the URI to choose one.</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>Add object= or id= to the URI to choose one.</translation>
    </message>
    <message>
        <source>the token session is closed</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>the token session is closed</translation>
    </message>
    <message>
        <source>{kind} keys cannot sign here</source>
        <extracomment>crypto/tokens/pkcs11/signer.py</extracomment>
        <translation>{kind} keys cannot sign here</translation>
    </message>
    <message>
        <source>RSA-PSS needs an RSA key</source>
        <extracomment>crypto/tokens/pkcs11/signer.py</extracomment>
        <translation>RSA-PSS needs an RSA key</translation>
    </message>
    <message>
        <source>CKM_RSA_PKCS_OAEP ({scheme})</source>
        <extracomment>crypto/tokens/pkcs11/unwrap.py</extracomment>
        <translation>CKM_RSA_PKCS_OAEP ({scheme})</translation>
    </message>
    <message>
        <source>these parameters are refused</source>
        <extracomment>crypto/tokens/pkcs11/unwrap.py</extracomment>
        <translation>these parameters are refused</translation>
    </message>
    <message>
        <source>SealDesk does not know the attribute {names}</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>SealDesk does not know the attribute {names}</translation>
    </message>
    <message>
        <source>it must start with &apos;pkcs11:&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>it must start with &apos;pkcs11:&apos;</translation>
    </message>
    <message>
        <source>&apos;#&apos; is not allowed; write it as %23</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>&apos;#&apos; is not allowed; write it as %23</translation>
    </message>
    <message>
        <source>give either pin-value or pin-source, not both</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>give either pin-value or pin-source, not both</translation>
    </message>
    <message>
        <source>SealDesk does not run commands to get a PIN.</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>SealDesk does not run commands to get a PIN.</translation>
    </message>
    <message>
        <source>Only file: PIN sources are supported.</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>Only file: PIN sources are supported.</translation>
    </message>
    <message>
        <source>The file must hold the PIN as text.</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>The file must hold the PIN as text.</translation>
    </message>
    <message>
        <source>an attribute in the query is not name=value</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>an attribute in the query is not name=value</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; in the path is not name=value</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>&apos;{item}&apos; in the path is not name=value</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; belongs after &apos;?&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>&apos;{name}&apos; belongs after &apos;?&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; belongs before &apos;?&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>&apos;{name}&apos; belongs before &apos;?&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is given twice</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>&apos;{name}&apos; is given twice</translation>
    </message>
    <message>
        <source>slot-id must be a decimal number, not &apos;{text}&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>slot-id must be a decimal number, not &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>library-version must look like 2 or 2.40, not &apos;{text}&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>library-version must look like 2 or 2.40, not &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>type must be one of {allowed}, not &apos;{text}&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>type must be one of {allowed}, not &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>broken percent-encoding in &apos;{name}&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>broken percent-encoding in &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>broken percent-encoding in &apos;{name}&apos; (&apos;%{pair}&apos;)</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>broken percent-encoding in &apos;{name}&apos; (&apos;%{pair}&apos;)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not UTF-8 text</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>&apos;{name}&apos; is not UTF-8 text</translation>
    </message>
    <message>
        <source>Only local file: PIN sources are supported.</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>Only local file: PIN sources are supported.</translation>
    </message>
    <message>
        <source>the driver thread {name} is closed</source>
        <extracomment>crypto/tokens/pkcs11/worker.py</extracomment>
        <translation>the driver thread {name} is closed</translation>
    </message>
    <message>
        <source>not an SM2 key (container type {kind})</source>
        <extracomment>crypto/tokens/skf/session.py</extracomment>
        <translation>not an SM2 key (container type {kind})</translation>
    </message>
    <message>
        <source>SKF device</source>
        <extracomment>crypto/tokens/skf/session.py</extracomment>
        <translation>SKF device</translation>
    </message>
    <message>
        <source>SKF application</source>
        <extracomment>crypto/tokens/skf/session.py</extracomment>
        <translation>SKF application</translation>
    </message>
    <message>
        <source>{kind} {name!r}</source>
        <extracomment>crypto/tokens/skf/session.py</extracomment>
        <translation>{kind} {name!r}</translation>
    </message>
    <message>
        <source>Several matches for {selector}: {names}.</source>
        <extracomment>crypto/tokens/skf/session.py</extracomment>
        <translation>Several matches for {selector}: {names}.</translation>
    </message>
    <message>
        <source>Name the one to use.</source>
        <extracomment>crypto/tokens/skf/session.py</extracomment>
        <translation>Name the one to use.</translation>
    </message>
    <message>
        <source>not a certificate file</source>
        <extracomment>crypto/tokens/soft.py</extracomment>
        <translation>not a certificate file</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>the vault is locked</translation>
    </message>
    <message>
        <source>the intent check was not completed</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>the intent check was not completed</translation>
    </message>
    <message>
        <source>the camera library could not be loaded</source>
        <extracomment>ui/compliance/camera.py</extracomment>
        <translation>the camera library could not be loaded</translation>
    </message>
    <message>
        <source>no camera is connected</source>
        <extracomment>ui/compliance/camera.py</extracomment>
        <translation>no camera is connected</translation>
    </message>
    <message>
        <source>the camera stopped working: {reason}</source>
        <extracomment>ui/compliance/camera.py</extracomment>
        <translation>the camera stopped working: {reason}</translation>
    </message>
    <message>
        <source>the camera was disconnected</source>
        <extracomment>ui/compliance/camera.py</extracomment>
        <translation>the camera was disconnected</translation>
    </message>
    <message>
        <source>SealDesk may not use the camera: allow it in the system&apos;s privacy settings</source>
        <extracomment>ui/compliance/camera.py</extracomment>
        <translation>SealDesk may not use the camera: allow it in the system&apos;s privacy settings</translation>
    </message>
    <message>
        <source>the camera library is too old</source>
        <extracomment>ui/compliance/camera.py</extracomment>
        <translation>the camera library is too old</translation>
    </message>
    <message>
        <source>the signing policy&apos;s checks are recorded in the vault: keep the signed copy in the vault</source>
        <extracomment>ui/sign/batch.py, ui/sign/dialog.py</extracomment>
        <translation>the signing policy&apos;s checks are recorded in the vault: keep the signed copy in the vault</translation>
    </message>
    <message>
        <source>the signed copy cannot replace the original document</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>the signed copy cannot replace the original document</translation>
    </message>
    <message>
        <source>no certificate chosen</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>no certificate chosen</translation>
    </message>
    <message>
        <source>{path} is not a JSON file ({reason})</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation type="vanished">{path} is not a JSON file ({reason})</translation>
    </message>
    <message>
        <source>valid_until</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation type="vanished">valid_until</translation>
    </message>
    <message>
        <source>no documents to sign</source>
        <extracomment>app/compliance/intent.py</extracomment>
        <translation type="vanished">no documents to sign</translation>
    </message>
    <message>
        <source>this method is not one the policy offers now</source>
        <extracomment>app/compliance/intent.py</extracomment>
        <translation type="vanished">this method is not one the policy offers now</translation>
    </message>
    <message>
        <source>a check the signing policy needs is missing</source>
        <extracomment>app/compliance/intent.py</extracomment>
        <translation type="vanished">a check the signing policy needs is missing</translation>
    </message>
    <message>
        <source>this signing policy needs a check this app cannot run here ({methods})</source>
        <extracomment>ui/sign/intent_checks.py</extracomment>
        <translation type="vanished">this signing policy needs a check this app cannot run here ({methods})</translation>
    </message>
    <message>
        <source>Read and accept the agreements (Settings → Agreements), then try again.</source>
        <extracomment>ConsentRequired.todo</extracomment>
        <translation type="vanished">Read and accept the agreements (Settings → Agreements), then try again.</translation>
    </message>
    <message>
        <source>SM2 keys cannot sign through PKCS#11 in SealDesk</source>
        <extracomment>crypto/tokens/pkcs11/objects.py</extracomment>
        <translation type="vanished">SM2 keys cannot sign through PKCS#11 in SealDesk</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>apply for a signing certificate</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>apply for a signing certificate</translation>
    </message>
    <message>
        <source>apply for a certificate from the platform (SMS check)</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>apply for a certificate from the platform (SMS check)</translation>
    </message>
    <message>
        <source>your name as it will appear in the certificate</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>your name as it will appear in the certificate</translation>
    </message>
    <message>
        <source>your signer ID registered with the platform (64 hex)</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>your signer ID registered with the platform (64 hex)</translation>
    </message>
    <message>
        <source>PKCS#12 file to write (key and certificate)</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>PKCS#12 file to write (key and certificate)</translation>
    </message>
    <message>
        <source>password of the PKCS#12 file from this variable</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>password of the PKCS#12 file from this variable</translation>
    </message>
    <message>
        <source>also save the platform CA&apos;s certificate here (PEM), to give to `sealdesk verify --trust`</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>also save the platform CA&apos;s certificate here (PEM), to give to `sealdesk verify --trust`</translation>
    </message>
    <message>
        <source>the SMS code from this variable (default: ask)</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>the SMS code from this variable (default: ask)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <extracomment>app/cli/cert_cmd.py, app/cli/company_cmd.py, app/cli/compliance_cmd.py, app/cli/custody_cmd.py, …</extracomment>
        <translation>machine-readable output</translation>
    </message>
    <message>
        <source>Before issuance: you have accepted the Digital Certificate Usage Agreement; your identity is confirmed by a code sent to your registered phone, and the code confirms that you intend to apply for this certificate (request SHA-256 {sha256}).</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>Before issuance: you have accepted the Digital Certificate Usage Agreement; your identity is confirmed by a code sent to your registered phone, and the code confirms that you intend to apply for this certificate (request SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>A code was sent to {phone}.</source>
        <extracomment>app/cli/cert_cmd.py, app/cli/sms_code.py</extracomment>
        <translation>A code was sent to {phone}.</translation>
    </message>
    <message>
        <source>Issued: your certificate (SHA-256 {sha256}) was issued at {at}, valid until {until}, and is stored on this computer in {path}.</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>Issued: your certificate (SHA-256 {sha256}) was issued at {at}, valid until {until}, and is stored on this computer in {path}.</translation>
    </message>
    <message>
        <source>The platform CA&apos;s certificate (SHA-256 {sha256}) is in {path}; reviews trust it with --trust {path}.</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>The platform CA&apos;s certificate (SHA-256 {sha256}) is in {path}; reviews trust it with --trust {path}.</translation>
    </message>
    <message>
        <source>the authorisation letter (授权书) a company signs for its agent</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>the authorisation letter (授权书) a company signs for its agent</translation>
    </message>
    <message>
        <source>write, sign and register an authorisation letter</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>write, sign and register an authorisation letter</translation>
    </message>
    <message>
        <source>The legal representative&apos;s and the agent&apos;s names and ID numbers are collected only for this authorisation letter and kept encrypted in the vault; they are never taken from the command line.</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>The legal representative&apos;s and the agent&apos;s names and ID numbers are collected only for this authorisation letter and kept encrypted in the vault; they are never taken from the command line.</translation>
    </message>
    <message>
        <source>JSON file with the letter&apos;s details (read, never changed): company, credit_code (unified social credit code), legal_rep_name, legal_rep_id, agent_name, agent_id (resident ID numbers), scope (the matters authorised), valid_from, valid_until (YYYY-MM-DD); fields left out are asked on the terminal (ID numbers without echo)</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>JSON file with the letter&apos;s details (read, never changed): company, credit_code (unified social credit code), legal_rep_name, legal_rep_id, agent_name, agent_id (resident ID numbers), scope (the matters authorised), valid_from, valid_until (YYYY-MM-DD); fields left out are asked on the terminal (ID numbers without echo)</translation>
    </message>
    <message>
        <source>where the signed letter goes</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>where the signed letter goes</translation>
    </message>
    <message>
        <source>the company seal&apos;s PKCS#12 (.p12/.pfx) soft certificate</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>the company seal&apos;s PKCS#12 (.p12/.pfx) soft certificate</translation>
    </message>
    <message>
        <source>the company seal&apos;s key on a token, as an RFC 7512 URI</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>the company seal&apos;s key on a token, as an RFC 7512 URI</translation>
    </message>
    <message>
        <source>password of the key file, from this environment variable</source>
        <extracomment>app/cli/company_cmd.py, app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>password of the key file, from this environment variable</translation>
    </message>
    <message>
        <source>token PIN from this environment variable</source>
        <extracomment>app/cli/company_cmd.py, app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>token PIN from this environment variable</translation>
    </message>
    <message>
        <source>PKCS#11 module for --key (if the URI has no module-path)</source>
        <extracomment>app/cli/company_cmd.py, app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>PKCS#11 module for --key (if the URI has no module-path)</translation>
    </message>
    <message>
        <source>PAdES level: B-B, B-T (default), B-LT, B-LTA</source>
        <extracomment>app/cli/company_cmd.py, app/cli/main.py</extracomment>
        <translation>PAdES level: B-B, B-T (default), B-LT, B-LTA</translation>
    </message>
    <message>
        <source>language of the letter (default: the interface language)</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>language of the letter (default: the interface language)</translation>
    </message>
    <message>
        <source>replace an existing file at the output</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>replace an existing file at the output</translation>
    </message>
    <message>
        <source>answer to the renewal question of a certificate that expires soon (default: ask on a terminal, else ask again at the next signing)</source>
        <extracomment>app/cli/company_cmd.py, app/cli/vault_args.py</extracomment>
        <translation>answer to the renewal question of a certificate that expires soon (default: ask on a terminal, else ask again at the next signing)</translation>
    </message>
    <message>
        <source>list the registered letters (masked)</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>list the registered letters (masked)</translation>
    </message>
    <message>
        <source>PIN of the vault&apos;s USB key from this environment variable (default: ask)</source>
        <extracomment>app/cli/company_cmd.py, app/cli/compliance_cmd.py, app/cli/vault_args.py</extracomment>
        <translation>PIN of the vault&apos;s USB key from this environment variable (default: ask)</translation>
    </message>
    <message>
        <source>{field}: </source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>{field}: </translation>
    </message>
    <message>
        <source>{field} (YYYY-MM-DD): </source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>{field} (YYYY-MM-DD): </translation>
    </message>
    <message>
        <source>signed   {output}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>signed   {output}</translation>
    </message>
    <message>
        <source>already signed by an earlier run: {output}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>already signed by an earlier run: {output}</translation>
    </message>
    <message>
        <source>registered authorisation letter {id} → vault {document}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>registered authorisation letter {id} → vault {document}</translation>
    </message>
    <message>
        <source>authorisation letter {id} was registered already → vault {document}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>authorisation letter {id} was registered already → vault {document}</translation>
    </message>
    <message>
        <source>  company: {company}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>  company: {company}</translation>
    </message>
    <message>
        <source>  legal representative: {name}   agent: {agent}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>  legal representative: {name}   agent: {agent}</translation>
    </message>
    <message>
        <source>  valid from {start} until {end}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>  valid from {start} until {end}</translation>
    </message>
    <message>
        <source>No authorisation letter is registered in this vault.</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>No authorisation letter is registered in this vault.</translation>
    </message>
    <message>
        <source>letter {id} → vault {document}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>letter {id} → vault {document}</translation>
    </message>
    <message>
        <source>show, accept or withdraw the agreements signing depends on</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>show, accept or withdraw the agreements signing depends on</translation>
    </message>
    <message>
        <source>list the agreements, or show one in full</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>list the agreements, or show one in full</translation>
    </message>
    <message>
        <source>the agreement to show</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>the agreement to show</translation>
    </message>
    <message>
        <source>agree to agreements (each needs --i-agree)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>agree to agreements (each needs --i-agree)</translation>
    </message>
    <message>
        <source>agreements to accept (default: the required ones still pending)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>agreements to accept (default: the required ones still pending)</translation>
    </message>
    <message>
        <source>I have read this agreement and agree to it (once per agreement)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>I have read this agreement and agree to it (once per agreement)</translation>
    </message>
    <message>
        <source>withdraw a consent</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>withdraw a consent</translation>
    </message>
    <message>
        <source>the agreement</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>the agreement</translation>
    </message>
    <message>
        <source>language of the texts (default: the interface language)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>language of the texts (default: the interface language)</translation>
    </message>
    <message>
        <source>compliance reports for the compliance officer</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>compliance reports for the compliance officer</translation>
    </message>
    <message>
        <source>consents, certificate notices and intent checks of a contract or period</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>consents, certificate notices and intent checks of a contract or period</translation>
    </message>
    <message>
        <source>document ID (or a prefix)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>document ID (or a prefix)</translation>
    </message>
    <message>
        <source>period start (YYYY-MM-DD or RFC 3339, UTC)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>period start (YYYY-MM-DD or RFC 3339, UTC)</translation>
    </message>
    <message>
        <source>period end, inclusive (with --since)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>period end, inclusive (with --since)</translation>
    </message>
    <message>
        <source>PDF report to write</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>PDF report to write</translation>
    </message>
    <message>
        <source>also write the report as JSON</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>also write the report as JSON</translation>
    </message>
    <message>
        <source>replace existing output files</source>
        <extracomment>app/cli/compliance_cmd.py, app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>replace existing output files</translation>
    </message>
    <message>
        <source>accepted</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>accepted</translation>
    </message>
    <message>
        <source>changed since accepted: to be accepted again</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>changed since accepted: to be accepted again</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>not accepted</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>not accepted</translation>
    </message>
    <message>
        <source>asked before each face check</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>asked before each face check</translation>
    </message>
    <message>
        <source>{title} ({kind}), version {version}, SHA-256 {sha256}</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>{title} ({kind}), version {version}, SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>Signing with this vault: allowed.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>Signing with this vault: allowed.</translation>
    </message>
    <message>
        <source>Signing with this vault: stopped until these are accepted: {titles}.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>Signing with this vault: stopped until these are accepted: {titles}.</translation>
    </message>
    <message>
        <source>Every required agreement is accepted; nothing to do.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>Every required agreement is accepted; nothing to do.</translation>
    </message>
    <message>
        <source>Agreements to accept (read each with: sealdesk consent show KIND):</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>Agreements to accept (read each with: sealdesk consent show KIND):</translation>
    </message>
    <message>
        <source>Accepted {kind} {version} at {when}.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>Accepted {kind} {version} at {when}.</translation>
    </message>
    <message>
        <source>No consent to {title} was in force; nothing to withdraw.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>No consent to {title} was in force; nothing to withdraw.</translation>
    </message>
    <message>
        <source>Withdrew the consent to {kind} {version} given at {when}.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>Withdrew the consent to {kind} {version} given at {when}.</translation>
    </message>
    <message>
        <source>Processing that depended on it has stopped.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>Processing that depended on it has stopped.</translation>
    </message>
    <message>
        <source>{consents} consents, {notices} certificate notices, {intent_checks} intent checks.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>{consents} consents, {notices} certificate notices, {intent_checks} intent checks.</translation>
    </message>
    <message>
        <source>Wrote {path} (SHA-256 {sha256}).</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>Wrote {path} (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>No seals are registered.</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>No seals are registered.</translation>
    </message>
    <message>
        <source>Seal {name} registered (id {id}).</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>Seal {name} registered (id {id}).</translation>
    </message>
    <message>
        <source>sealed   {source} → {output}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>sealed   {source} → {output}</translation>
    </message>
    <message>
        <source>skipped  {source} → {output} (sealed by an earlier run)</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>skipped  {source} → {output} (sealed by an earlier run)</translation>
    </message>
    <message>
        <source>FAILED   {source}: {message}</source>
        <extracomment>app/cli/custody_actions.py, app/cli/sign_cmd.py</extracomment>
        <translation>FAILED   {source}: {message}</translation>
    </message>
    <message>
        <source>Signed at B-B and queued: &apos;sealdesk queue run --tsa URL&apos; adds the timestamp and validation data.</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>Signed at B-B and queued: &apos;sealdesk queue run --tsa URL&apos; adds the timestamp and validation data.</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>wrote {path}</translation>
    </message>
    <message>
        <source>  purpose:   {text}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>  purpose:   {text}</translation>
    </message>
    <message>
        <source>  placement: {text}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>  placement: {text}</translation>
    </message>
    <message>
        <source>  requester: {name}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>  requester: {name}</translation>
    </message>
    <message>
        <source>  decision:  {decision} by {name}: {reason}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>  decision:  {decision} by {name}: {reason}</translation>
    </message>
    <message>
        <source>imported request {id}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>imported request {id}</translation>
    </message>
    <message>
        <source>imported the decision on request {id}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>imported the decision on request {id}</translation>
    </message>
    <message>
        <source>sent request {id} and its decision</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>sent request {id} and its decision</translation>
    </message>
    <message>
        <source>sent request {id}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>sent request {id}</translation>
    </message>
    <message>
        <source>sent the decision on request {id}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>sent the decision on request {id}</translation>
    </message>
    <message>
        <source>the platform already holds request {id} as it is here</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>the platform already holds request {id} as it is here</translation>
    </message>
    <message>
        <source>new request {id}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>new request {id}</translation>
    </message>
    <message>
        <source>new decision on request {id}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>new decision on request {id}</translation>
    </message>
    <message>
        <source>REFUSED  {id}: {message}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>REFUSED  {id}: {message}</translation>
    </message>
    <message>
        <source>{added} new requests, {decisions} new decisions, {unchanged} unchanged, {refused} refused</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>{added} new requests, {decisions} new decisions, {unchanged} unchanged, {refused} refused</translation>
    </message>
    <message>
        <source>No requests.</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>No requests.</translation>
    </message>
    <message>
        <source>next attempt {when}: {message}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>next attempt {when}: {message}</translation>
    </message>
    <message>
        <source>upgraded {document} → {upgraded} (B-LTA)</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>upgraded {document} → {upgraded} (B-LTA)</translation>
    </message>
    <message>
        <source>not yet  {document}: {message}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>not yet  {document}: {message}</translation>
    </message>
    <message>
        <source>{pending} pending, {failed} failed, {done} done</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>{pending} pending, {failed} failed, {done} done</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>Nothing to do.</translation>
    </message>
    <message>
        <source>your key on a token, as an RFC 7512 URI</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>your key on a token, as an RFC 7512 URI</translation>
    </message>
    <message>
        <source>your PKCS#12 soft certificate</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>your PKCS#12 soft certificate</translation>
    </message>
    <message>
        <source>PEM private key (with --cert-pem)</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>PEM private key (with --cert-pem)</translation>
    </message>
    <message>
        <source>SM2 USB key through its vendor&apos;s SKF (GM/T 0016) library</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>SM2 USB key through its vendor&apos;s SKF (GM/T 0016) library</translation>
    </message>
    <message>
        <source>container on the SKF key (default: the only one)</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>container on the SKF key (default: the only one)</translation>
    </message>
    <message>
        <source>PEM certificate for --key-pem</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>PEM certificate for --key-pem</translation>
    </message>
    <message>
        <source>intermediate certificates (repeatable)</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>intermediate certificates (repeatable)</translation>
    </message>
    <message>
        <source>the seal registry, applying seals, the ledger</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>the seal registry, applying seals, the ledger</translation>
    </message>
    <message>
        <source>list the registered seals</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>list the registered seals</translation>
    </message>
    <message>
        <source>register a seal</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>register a seal</translation>
    </message>
    <message>
        <source>the seal&apos;s name</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>the seal&apos;s name</translation>
    </message>
    <message>
        <source>kind of seal: 公章, 合同专用章, 财务专用章, 法人章 …</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>kind of seal: 公章, 合同专用章, 财务专用章, 法人章 …</translation>
    </message>
    <message>
        <source>the seal image: PNG with a transparent background</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>the seal image: PNG with a transparent background</translation>
    </message>
    <message>
        <source>the certificate the seal signs with (PEM or DER)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>the certificate the seal signs with (PEM or DER)</translation>
    </message>
    <message>
        <source>the seal&apos;s key on a token</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>the seal&apos;s key on a token</translation>
    </message>
    <message>
        <source>the seal&apos;s PKCS#12 file</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>the seal&apos;s PKCS#12 file</translation>
    </message>
    <message>
        <source>the seal&apos;s PEM key</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>the seal&apos;s PEM key</translation>
    </message>
    <message>
        <source>who may request the seal (certificate file or SHA-256)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>who may request the seal (certificate file or SHA-256)</translation>
    </message>
    <message>
        <source>who may approve its use (certificate file or SHA-256)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>who may approve its use (certificate file or SHA-256)</translation>
    </message>
    <message>
        <source>first day of use</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>first day of use</translation>
    </message>
    <message>
        <source>last day of use</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>last day of use</translation>
    </message>
    <message>
        <source>show one seal</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>show one seal</translation>
    </message>
    <message>
        <source>seal name or id</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>seal name or id</translation>
    </message>
    <message>
        <source>write the seal image exactly as it is stamped</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>write the seal image exactly as it is stamped</translation>
    </message>
    <message>
        <source>seal the documents of an approved request</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>seal the documents of an approved request</translation>
    </message>
    <message>
        <source>request id (or a prefix)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>request id (or a prefix)</translation>
    </message>
    <message>
        <source>the approved PDFs</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>the approved PDFs</translation>
    </message>
    <message>
        <source>folder for the sealed files</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>folder for the sealed files</translation>
    </message>
    <message>
        <source>timestamp service: upgrade the sealed files at once if it answers (otherwise they wait in the queue)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>timestamp service: upgrade the sealed files at once if it answers (otherwise they wait in the queue)</translation>
    </message>
    <message>
        <source>the seal-use ledger (用印登记簿)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>the seal-use ledger (用印登记簿)</translation>
    </message>
    <message>
        <source>seal name or id (default: every seal)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>seal name or id (default: every seal)</translation>
    </message>
    <message>
        <source>write the ledger as CSV</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>write the ledger as CSV</translation>
    </message>
    <message>
        <source>write the ledger as PDF</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>write the ledger as PDF</translation>
    </message>
    <message>
        <source>HTTP user for the timestamp service</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>HTTP user for the timestamp service</translation>
    </message>
    <message>
        <source>HTTP password for the timestamp service, from this variable</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>HTTP password for the timestamp service, from this variable</translation>
    </message>
    <message>
        <source>extra trust anchors for collecting validation data (B-LT/B-LTA)</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>extra trust anchors for collecting validation data (B-LT/B-LTA)</translation>
    </message>
    <message>
        <source>seal-use requests and their approval</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>seal-use requests and their approval</translation>
    </message>
    <message>
        <source>request a seal for documents (signed)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>request a seal for documents (signed)</translation>
    </message>
    <message>
        <source>the PDFs to seal</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>the PDFs to seal</translation>
    </message>
    <message>
        <source>what the seal is needed for</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>what the seal is needed for</translation>
    </message>
    <message>
        <source>where the seal goes: text:ANCHOR[@SIZE], rect:PAGE:X1,Y1,X2,Y2 or cross-page[:SIZE]</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>where the seal goes: text:ANCHOR[@SIZE], rect:PAGE:X1,Y1,X2,Y2 or cross-page[:SIZE]</translation>
    </message>
    <message>
        <source>approve a request (signed)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>approve a request (signed)</translation>
    </message>
    <message>
        <source>reject a request with a reason (signed)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>reject a request with a reason (signed)</translation>
    </message>
    <message>
        <source>why (kept in the signed decision)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>why (kept in the signed decision)</translation>
    </message>
    <message>
        <source>write a request file (.sealreq)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>write a request file (.sealreq)</translation>
    </message>
    <message>
        <source>request file to write</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>request file to write</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>replace an existing file</translation>
    </message>
    <message>
        <source>read a request file (.sealreq), verified</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>read a request file (.sealreq), verified</translation>
    </message>
    <message>
        <source>the request file</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>the request file</translation>
    </message>
    <message>
        <source>send a request (or its decision) to colleagues through the platform</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>send a request (or its decision) to colleagues through the platform</translation>
    </message>
    <message>
        <source>fetch colleagues&apos; requests and decisions from the platform, verified</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>fetch colleagues&apos; requests and decisions from the platform, verified</translation>
    </message>
    <message>
        <source>read everything again, not only what is new</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>read everything again, not only what is new</translation>
    </message>
    <message>
        <source>list requests</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>list requests</translation>
    </message>
    <message>
        <source>only this seal&apos;s requests</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>only this seal&apos;s requests</translation>
    </message>
    <message>
        <source>only requests in this state</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>only requests in this state</translation>
    </message>
    <message>
        <source>show one request</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>show one request</translation>
    </message>
    <message>
        <source>the offline signing queue (B-B → B-LTA)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>the offline signing queue (B-B → B-LTA)</translation>
    </message>
    <message>
        <source>show the queue</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>show the queue</translation>
    </message>
    <message>
        <source>add timestamps and validation data now</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>add timestamps and validation data now</translation>
    </message>
    <message>
        <source>RFC 3161 timestamp service</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>RFC 3161 timestamp service</translation>
    </message>
    <message>
        <source>also try entries whose next attempt is not due yet</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>also try entries whose next attempt is not due yet</translation>
    </message>
    <message>
        <source>Demo folder:     {path}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>Demo folder:     {path}</translation>
    </message>
    <message>
        <source>Sample contract: {path}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>Sample contract: {path}</translation>
    </message>
    <message>
        <source>Signing FAILED:  {message}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>Signing FAILED:  {message}</translation>
    </message>
    <message>
        <source>Signed contract: {path}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>Signed contract: {path}</translation>
    </message>
    <message>
        <source>Integrity: {integrity}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>Integrity: {integrity}</translation>
    </message>
    <message>
        <source>Verdict: valid (TOTAL-PASSED)</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>Verdict: valid (TOTAL-PASSED)</translation>
    </message>
    <message>
        <source>Verdict: NOT valid</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>Verdict: NOT valid</translation>
    </message>
    <message>
        <source>Signature {field}: {indication}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>Signature {field}: {indication}</translation>
    </message>
    <message>
        <source>signer:    {signer}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>signer:    {signer}</translation>
    </message>
    <message>
        <source>timestamp: {time}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>timestamp: {time}</translation>
    </message>
    <message>
        <source>PAdES level: {level}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>PAdES level: {level}</translation>
    </message>
    <message>
        <source>intact: {intact}, crypto valid: {crypto_valid}, trusted (demo root): {trusted}, coverage: {coverage}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>intact: {intact}, crypto valid: {crypto_valid}, trusted (demo root): {trusted}, coverage: {coverage}</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>app/cli/demo_cmd.py, app/cli/interaction.py, app/cli/vault_cmd.py</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>no</translation>
    </message>
    <message>
        <source>check what this installation can do: libraries, drivers, tokens, vault, keyring</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>check what this installation can do: libraries, drivers, tokens, vault, keyring</translation>
    </message>
    <message>
        <source>also try to reach the timestamp service and the platform</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>also try to reach the timestamp service and the platform</translation>
    </message>
    <message>
        <source>PKCS#11 module (driver) to check besides the ones found; repeatable</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>PKCS#11 module (driver) to check besides the ones found; repeatable</translation>
    </message>
    <message>
        <source>SKF library of an SM2 USB key to check</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>SKF library of an SM2 USB key to check</translation>
    </message>
    <message>
        <source>vault folder (default: the SealDesk data folder&apos;s vault)</source>
        <extracomment>app/cli/doctor_cmd.py, app/cli/vault_args.py</extracomment>
        <translation>vault folder (default: the SealDesk data folder&apos;s vault)</translation>
    </message>
    <message>
        <source>timestamp service to reach with --online (repeatable)</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>timestamp service to reach with --online (repeatable)</translation>
    </message>
    <message>
        <source>e-signing platform to reach with --online (repeatable)</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>e-signing platform to reach with --online (repeatable)</translation>
    </message>
    <message>
        <source>ok</source>
        <extracomment>app/cli/doctor_cmd.py, app/cli/tokens_cmd.py</extracomment>
        <translation>ok</translation>
    </message>
    <message>
        <source>WARN</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>WARN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>SealDesk {version}: what this installation can do</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>SealDesk {version}: what this installation can do</translation>
    </message>
    <message>
        <source>{ok} ok, {warn} warnings, {fail} problems.</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>{ok} ok, {warn} warnings, {fail} problems.</translation>
    </message>
    <message>
        <source>Nothing blocks SealDesk here.</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>Nothing blocks SealDesk here.</translation>
    </message>
    <message>
        <source>New versions: {url}</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>New versions: {url}</translation>
    </message>
    <message>
        <source>open the desktop app (also: sealdesk with no command)</source>
        <extracomment>app/cli/gui_cmd.py</extracomment>
        <translation>open the desktop app (also: sealdesk with no command)</translation>
    </message>
    <message>
        <source>PDF files to open</source>
        <extracomment>app/cli/gui_cmd.py</extracomment>
        <translation>PDF files to open</translation>
    </message>
    <message>
        <source>trust this root or CA certificate when checking signatures (repeatable)</source>
        <extracomment>app/cli/gui_cmd.py</extracomment>
        <translation>trust this root or CA certificate when checking signatures (repeatable)</translation>
    </message>
    <message>
        <source>No display is available, so the desktop app cannot start. Use a command instead (see &apos;sealdesk --help&apos;).</source>
        <extracomment>app/cli/gui_cmd.py</extracomment>
        <translation>No display is available, so the desktop app cannot start. Use a command instead (see &apos;sealdesk --help&apos;).</translation>
    </message>
    <message>
        <source>The desktop app is not installed ({detail}). Install SealDesk with its GUI extra: pip install &apos;sealdesk[gui]&apos;.</source>
        <extracomment>app/cli/gui_cmd.py</extracomment>
        <translation>The desktop app is not installed ({detail}). Install SealDesk with its GUI extra: pip install &apos;sealdesk[gui]&apos;.</translation>
    </message>
    <message>
        <source>Warning: one attempt left before the token locks.</source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>Warning: one attempt left before the token locks.</translation>
    </message>
    <message>
        <source>{count} attempt(s) left.</source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>{count} attempt(s) left.</translation>
    </message>
    <message>
        <source>Warning: the token reports that wrong PINs were entered.</source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>Warning: the token reports that wrong PINs were entered.</translation>
    </message>
    <message>
        <source>PIN for this signature for {label}: </source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>PIN for this signature for {label}: </translation>
    </message>
    <message>
        <source>PIN for {label}: </source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>PIN for {label}: </translation>
    </message>
    <message>
        <source>{question} [y/N] </source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>{question} [y/N] </translation>
    </message>
    <message>
        <source>added validation data and an archive timestamp for {signatures} → {output}</source>
        <extracomment>app/cli/ltv_cmd.py</extracomment>
        <translation>added validation data and an archive timestamp for {signatures} → {output}</translation>
    </message>
    <message>
        <source>added validation data for {signatures} → {output}</source>
        <extracomment>app/cli/ltv_cmd.py</extracomment>
        <translation>added validation data for {signatures} → {output}</translation>
    </message>
    <message>
        <source>SealDesk (签章台): sign and review contracts with USB keys, HSMs and soft certificates.</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>SealDesk (签章台): sign and review contracts with USB keys, HSMs and soft certificates.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>log details to stderr</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>log details to stderr</translation>
    </message>
    <message>
        <source>list PKCS#11 tokens and their certificates</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>list PKCS#11 tokens and their certificates</translation>
    </message>
    <message>
        <source>PKCS#11 module (driver) to use; repeatable; default: auto-detect</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>PKCS#11 module (driver) to use; repeatable; default: auto-detect</translation>
    </message>
    <message>
        <source>log in with the PIN in this environment variable to list the signing keys (one token: name it with --token when several are inserted)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>log in with the PIN in this environment variable to list the signing keys (one token: name it with --token when several are inserted)</translation>
    </message>
    <message>
        <source>the token to log in to with --pin-env</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>the token to log in to with --pin-env</translation>
    </message>
    <message>
        <source>also list the SM2 USB keys of this SKF (GM/T 0016) library</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>also list the SM2 USB keys of this SKF (GM/T 0016) library</translation>
    </message>
    <message>
        <source>vendor profile (JSON) for SM2 keys on PKCS#11 tokens</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>vendor profile (JSON) for SM2 keys on PKCS#11 tokens</translation>
    </message>
    <message>
        <source>sign one or more PDF documents</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>sign one or more PDF documents</translation>
    </message>
    <message>
        <source>PDF files to sign</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>PDF files to sign</translation>
    </message>
    <message>
        <source>signed file (one input)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>signed file (one input)</translation>
    </message>
    <message>
        <source>folder for the signed files (batch)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>folder for the signed files (batch)</translation>
    </message>
    <message>
        <source>key on a token, as an RFC 7512 URI</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>key on a token, as an RFC 7512 URI</translation>
    </message>
    <message>
        <source>PKCS#12 (.p12/.pfx) soft certificate</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>PKCS#12 (.p12/.pfx) soft certificate</translation>
    </message>
    <message>
        <source>SM2 signer ID for the signature (default 1234567812345678)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>SM2 signer ID for the signature (default 1234567812345678)</translation>
    </message>
    <message>
        <source>certification signature with DocMDP level 1, 2 or 3</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>certification signature with DocMDP level 1, 2 or 3</translation>
    </message>
    <message>
        <source>signature field to sign (existing or new)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>signature field to sign (existing or new)</translation>
    </message>
    <message>
        <source>seal image (transparent PNG)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>seal image (transparent PNG)</translation>
    </message>
    <message>
        <source>seal diameter in points for --at-text/--cross-page (default 120)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>seal diameter in points for --at-text/--cross-page (default 120)</translation>
    </message>
    <message>
        <source>page for the seal (1-based)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>page for the seal (1-based)</translation>
    </message>
    <message>
        <source>seal rectangle in the PDF&apos;s own page coordinates (user space: points, the page unrotated)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>seal rectangle in the PDF&apos;s own page coordinates (user space: points, the page unrotated)</translation>
    </message>
    <message>
        <source>centre the seal on this text (last match)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>centre the seal on this text (last match)</translation>
    </message>
    <message>
        <source>cross-page seal (骑缝章)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>cross-page seal (骑缝章)</translation>
    </message>
    <message>
        <source>text line drawn with the seal (%%(signer)s and %%(ts)s are filled in)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>text line drawn with the seal (%%(signer)s and %%(ts)s are filled in)</translation>
    </message>
    <message>
        <source>reason for signing, stored in the signature</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>reason for signing, stored in the signature</translation>
    </message>
    <message>
        <source>place of signing, stored in the signature</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>place of signing, stored in the signature</translation>
    </message>
    <message>
        <source>RSA-PSS instead of PKCS#1 v1.5</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>RSA-PSS instead of PKCS#1 v1.5</translation>
    </message>
    <message>
        <source>machine-readable results</source>
        <extracomment>app/cli/main.py, app/cli/verify_cmd.py</extracomment>
        <translation>machine-readable results</translation>
    </message>
    <message>
        <source>also sign each output with this RSA/ECDSA PKCS#12 certificate, after the first (SM2) signature, for readers that cannot verify SM2</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>also sign each output with this RSA/ECDSA PKCS#12 certificate, after the first (SM2) signature, for readers that cannot verify SM2</translation>
    </message>
    <message>
        <source>like --also-p12, with an RSA/ECDSA key on a token (RFC 7512 URI)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>like --also-p12, with an RSA/ECDSA key on a token (RFC 7512 URI)</translation>
    </message>
    <message>
        <source>password of the --also-p12 file, from this environment variable</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>password of the --also-p12 file, from this environment variable</translation>
    </message>
    <message>
        <source>PIN of the --also-key token, from this environment variable</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>PIN of the --also-key token, from this environment variable</translation>
    </message>
    <message>
        <source>add validation data (and an archive timestamp) to a signed PDF</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>add validation data (and an archive timestamp) to a signed PDF</translation>
    </message>
    <message>
        <source>signed PDF</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>signed PDF</translation>
    </message>
    <message>
        <source>where to write the extended copy</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>where to write the extended copy</translation>
    </message>
    <message>
        <source>add (or refresh) a document timestamp over everything (B-LTA)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>add (or refresh) a document timestamp over everything (B-LTA)</translation>
    </message>
    <message>
        <source>machine-readable result</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>machine-readable result</translation>
    </message>
    <message>
        <source>sign a sample contract with a demo PKI, end to end</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>sign a sample contract with a demo PKI, end to end</translation>
    </message>
    <message>
        <source>do not open the result in the GUI</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>do not open the result in the GUI</translation>
    </message>
    <message>
        <source>where to put the demo files</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>where to put the demo files</translation>
    </message>
    <message>
        <source>password of encrypted input PDFs, from this variable</source>
        <extracomment>app/cli/main.py, app/cli/verify_cmd.py</extracomment>
        <translation>password of encrypted input PDFs, from this variable</translation>
    </message>
    <message>
        <source>signed   {source} → {output}</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>signed   {source} → {output}</translation>
    </message>
    <message>
        <source>skipped  {source} → {output} (already signed by an earlier run)</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>skipped  {source} → {output} (already signed by an earlier run)</translation>
    </message>
    <message>
        <source>{signed} signed, {skipped} skipped, {failed} failed</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>{signed} signed, {skipped} skipped, {failed} failed</translation>
    </message>
    <message>
        <source>Your certificate {subject} expires on {date} ({days} days left).</source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>Your certificate {subject} expires on {date} ({days} days left).</translation>
    </message>
    <message>
        <source>Do you agree that it is renewed? [y/N] </source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>Do you agree that it is renewed? [y/N] </translation>
    </message>
    <message>
        <source>Renewal consent: answer with --renewal agree|decline; you will be asked again at the next signing.</source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>Renewal consent: answer with --renewal agree|decline; you will be asked again at the next signing.</translation>
    </message>
    <message>
        <source>Your certificate {subject} will now sign {document}.</source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>Your certificate {subject} will now sign {document}.</translation>
    </message>
    <message>
        <source>archived {output} → vault {id}</source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>archived {output} → vault {id}</translation>
    </message>
    <message>
        <source>NOT ARCHIVED {output}: {message}</source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>NOT ARCHIVED {output}: {message}</translation>
    </message>
    <message>
        <source>SMS code: </source>
        <extracomment>app/cli/sms_code.py</extracomment>
        <translation>SMS code: </translation>
    </message>
    <message>
        <source>The code is wrong: {n} attempt(s) left.</source>
        <extracomment>app/cli/sms_code.py</extracomment>
        <translation>The code is wrong: {n} attempt(s) left.</translation>
    </message>
    <message>
        <source>send evidence fingerprints to the e-signing platform</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>send evidence fingerprints to the e-signing platform</translation>
    </message>
    <message>
        <source>run (default), register this vault, or show the status</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>run (default), register this vault, or show the status</translation>
    </message>
    <message>
        <source>the platform&apos;s address (https)</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>the platform&apos;s address (https)</translation>
    </message>
    <message>
        <source>send once, then exit</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>send once, then exit</translation>
    </message>
    <message>
        <source>seconds between runs without --once (default 60)</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>seconds between runs without --once (default 60)</translation>
    </message>
    <message>
        <source>register: the enrolment token from this environment variable (default: ask)</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>register: the enrolment token from this environment variable (default: ask)</translation>
    </message>
    <message>
        <source>register: a name for this device</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>register: a name for this device</translation>
    </message>
    <message>
        <source>register: extra CA certificates for the platform</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>register: extra CA certificates for the platform</translation>
    </message>
    <message>
        <source>register: SHA-256 of the platform&apos;s public key (certificate pinning)</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>register: SHA-256 of the platform&apos;s public key (certificate pinning)</translation>
    </message>
    <message>
        <source>register: the log id the operator gave you</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>register: the log id the operator gave you</translation>
    </message>
    <message>
        <source>status: acknowledge the verification warning</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>status: acknowledge the verification warning</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <extracomment>app/cli/sync_cmd.py, app/cli/vault_cmd.py</extracomment>
        <translation>Vault passphrase: </translation>
    </message>
    <message>
        <source>Registered with {platform} as device {device} (log {log}).</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>Registered with {platform} as device {device} (log {log}).</translation>
    </message>
    <message>
        <source>Enrolment token: </source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>Enrolment token: </translation>
    </message>
    <message>
        <source>Sent {sent} events, {stored} receipts verified and stored; {pending} waiting.</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>Sent {sent} events, {stored} receipts verified and stored; {pending} waiting.</translation>
    </message>
    <message>
        <source>Not registered with a platform (sealdesk sync register).</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>Not registered with a platform (sealdesk sync register).</translation>
    </message>
    <message>
        <source>Platform: {url}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>Platform: {url}</translation>
    </message>
    <message>
        <source>Device: {id}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>Device: {id}</translation>
    </message>
    <message>
        <source>Waiting to be sent: {n}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>Waiting to be sent: {n}</translation>
    </message>
    <message>
        <source>Verified receipts: {n}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>Verified receipts: {n}</translation>
    </message>
    <message>
        <source>Last success: {at}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>Last success: {at}</translation>
    </message>
    <message>
        <source>Last error ({at}): {error}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>Last error ({at}): {error}</translation>
    </message>
    <message>
        <source>WARNING ({at}): {warning}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>WARNING ({at}): {warning}</translation>
    </message>
    <message>
        <source>No PKCS#11 driver found. Install the token vendor&apos;s driver, or give --module PATH.</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>No PKCS#11 driver found. Install the token vendor&apos;s driver, or give --module PATH.</translation>
    </message>
    <message>
        <source>cannot load: {problem}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>cannot load: {problem}</translation>
    </message>
    <message>
        <source>driver  {path}  ({source}, {status})</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>driver  {path}  ({source}, {status})</translation>
    </message>
    <message>
        <source>No token found: insert the USB key and check its driver.</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>No token found: insert the USB key and check its driver.</translation>
    </message>
    <message>
        <source>SKF key {label}  serial {serial}  {manufacturer}  ({name})</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>SKF key {label}  serial {serial}  {manufacturer}  ({name})</translation>
    </message>
    <message>
        <source>applications: {apps}; PIN tries left: {tries}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>applications: {apps}; PIN tries left: {tries}</translation>
    </message>
    <message>
        <source>token   {label}  serial {serial}  {manufacturer} {model}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>token   {label}  serial {serial}  {manufacturer} {model}</translation>
    </message>
    <message>
        <source>state: {state}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>state: {state}</translation>
    </message>
    <message>
        <source>{state}; PIN pad</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>{state}; PIN pad</translation>
    </message>
    <message>
        <source>cannot list keys: {message}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>cannot list keys: {message}</translation>
    </message>
    <message>
        <source>certificates readable without a PIN (give --pin-env VAR [--token LABEL] to log in and check the keys):</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>certificates readable without a PIN (give --pin-env VAR [--token LABEL] to log in and check the keys):</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>none</translation>
    </message>
    <message>
        <source>no certificate with a private key</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>no certificate with a private key</translation>
    </message>
    <message>
        <source>{mark} {label}  {subject}  {key}  until {date}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>{mark} {label}  {subject}  {key}  until {date}</translation>
    </message>
    <message>
        <source>(no label)</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>(no label)</translation>
    </message>
    <message>
        <source>not offered: {reason}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>not offered: {reason}</translation>
    </message>
    <message>
        <source>configured</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>configured</translation>
    </message>
    <message>
        <source>p11-kit</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>p11-kit</translation>
    </message>
    <message>
        <source>well-known</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>well-known</translation>
    </message>
    <message>
        <source>ready</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>ready</translation>
    </message>
    <message>
        <source>a wrong PIN was entered recently</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>a wrong PIN was entered recently</translation>
    </message>
    <message>
        <source>ONE PIN attempt left before it locks</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>ONE PIN attempt left before it locks</translation>
    </message>
    <message>
        <source>PIN LOCKED (ask your administrator to unblock it)</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>PIN LOCKED (ask your administrator to unblock it)</translation>
    </message>
    <message>
        <source>the encrypted archive of signed contracts and their evidence</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>the encrypted archive of signed contracts and their evidence</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>create a new vault</translation>
    </message>
    <message>
        <source>vault passphrase from this environment variable (default: ask)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>vault passphrase from this environment variable (default: ask)</translation>
    </message>
    <message>
        <source>keep a random vault key in the system keyring instead of a passphrase</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>keep a random vault key in the system keyring instead of a passphrase</translation>
    </message>
    <message>
        <source>lock the vault to this USB-key certificate: it opens with the token and its PIN</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>lock the vault to this USB-key certificate: it opens with the token and its PIN</translation>
    </message>
    <message>
        <source>list the archived documents</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>list the archived documents</translation>
    </message>
    <message>
        <source>include destroyed documents</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>include destroyed documents</translation>
    </message>
    <message>
        <source>archive an existing (signed) PDF</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>archive an existing (signed) PDF</translation>
    </message>
    <message>
        <source>the PDF to archive</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>the PDF to archive</translation>
    </message>
    <message>
        <source>a signer&apos;s resident ID number, from this variable (stored encrypted)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>a signer&apos;s resident ID number, from this variable (stored encrypted)</translation>
    </message>
    <message>
        <source>export a contract with its evidence as a zip for legal</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>export a contract with its evidence as a zip for legal</translation>
    </message>
    <message>
        <source>document ID (or a unique prefix)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>document ID (or a unique prefix)</translation>
    </message>
    <message>
        <source>zip file to write</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>zip file to write</translation>
    </message>
    <message>
        <source>replace an existing zip</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>replace an existing zip</translation>
    </message>
    <message>
        <source>destroy a document and its personal data for good</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>destroy a document and its personal data for good</translation>
    </message>
    <message>
        <source>why (kept in the evidence)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>why (kept in the evidence)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>verify the evidence chain, the blobs and the encryption</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>verify the evidence chain, the blobs and the encryption</translation>
    </message>
    <message>
        <source>give a keyring or USB-key vault a new random key (or move it to the keyring or a USB key)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>give a keyring or USB-key vault a new random key (or move it to the keyring or a USB key)</translation>
    </message>
    <message>
        <source>keep the new key in the system keyring</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>keep the new key in the system keyring</translation>
    </message>
    <message>
        <source>wrap the new key to this USB-key certificate</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>wrap the new key to this USB-key certificate</translation>
    </message>
    <message>
        <source>change the vault passphrase</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>change the vault passphrase</translation>
    </message>
    <message>
        <source>the new passphrase, from this environment variable (default: ask)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>the new passphrase, from this environment variable (default: ask)</translation>
    </message>
    <message>
        <source>archive the signed files and their evidence in this vault</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>archive the signed files and their evidence in this vault</translation>
    </message>
    <message>
        <source>with --vault, when the signing policy asks for an SMS code: the code from this environment variable (default: ask)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>with --vault, when the signing policy asks for an SMS code: the code from this environment variable (default: ask)</translation>
    </message>
    <message>
        <source>PKCS#11 module of the USB key (if the URI has no module-path)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>PKCS#11 module of the USB key (if the URI has no module-path)</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <source>New vault passphrase: </source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>New vault passphrase: </translation>
    </message>
    <message>
        <source>Vault created in {folder}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>Vault created in {folder}</translation>
    </message>
    <message>
        <source>The vault holds no documents.</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>The vault holds no documents.</translation>
    </message>
    <message>
        <source>{id}  {when}  destroyed ({reason})</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>{id}  {when}  destroyed ({reason})</translation>
    </message>
    <message>
        <source>Archived {name} as {id}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>Archived {name} as {id}</translation>
    </message>
    <message>
        <source>{name} is already in the vault as {id}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>{name} is already in the vault as {id}</translation>
    </message>
    <message>
        <source>Exported {id} to {path}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>Exported {id} to {path}</translation>
    </message>
    <message>
        <source>Destroy {id} ({name}) for good? This cannot be undone. [y/N] </source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>Destroy {id} ({name}) for good? This cannot be undone. [y/N] </translation>
    </message>
    <message>
        <source>Destroyed {id}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>Destroyed {id}</translation>
    </message>
    <message>
        <source>encryption: every page authenticates</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>encryption: every page authenticates</translation>
    </message>
    <message>
        <source>encryption: DAMAGED</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>encryption: DAMAGED</translation>
    </message>
    <message>
        <source>evidence chain: {events} events, head {head}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>evidence chain: {events} events, head {head}</translation>
    </message>
    <message>
        <source>evidence chain: BROKEN at event {seq}: {reason}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>evidence chain: BROKEN at event {seq}: {reason}</translation>
    </message>
    <message>
        <source>documents: {checked} checked, {problems} problem(s)</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>documents: {checked} checked, {problems} problem(s)</translation>
    </message>
    <message>
        <source>audit log: BROKEN at entry {seq}: {reason}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>audit log: BROKEN at entry {seq}: {reason}</translation>
    </message>
    <message>
        <source>platform receipts: {checked} checked, {failed} do not verify</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>platform receipts: {checked} checked, {failed} do not verify</translation>
    </message>
    <message>
        <source>  receipt of event {seq} does not verify: {problem}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>  receipt of event {seq} does not verify: {problem}</translation>
    </message>
    <message>
        <source>vault OK</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>vault OK</translation>
    </message>
    <message>
        <source>vault DAMAGED</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>vault DAMAGED</translation>
    </message>
    <message>
        <source>Vault passphrase changed.</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>Vault passphrase changed.</translation>
    </message>
    <message>
        <source>New vault key, wrapped to {key} on {token}.</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>New vault key, wrapped to {key} on {token}.</translation>
    </message>
    <message>
        <source>New vault key, kept in the system keyring.</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>New vault key, kept in the system keyring.</translation>
    </message>
    <message>
        <source>review signed PDFs: signatures, changes after signing, verdicts</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>review signed PDFs: signatures, changes after signing, verdicts</translation>
    </message>
    <message>
        <source>PDF files, or folders searched recursively for PDFs</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>PDF files, or folders searched recursively for PDFs</translation>
    </message>
    <message>
        <source>trust this root or CA certificate (repeatable)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>trust this root or CA certificate (repeatable)</translation>
    </message>
    <message>
        <source>do not trust the operating system&apos;s root certificates</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>do not trust the operating system&apos;s root certificates</translation>
    </message>
    <message>
        <source>no network: use only validation data embedded in the files</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>no network: use only validation data embedded in the files</translation>
    </message>
    <message>
        <source>also write a PDF report of the review</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>also write a PDF report of the review</translation>
    </message>
    <message>
        <source>language of the findings and the report (default: the UI&apos;s)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>language of the findings and the report (default: the UI&apos;s)</translation>
    </message>
    <message>
        <source>files reviewed in parallel (default: number of cores)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>files reviewed in parallel (default: number of cores)</translation>
    </message>
    <message>
        <source>save each signed revision as its own PDF in this folder</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>save each signed revision as its own PDF in this folder</translation>
    </message>
    <message>
        <source>give up on a file after this long (default 60)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>give up on a file after this long (default 60)</translation>
    </message>
    <message>
        <source>also accept SM2 signatures made with this signer ID (repeatable; 1234567812345678 is always accepted)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>also accept SM2 signatures made with this signer ID (repeatable; 1234567812345678 is always accepted)</translation>
    </message>
    <message>
        <source> (not allowed)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation> (not allowed)</translation>
    </message>
    <message>
        <source> (drawn over signed content)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation> (drawn over signed content)</translation>
    </message>
    <message>
        <source>revision {revision}: {detail}</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>revision {revision}: {detail}</translation>
    </message>
    <message>
        <source>{total} files: {passed} passed, {failed} not passed</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>{total} files: {passed} passed, {failed} not passed</translation>
    </message>
    <message>
        <source>cannot extract revisions of {path}: {detail}</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>cannot extract revisions of {path}: {detail}</translation>
    </message>
    <message>
        <source>seal rectangle in the page&apos;s own coordinates (points from the lower left of the unrotated page, as in the PDF)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation type="vanished">seal rectangle in the page&apos;s own coordinates (points from the lower left of the unrotated page, as in the PDF)</translation>
    </message>
    <message>
        <source>seal rectangle in points</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation type="vanished">seal rectangle in points</translation>
    </message>
    <message>
        <source>log in with the PIN in this environment variable to list certificates</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation type="vanished">log in with the PIN in this environment variable to list certificates</translation>
    </message>
    <message>
        <source>(give --pin-env VAR to log in and list the signing keys)</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation type="vanished">(give --pin-env VAR to log in and list the signing keys)</translation>
    </message>
    <message>
        <source>公章, 合同专用章, 财务专用章, 法人章, 发票专用章, 人事专用章 or 业务专用章</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation type="vanished">公章, 合同专用章, 财务专用章, 法人章, 发票专用章, 人事专用章 or 业务专用章</translation>
    </message>
    <message>
        <source>audit log: entry {seq} is missing</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation type="vanished">audit log: entry {seq} is missing</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>tokens</name>
    <message>
        <source>The token {label} refuses RSA-OAEP with SHA-256; the vault key is wrapped with RSA-OAEP with SHA-1 instead.</source>
        <extracomment>app/vault/token_key.py</extracomment>
        <translation>The token {label} refuses RSA-OAEP with SHA-256; the vault key is wrapped with RSA-OAEP with SHA-1 instead.</translation>
    </message>
    <message>
        <source>The token {label} does not offer RSA-OAEP; the vault key is wrapped with RSA PKCS#1 v1.5 instead.</source>
        <extracomment>app/vault/token_key.py</extracomment>
        <translation>The token {label} does not offer RSA-OAEP; the vault key is wrapped with RSA PKCS#1 v1.5 instead.</translation>
    </message>
    <message>
        <source>This is an SM2 (Chinese national standard) signature. Adobe Acrobat and Reader cannot verify SM2 signatures and will show it as invalid or unknown; check it with SealDesk or another SM2-capable verifier, and for recipients outside China add a second RSA or ECDSA signature (the sign dialog offers one; sealdesk sign: --also-p12 or --also-key).</source>
        <extracomment>crypto/sm/profile.py</extracomment>
        <translation>This is an SM2 (Chinese national standard) signature. Adobe Acrobat and Reader cannot verify SM2 signatures and will show it as invalid or unknown; check it with SealDesk or another SM2-capable verifier, and for recipients outside China add a second RSA or ECDSA signature (the sign dialog offers one; sealdesk sign: --also-p12 or --also-key).</translation>
    </message>
    <message>
        <source>Enter the PIN of {label} on the PIN pad.</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>Enter the PIN of {label} on the PIN pad.</translation>
    </message>
    <message>
        <source>Confirm this signature with the PIN of {label} on the PIN pad.</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>Confirm this signature with the PIN of {label} on the PIN pad.</translation>
    </message>
    <message>
        <source>Your certificate {subject} will now sign the authorisation letter {letter}. Continue?</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Your certificate {subject} will now sign the authorisation letter {letter}. Continue?</translation>
    </message>
    <message>
        <source>Your certificate {subject} will now sign {documents}. Continue?</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>Your certificate {subject} will now sign {documents}. Continue?</translation>
    </message>
    <message>
        <source>This is an SM2 (Chinese national standard) signature. Adobe Acrobat and Reader cannot verify SM2 signatures and will show it as invalid or unknown; check it with SealDesk or another SM2-capable verifier, and for recipients outside China add a second RSA or ECDSA signature (sealdesk sign --also-p12 or --also-key; in the sign dialog, the option below).</source>
        <extracomment>crypto/sm/profile.py</extracomment>
        <translation type="vanished">This is an SM2 (Chinese national standard) signature. Adobe Acrobat and Reader cannot verify SM2 signatures and will show it as invalid or unknown; check it with SealDesk or another SM2-capable verifier, and for recipients outside China add a second RSA or ECDSA signature (sealdesk sign --also-p12 or --also-key; in the sign dialog, the option below).</translation>
    </message>
    <message>
        <source>This is an SM2 (Chinese national standard) signature. Adobe Acrobat and Reader cannot verify SM2 signatures and will show it as invalid or unknown; check it with SealDesk or another SM2-capable verifier, and for recipients outside China add a second RSA or ECDSA signature (sign the signed file again with such a key).</source>
        <extracomment>crypto/sm/profile.py</extracomment>
        <translation type="vanished">This is an SM2 (Chinese national standard) signature. Adobe Acrobat and Reader cannot verify SM2 signatures and will show it as invalid or unknown; check it with SealDesk or another SM2-capable verifier, and for recipients outside China add a second RSA or ECDSA signature (sign the signed file again with such a key).</translation>
    </message>
</context>
<context>
    <name>AddSealDialog</name>
    <message>
        <source>Register a seal</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Register a seal</translation>
    </message>
    <message>
        <source>e.g. 示例科技有限公司合同专用章</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>e.g. 示例科技有限公司合同专用章</translation>
    </message>
    <message>
        <source>Choose…</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>A PNG with a transparent background, at least 200 × 200 pixels.</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>A PNG with a transparent background, at least 200 × 200 pixels.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Who may request its use</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Who may request its use</translation>
    </message>
    <message>
        <source>Who may approve its use</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Who may approve its use</translation>
    </message>
    <message>
        <source>Register</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Register</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Image</translation>
    </message>
    <message>
        <source>Validity</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Validity</translation>
    </message>
    <message>
        <source>The key the seal signs with</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>The key the seal signs with</translation>
    </message>
    <message>
        <source>Seal image</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Seal image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Checking the image…</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Checking the image…</translation>
    </message>
    <message>
        <source>Checked: shown exactly as it will be stamped.</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Checked: shown exactly as it will be stamped.</translation>
    </message>
    <message>
        <source>Choose a seal image that passes the check.</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Choose a seal image that passes the check.</translation>
    </message>
    <message>
        <source>Choose the certificate the seal is bound to.</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Choose the certificate the seal is bound to.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>Registering…</translation>
    </message>
</context>
<context>
    <name>AgreementsDialog</name>
    <message>
        <source>Agreements</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Please read the agreements below. Signing needs your consent to all three; tick each one yourself.</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>Please read the agreements below. Signing needs your consent to all three; tick each one yourself.</translation>
    </message>
    <message>
        <source>I have read and agree to the {title} (version {version})</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>I have read and agree to the {title} (version {version})</translation>
    </message>
    <message>
        <source>Optional (signing works without it)</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>Optional (signing works without it)</translation>
    </message>
    <message>
        <source>Allow anonymous usage statistics ({title})</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>Allow anonymous usage statistics ({title})</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>Decline</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Apply the seal</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Apply the seal</translation>
    </message>
    <message>
        <source>Seal {seal} on the documents approved by request {id}: {names}. Only these files, unchanged, can be sealed.</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Seal {seal} on the documents approved by request {id}: {names}. Only these files, unchanged, can be sealed.</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Signed copy</translation>
    </message>
    <message>
        <source>Add files…</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Open the signed copies</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Open the signed copies</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save the signed copies in</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Save the signed copies in</translation>
    </message>
    <message>
        <source>Password of the seal&apos;s key file</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Password of the seal&apos;s key file</translation>
    </message>
    <message>
        <source>The seal&apos;s USB key asks for its PIN when you seal.</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>The seal&apos;s USB key asks for its PIN when you seal.</translation>
    </message>
    <message>
        <source>Approved documents</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Approved documents</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the signed copies</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Folder for the signed copies</translation>
    </message>
    <message>
        <source>Refused: changed, or not in the approval</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Refused: changed, or not in the approval</translation>
    </message>
    <message>
        <source>Sealed (B-B, queued for the timestamp)</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Sealed (B-B, queued for the timestamp)</translation>
    </message>
    <message>
        <source>Sealed by an earlier run</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Sealed by an earlier run</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Not sealed</translation>
    </message>
    <message>
        <source>Add the approved documents.</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Add the approved documents.</translation>
    </message>
    <message>
        <source>Choose where the signed copies go.</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Choose where the signed copies go.</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Sealing…</translation>
    </message>
    <message>
        <source>{done} sealed, {failed} not sealed.</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>{done} sealed, {failed} not sealed.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sealed.</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>Cancelled: nothing was sealed.</translation>
    </message>
</context>
<context>
    <name>AuthorisationDialog</name>
    <message>
        <source>Authorisation letter</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Authorisation letter</translation>
    </message>
    <message>
        <source>Choose where the signed letter goes</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Choose where the signed letter goes</translation>
    </message>
    <message>
        <source>Save as…</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Signed letter</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Signed letter</translation>
    </message>
    <message>
        <source>The company seal that signs the letter</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>The company seal that signs the letter</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Next</translation>
    </message>
    <message>
        <source>Sign</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>1 / 2  The letter</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>1 / 2  The letter</translation>
    </message>
    <message>
        <source>2 / 2  The company seal</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>2 / 2  The company seal</translation>
    </message>
    <message>
        <source>Signed and registered</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Signed and registered</translation>
    </message>
    <message>
        <source>Save the signed letter</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Save the signed letter</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Unlock the vault first: the letter is registered there.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Unlock the vault first: the letter is registered there.</translation>
    </message>
    <message>
        <source>Choose the company seal&apos;s certificate.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Choose the company seal&apos;s certificate.</translation>
    </message>
    <message>
        <source>Complete the signature options.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Complete the signature options.</translation>
    </message>
    <message>
        <source>Choose where the signed letter goes.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Choose where the signed letter goes.</translation>
    </message>
    <message>
        <source>Signing the letter…</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Signing the letter…</translation>
    </message>
    <message>
        <source>An unsigned copy of the letter with the people&apos;s data is kept in {path} until the letter is registered. Sign again to register it; the copy is removed then.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>An unsigned copy of the letter with the people&apos;s data is kept in {path} until the letter is registered. Sign again to register it; the copy is removed then.</translation>
    </message>
    <message>
        <source>Authorisation letter {id} is signed with the company seal and registered in the vault (document {document}).</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Authorisation letter {id} is signed with the company seal and registered in the vault (document {document}).</translation>
    </message>
    <message>
        <source>Company: {company}</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Company: {company}</translation>
    </message>
    <message>
        <source>Legal representative: {name} ({id})</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Legal representative: {name} ({id})</translation>
    </message>
    <message>
        <source>Agent: {name} ({id})</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Agent: {name} ({id})</translation>
    </message>
    <message>
        <source>Valid from {start} until {end}</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Valid from {start} until {end}</translation>
    </message>
    <message>
        <source>The signed letter is saved as {path}</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>The signed letter is saved as {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelled: the letter was not registered.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>Cancelled: the letter was not registered.</translation>
    </message>
    <message>
        <source>Authorisation letter {id} is signed and registered in the vault. Company: {company}; legal representative: {rep}; agent: {agent}; valid {start} to {end}. The signed letter is saved as {path}.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation type="vanished">Authorisation letter {id} is signed and registered in the vault. Company: {company}; legal representative: {rep}; agent: {agent}; valid {start} to {end}. The signed letter is saved as {path}.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Sign many documents</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Sign many documents</translation>
    </message>
    <message>
        <source>Keep the signed copies and their evidence in the vault</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Keep the signed copies and their evidence in the vault</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Next</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Pages</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <source>Add documents…</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Add documents…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Add a folder…</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Centred on a text</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Centred on a text</translation>
    </message>
    <message>
        <source>Across the page edges (骑缝章)</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Across the page edges (骑缝章)</translation>
    </message>
    <message>
        <source>No visible seal</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>No visible seal</translation>
    </message>
    <message>
        <source>Text seal: signer and time</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Text seal: signer and time</translation>
    </message>
    <message>
        <source>Seal position</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Seal position</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <source>Signed copies go to</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Signed copies go to</translation>
    </message>
    <message>
        <source>1 / 3  Documents to sign</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>1 / 3  Documents to sign</translation>
    </message>
    <message>
        <source>2 / 3  Who signs</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>2 / 3  Who signs</translation>
    </message>
    <message>
        <source>3 / 3  Seal and options</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>3 / 3  Seal and options</translation>
    </message>
    <message>
        <source>I have reviewed these {count} documents (their fingerprints are listed) and intend to sign all of them.</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>I have reviewed these {count} documents (their fingerprints are listed) and intend to sign all of them.</translation>
    </message>
    <message>
        <source>Sign {count} documents</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Sign {count} documents</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>Documents to sign</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Documents to sign</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>A folder of documents</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>A folder of documents</translation>
    </message>
    <message>
        <source>Reading {count} documents…</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Reading {count} documents…</translation>
    </message>
    <message>
        <source>Reading the documents…</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Reading the documents…</translation>
    </message>
    <message>
        <source>as chosen in step 3</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>as chosen in step 3</translation>
    </message>
    <message>
        <source>The vault stays locked: nothing was signed.</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>The vault stays locked: nothing was signed.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Signed → {name}</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Signed → {name}</translation>
    </message>
    <message>
        <source>Already signed (earlier run)</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Already signed (earlier run)</translation>
    </message>
    <message>
        <source>Not signed (stopped)</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Not signed (stopped)</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>{signed} signed, {skipped} already signed, {failed} not signed.</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>{signed} signed, {skipped} already signed, {failed} not signed.</translation>
    </message>
    <message>
        <source>{kept} kept in the vault.</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>{kept} kept in the vault.</translation>
    </message>
    <message>
        <source>Not kept in the vault: {name}: {why}</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Not kept in the vault: {name}: {why}</translation>
    </message>
    <message>
        <source>Stopped. Run the same batch again to sign the rest.</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>Stopped. Run the same batch again to sign the rest.</translation>
    </message>
    <message>
        <source>Not signed: the intent check was not completed.</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation type="vanished">Not signed: the intent check was not completed.</translation>
    </message>
</context>
<context>
    <name>CertApplyDialog</name>
    <message>
        <source>Apply for a certificate</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Apply for a certificate</translation>
    </message>
    <message>
        <source>A new key is made on this computer and never leaves it. The platform&apos;s certificate authority issues a certificate for it once a code sent to your registered phone confirms that you apply.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>A new key is made on this computer and never leaves it. The platform&apos;s certificate authority issues a certificate for it once a code sent to your registered phone confirms that you apply.</translation>
    </message>
    <message>
        <source>as it will appear in the certificate</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>as it will appear in the certificate</translation>
    </message>
    <message>
        <source>64 hex characters, as registered with the platform</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>64 hex characters, as registered with the platform</translation>
    </message>
    <message>
        <source>Choose…</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>Your name</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Signer ID</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Signer ID</translation>
    </message>
    <message>
        <source>Save to</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Save to</translation>
    </message>
    <message>
        <source>File password</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>File password</translation>
    </message>
    <message>
        <source>Password again</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Apply</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign a document with it…</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Sign a document with it…</translation>
    </message>
    <message>
        <source>Trust the platform&apos;s CA in reviews…</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Trust the platform&apos;s CA in reviews…</translation>
    </message>
    <message>
        <source>Save the certificate file</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Save the certificate file</translation>
    </message>
    <message>
        <source>PKCS#12 certificate files (*.p12)</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>PKCS#12 certificate files (*.p12)</translation>
    </message>
    <message>
        <source>Applying for a certificate needs the e-signing platform, and this vault is not registered with one. Register this computer with your organisation&apos;s platform (sealdesk sync register), then try again. Nothing was sent.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Applying for a certificate needs the e-signing platform, and this vault is not registered with one. Register this computer with your organisation&apos;s platform (sealdesk sync register), then try again. Nothing was sent.</translation>
    </message>
    <message>
        <source>Unlock the vault first: the notices are recorded there.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Unlock the vault first: the notices are recorded there.</translation>
    </message>
    <message>
        <source>Choose where the certificate file goes.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Choose where the certificate file goes.</translation>
    </message>
    <message>
        <source>Preparing the application…</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Preparing the application…</translation>
    </message>
    <message>
        <source>Before your certificate is issued: you have accepted the Digital Certificate Usage Agreement. A code is now sent to the phone registered for this signer; typing it confirms your identity and that you intend to apply for this certificate.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Before your certificate is issued: you have accepted the Digital Certificate Usage Agreement. A code is now sent to the phone registered for this signer; typing it confirms your identity and that you intend to apply for this certificate.</translation>
    </message>
    <message>
        <source>Name in the certificate: {name}</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Name in the certificate: {name}</translation>
    </message>
    <message>
        <source>Signer ID {id}</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Signer ID {id}</translation>
    </message>
    <message>
        <source>Request SHA-256 {sha}</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Request SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Stored in {path}</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Stored in {path}</translation>
    </message>
    <message>
        <source>Before issuance</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Before issuance</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Waiting for the SMS code…</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Waiting for the SMS code…</translation>
    </message>
    <message>
        <source>Issuing your certificate…</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Issuing your certificate…</translation>
    </message>
    <message>
        <source>Issued. Your certificate is stored on this computer in {path} and is valid until {until}. To sign with it, choose this file as the soft certificate when signing.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Issued. Your certificate is stored on this computer in {path} and is valid until {until}. To sign with it, choose this file as the soft certificate when signing.</translation>
    </message>
    <message>
        <source>The platform had already issued your certificate when you cancelled; an issued certificate cannot be taken back, so it has been stored on this computer in {path} and is valid until {until}.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>The platform had already issued your certificate when you cancelled; an issued certificate cannot be taken back, so it has been stored on this computer in {path} and is valid until {until}.</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>Trust the platform&apos;s CA</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Trust the platform&apos;s CA</translation>
    </message>
    <message>
        <source>Signatures made with certificates this certificate authority issues will be reported as trusted in reviews. Trust it only if the fingerprint is the one your organisation published.

SHA-256 {sha}</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Signatures made with certificates this certificate authority issues will be reported as trusted in reviews. Trust it only if the fingerprint is the one your organisation published.

SHA-256 {sha}</translation>
    </message>
    <message>
        <source>The platform&apos;s CA is now among the trusted roots of reviews ({path}).</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>The platform&apos;s CA is now among the trusted roots of reviews ({path}).</translation>
    </message>
    <message>
        <source>The e-signing platform could not be reached, and applying for a certificate needs it. Check the network connection, then try again. Nothing was sent.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>The e-signing platform could not be reached, and applying for a certificate needs it. Check the network connection, then try again. Nothing was sent.</translation>
    </message>
    <message>
        <source>Applying for a certificate needs your consent to the agreements.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Applying for a certificate needs your consent to the agreements.</translation>
    </message>
    <message>
        <source>Cancelled: no certificate was issued and no file was written.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Cancelled: no certificate was issued and no file was written.</translation>
    </message>
    <message>
        <source>Cancelling… If the platform has issued your certificate already, it is stored all the same.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>Cancelling… If the platform has issued your certificate already, it is stored all the same.</translation>
    </message>
    <message>
        <source>Issued. Your certificate is stored on this computer in {path} and is valid until {until}. Sign with it by choosing this file as the soft certificate in the sign dialog.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation type="vanished">Issued. Your certificate is stored on this computer in {path} and is valid until {until}. Sign with it by choosing this file as the soft certificate in the sign dialog.</translation>
    </message>
</context>
<context>
    <name>CertificateNoticeDialog</name>
    <message>
        <source>OK</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Certificate SHA-256 {sha}</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Certificate SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Your certificate {subject} will now sign the following {count} document(s). Continue only if you mean to sign them.</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Your certificate {subject} will now sign the following {count} document(s). Continue only if you mean to sign them.</translation>
    </message>
    <message>
        <source>Certificate use</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Certificate use</translation>
    </message>
    <message>
        <source>Sign</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Your certificate {subject} signed {count} document(s) successfully.</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Your certificate {subject} signed {count} document(s) successfully.</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Your certificate {subject} was issued and is stored in {where}. It is valid until {not_after}.</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Your certificate {subject} was issued and is stored in {where}. It is valid until {not_after}.</translation>
    </message>
    <message>
        <source>Issued at {at}</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Issued at {at}</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <source>Your certificate {subject} expires on {not_after} ({days} days left). Do you agree that it is renewed? You can also decide at your next signing.</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Your certificate {subject} expires on {not_after} ({days} days left). Do you agree that it is renewed? You can also decide at your next signing.</translation>
    </message>
    <message>
        <source>Ask me at the next signing</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Ask me at the next signing</translation>
    </message>
    <message>
        <source>Your certificate {subject} expires on {not_after} ({days} days left). Do you agree that it is renewed? Your answer is recorded; the signing continues either way.</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Your certificate {subject} expires on {not_after} ({days} days left). Do you agree that it is renewed? Your answer is recorded; the signing continues either way.</translation>
    </message>
    <message>
        <source>Decline renewal</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Decline renewal</translation>
    </message>
    <message>
        <source>Certificate renewal</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Certificate renewal</translation>
    </message>
    <message>
        <source>Agree to renewal</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>Agree to renewal</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>What the signer saw and what is shown now — {field}</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>What the signer saw and what is shown now — {field}</translation>
    </message>
    <message>
        <source>Rendering and comparing the pages…</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>Rendering and comparing the pages…</translation>
    </message>
    <message>
        <source>Side by side</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Overlay</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>Signed (what the signer saw)</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>Signed (what the signer saw)</translation>
    </message>
    <message>
        <source>Now (what this file shows)</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>Now (what this file shows)</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>content changed</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>content changed</translation>
    </message>
    <message>
        <source>content covered</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>content covered</translation>
    </message>
    <message>
        <source>page size changed</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>page size changed</translation>
    </message>
    <message>
        <source>page rotated</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>page rotated</translation>
    </message>
    <message>
        <source>page moved</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>page moved</translation>
    </message>
    <message>
        <source>page added</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>page added</translation>
    </message>
    <message>
        <source>page removed</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>page removed</translation>
    </message>
    <message>
        <source>cannot be shown</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>cannot be shown</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>Signed page {page}</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>Signed page {page}</translation>
    </message>
    <message>
        <source>{count} page(s) differ from what the signer saw. The change is outlined in red.</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>{count} page(s) differ from what the signer saw. The change is outlined in red.</translation>
    </message>
    <message>
        <source>No visual difference: every compared page looks as the signer saw it.</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>No visual difference: every compared page looks as the signer saw it.</translation>
    </message>
    <message>
        <source>Only the first {count} pages were compared.</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>Only the first {count} pages were compared.</translation>
    </message>
    <message>
        <source>Overlay: signed and now, half transparent</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>Overlay: signed and now, half transparent</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Text</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>Language</translation>
    </message>
    <message>
        <source>Given (UTC)</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>Given (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <source>Read and accept the agreements…</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>Read and accept the agreements…</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Withdrawn {when}</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>Withdrawn {when}</translation>
    </message>
    <message>
        <source>You have accepted the agreements signing needs.</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>You have accepted the agreements signing needs.</translation>
    </message>
    <message>
        <source>Signing is stopped until you accept: {names}.</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>Signing is stopped until you accept: {names}.</translation>
    </message>
    <message>
        <source>Usage statistics are off.</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>Usage statistics are off.</translation>
    </message>
    <message>
        <source>SealDesk will not sign until you accept it again.</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>SealDesk will not sign until you accept it again.</translation>
    </message>
    <message>
        <source>The processing that depends on it stops.</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>The processing that depends on it stops.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Withdraw your consent to the {title}? {effect}</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>Withdraw your consent to the {title}? {effect}</translation>
    </message>
</context>
<context>
    <name>CustodyFlows</name>
    <message>
        <source>Unlock the vault to run the signing queue.</source>
        <extracomment>ui/custody/flows.py</extracomment>
        <translation>Unlock the vault to run the signing queue.</translation>
    </message>
</context>
<context>
    <name>CustodyWindow</name>
    <message>
        <source>Seal custody</source>
        <extracomment>ui/custody/window.py</extracomment>
        <translation>Seal custody</translation>
    </message>
    <message>
        <source>Seal registry</source>
        <extracomment>ui/custody/window.py</extracomment>
        <translation>Seal registry</translation>
    </message>
    <message>
        <source>Seal-use requests</source>
        <extracomment>ui/custody/window.py</extracomment>
        <translation>Seal-use requests</translation>
    </message>
    <message>
        <source>Seal-use ledger (用印登记簿)</source>
        <extracomment>ui/custody/window.py</extracomment>
        <translation>Seal-use ledger (用印登记簿)</translation>
    </message>
</context>
<context>
    <name>CustodyWords</name>
    <message>
        <source>Company seal (公章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>Company seal (公章)</translation>
    </message>
    <message>
        <source>Contract seal (合同专用章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>Contract seal (合同专用章)</translation>
    </message>
    <message>
        <source>Finance seal (财务专用章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>Finance seal (财务专用章)</translation>
    </message>
    <message>
        <source>Legal representative&apos;s seal (法人章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>Legal representative&apos;s seal (法人章)</translation>
    </message>
    <message>
        <source>Invoice seal (发票专用章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>Invoice seal (发票专用章)</translation>
    </message>
    <message>
        <source>HR seal (人事专用章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>HR seal (人事专用章)</translation>
    </message>
    <message>
        <source>Business seal (业务专用章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>Business seal (业务专用章)</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Sealed</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>Centred on the text “{text}”, {size} pt</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>Centred on the text “{text}”, {size} pt</translation>
    </message>
    <message>
        <source>Page {page}, rectangle {x1},{y1} – {x2},{y2} pt</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>Page {page}, rectangle {x1},{y1} – {x2},{y2} pt</translation>
    </message>
    <message>
        <source>Cross-page seal (骑缝章), {size} pt</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>Cross-page seal (骑缝章), {size} pt</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Sign and approve</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>Sign and approve</translation>
    </message>
    <message>
        <source>Sign and reject</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>Sign and reject</translation>
    </message>
    <message>
        <source>Your key (the decision is signed with it)</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>Your key (the decision is signed with it)</translation>
    </message>
    <message>
        <source>Approve the request</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>Approve the request</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>Reject the request</translation>
    </message>
    <message>
        <source>Optional</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Required: why the seal may not be used</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>Required: why the seal may not be used</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Give the reason for the rejection.</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>Give the reason for the rejection.</translation>
    </message>
    <message>
        <source>Signing the decision…</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>Signing the decision…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>Choose your key.</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation type="vanished">Choose your key.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was signed.</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation type="vanished">Cancelled: nothing was signed.</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <source>Diagnostics</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>Check</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <source>Found</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>Found</translation>
    </message>
    <message>
        <source>What to do</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Also try the timestamp service and the platform</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>Also try the timestamp service and the platform</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{problems} problem(s) and {warnings} warning(s): see what to do below.</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>{problems} problem(s) and {warnings} warning(s): see what to do below.</translation>
    </message>
    <message>
        <source>Everything needed works; {warnings} warning(s) below.</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>Everything needed works; {warnings} warning(s) below.</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>Everything works.</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <source>{name} — as signed ({field})</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>{name} — as signed ({field})</translation>
    </message>
    <message>
        <source>This is the document exactly as the signature {field} covers it: the version its signer saw. Later changes are not shown here.</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>This is the document exactly as the signature {field} covers it: the version its signer saw. Later changes are not shown here.</translation>
    </message>
    <message>
        <source>Extracting the signed version…</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>Extracting the signed version…</translation>
    </message>
    <message>
        <source>Export review report</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>Export review report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>Writing the report…</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>Renewal of {subject}: agree now, or be asked at your next signing.</source>
        <extracomment>ui/compliance/expiry_banner.py</extracomment>
        <translation>Renewal of {subject}: agree now, or be asked at your next signing.</translation>
    </message>
    <message>
        <source>{subject} expired on {date} and cannot sign; renew it.</source>
        <extracomment>ui/compliance/expiry_banner.py</extracomment>
        <translation>{subject} expired on {date} and cannot sign; renew it.</translation>
    </message>
    <message>
        <source>{subject} expires on {date} ({days} days left); renew it in time.</source>
        <extracomment>ui/compliance/expiry_banner.py</extracomment>
        <translation>{subject} expires on {date} ({days} days left); renew it in time.</translation>
    </message>
    <message>
        <source>{subject} cannot sign now.</source>
        <extracomment>ui/compliance/expiry_banner.py</extracomment>
        <translation>{subject} cannot sign now.</translation>
    </message>
    <message>
        <source>Renew…</source>
        <extracomment>ui/compliance/expiry_banner.py</extracomment>
        <translation>Renew…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>ui/compliance/expiry_banner.py</extracomment>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>FaceCaptureDialog</name>
    <message>
        <source>Face check</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>Face check</translation>
    </message>
    <message>
        <source>Take picture</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>Take picture</translation>
    </message>
    <message>
        <source>Use another method</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>Use another method</translation>
    </message>
    <message>
        <source>Look straight at the camera, alone and in good light, then take the first picture.</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>Look straight at the camera, alone and in good light, then take the first picture.</translation>
    </message>
    <message>
        <source>No camera</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>No camera</translation>
    </message>
    <message>
        <source>The face check needs a camera. Please choose another method: the SMS code or the token PIN.</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>The face check needs a camera. Please choose another method: the SMS code or the token PIN.</translation>
    </message>
    <message>
        <source>Now turn your head slightly to one side, then take the second picture.</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>Now turn your head slightly to one side, then take the second picture.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>FaceConsentDialog</name>
    <message>
        <source>Face check: your consent</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>Face check: your consent</translation>
    </message>
    <message>
        <source>I agree: take the pictures</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>I agree: take the pictures</translation>
    </message>
    <message>
        <source>Use another method</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>Use another method</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Choose the document to sign</source>
        <extracomment>ui/flows.py</extracomment>
        <translation>Choose the document to sign</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>ui/flows.py</extracomment>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Certificate on a USB key or HSM</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Certificate on a USB key or HSM</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Valid until</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Key</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <source>Look for tokens again</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Look for tokens again</translation>
    </message>
    <message>
        <source>Soft certificate file (.p12 / .pfx)</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Soft certificate file (.p12 / .pfx)</translation>
    </message>
    <message>
        <source>Choose a .p12 or .pfx file</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Choose a .p12 or .pfx file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Password of the file</translation>
    </message>
    <message>
        <source>Looking for USB keys and HSMs…</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Looking for USB keys and HSMs…</translation>
    </message>
    <message>
        <source>(no certificate readable before login)</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>(no certificate readable before login)</translation>
    </message>
    <message>
        <source>No USB key or HSM found. Insert one and look again, or use a soft certificate file.</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>No USB key or HSM found. Insert one and look again, or use a soft certificate file.</translation>
    </message>
    <message>
        <source>{tokens} token(s), {usable} certificate(s) that can sign.</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>{tokens} token(s), {usable} certificate(s) that can sign.</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>PIN locked</translation>
    </message>
    <message>
        <source>Last PIN try</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Last PIN try</translation>
    </message>
    <message>
        <source>Wrong PINs entered before</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Wrong PINs entered before</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>PIN pad</translation>
    </message>
    <message>
        <source>Inserted</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Inserted</translation>
    </message>
    <message>
        <source>Can sign</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Can sign</translation>
    </message>
    <message>
        <source>Expires in {days} day(s)</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Expires in {days} day(s)</translation>
    </message>
    <message>
        <source>Soft certificate</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>Soft certificate</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>PKCS#12 files (*.p12 *.pfx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>All seals</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>All seals</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Sealed at (UTC)</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>Sealed at (UTC)</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Requested by</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Approved by</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>Level</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>{count} use(s) recorded.</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>{count} use(s) recorded.</translation>
    </message>
    <message>
        <source>No uses recorded yet.</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>No uses recorded yet.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>Export the ledger</translation>
    </message>
    <message>
        <source>Writing the ledger…</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>Writing the ledger…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <source>Purpose: the names and resident ID numbers of the legal representative and the agent are collected only for this authorisation letter. They are kept encrypted in the vault with the signed letter, shown masked, and used for nothing else.</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Purpose: the names and resident ID numbers of the legal representative and the agent are collected only for this authorisation letter. They are kept encrypted in the vault with the signed letter, shown masked, and used for nothing else.</translation>
    </message>
    <message>
        <source>e.g. to sign purchase contracts and their supplements on behalf of the company</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>e.g. to sign purchase contracts and their supplements on behalf of the company</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Company</translation>
    </message>
    <message>
        <source>Company name</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <source>Agent</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Authorisation</translation>
    </message>
    <message>
        <source>Matters authorised</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Matters authorised</translation>
    </message>
    <message>
        <source>Valid from</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>The preview appears once every field is valid.</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>The preview appears once every field is valid.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Signatures</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Signatures</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a PDF document</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Open a PDF document</translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Close Document</translation>
    </message>
    <message>
        <source>&amp;Export Review Report…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Export Review Report…</translation>
    </message>
    <message>
        <source>Save the signature review as a PDF report</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Save the signature review as a PDF report</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find text in the document</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Find text in the document</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Go to Page…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Go to Page…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Fit &amp;Width</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Fit &amp;Page</translation>
    </message>
    <message>
        <source>&amp;Thumbnails</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Thumbnails</translation>
    </message>
    <message>
        <source>&amp;Signature Panel</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Signature Panel</translation>
    </message>
    <message>
        <source>Ne&amp;xt Document</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Ne&amp;xt Document</translation>
    </message>
    <message>
        <source>Pre&amp;vious Document</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Pre&amp;vious Document</translation>
    </message>
    <message>
        <source>&amp;Check Signatures Again</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Check Signatures Again</translation>
    </message>
    <message>
        <source>Review the signatures of this document again</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Review the signatures of this document again</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <source>Place the seal and sign this document</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Place the seal and sign this document</translation>
    </message>
    <message>
        <source>Sign &amp;Many Documents…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Sign &amp;Many Documents…</translation>
    </message>
    <message>
        <source>Sign a list of documents with one login</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Sign a list of documents with one login</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>The encrypted archive of signed contracts</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>The encrypted archive of signed contracts</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Apply for a Certificate…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Apply for a Certificate…</translation>
    </message>
    <message>
        <source>A new signing certificate from the platform (SMS check)</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>A new signing certificate from the platform (SMS check)</translation>
    </message>
    <message>
        <source>Authorisation &amp;Letter…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Authorisation &amp;Letter…</translation>
    </message>
    <message>
        <source>The letter (授权书) by which the company authorises its agent, signed with the company seal</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>The letter (授权书) by which the company authorises its agent, signed with the company seal</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;Diagnostics</translation>
    </message>
    <message>
        <source>What this computer can do: tokens, drivers, services</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>What this computer can do: tokens, drivers, services</translation>
    </message>
    <message>
        <source>Seal &amp;Registry…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Seal &amp;Registry…</translation>
    </message>
    <message>
        <source>The company&apos;s seals, their keys and who may use them</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>The company&apos;s seals, their keys and who may use them</translation>
    </message>
    <message>
        <source>Seal-use &amp;Requests…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Seal-use &amp;Requests…</translation>
    </message>
    <message>
        <source>Request, approve and apply a seal</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Request, approve and apply a seal</translation>
    </message>
    <message>
        <source>Seal-use &amp;Ledger…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Seal-use &amp;Ledger…</translation>
    </message>
    <message>
        <source>Every use of each seal (用印登记簿)</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Every use of each seal (用印登记簿)</translation>
    </message>
    <message>
        <source>Add &amp;Timestamps to Queued Documents</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Add &amp;Timestamps to Queued Documents</translation>
    </message>
    <message>
        <source>Upgrade documents sealed offline (B-B) now</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Upgrade documents sealed offline (B-B) now</translation>
    </message>
    <message>
        <source>&amp;About SealDesk</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>&amp;About SealDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>Tool bar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open PDF documents</source>
        <extracomment>ui/main_window.py</extracomment>
        <translation>Open PDF documents</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <extracomment>ui/main_window.py</extracomment>
        <translation>PDF documents (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>No recent documents</source>
        <extracomment>ui/main_window.py</extracomment>
        <translation>No recent documents</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <extracomment>ui/main_window.py</extracomment>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>About SealDesk</source>
        <extracomment>ui/main_window.py</extracomment>
        <translation>About SealDesk</translation>
    </message>
    <message>
        <source>SealDesk {version}

Sign and review contracts with USB keys, HSMs and soft certificates. Signatures are checked by the review engine: a document changed after signing is never shown as simply valid.</source>
        <extracomment>ui/main_window.py</extracomment>
        <translation>SealDesk {version}

Sign and review contracts with USB keys, HSMs and soft certificates. Signatures are checked by the review engine: a document changed after signing is never shown as simply valid.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>Sign and create</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Sign and create</translation>
    </message>
    <message>
        <source>Your key (the request is signed with it)</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Your key (the request is signed with it)</translation>
    </message>
    <message>
        <source>New seal-use request</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>New seal-use request</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SM3</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>SM3</translation>
    </message>
    <message>
        <source>Add documents…</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Add documents…</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Remove</translation>
    </message>
    <message>
        <source>e.g. 采购合同用印 (purchase contract)</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>e.g. 采购合同用印 (purchase contract)</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Placement</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Documents</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents to seal</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Documents to seal</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the documents…</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Reading the documents…</translation>
    </message>
    <message>
        <source>Add the documents to be sealed.</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Add the documents to be sealed.</translation>
    </message>
    <message>
        <source>Signing the request…</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Signing the request…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>Choose your key.</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation type="vanished">Choose your key.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was signed.</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation type="vanished">Cancelled: nothing was signed.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>B-B — signature only (works offline)</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>B-B — signature only (works offline)</translation>
    </message>
    <message>
        <source>B-T — with a trusted timestamp</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>B-T — with a trusted timestamp</translation>
    </message>
    <message>
        <source>B-LT — plus validation data (checkable for years)</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>B-LT — plus validation data (checkable for years)</translation>
    </message>
    <message>
        <source>B-LTA — plus an archive timestamp</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>B-LTA — plus an archive timestamp</translation>
    </message>
    <message>
        <source>Approval signature</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>Approval signature</translation>
    </message>
    <message>
        <source>Certify: no changes allowed</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>Certify: no changes allowed</translation>
    </message>
    <message>
        <source>Certify: form filling and signing allowed</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>Certify: form filling and signing allowed</translation>
    </message>
    <message>
        <source>Certify: also annotations allowed</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>Certify: also annotations allowed</translation>
    </message>
    <message>
        <source>e.g. I agree to the terms of this contract</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>e.g. I agree to the terms of this contract</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>Level</translation>
    </message>
    <message>
        <source>Timestamp service</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>Timestamp service</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>Location</translation>
    </message>
    <message>
        <source>This level needs a timestamp service (an http:// or https:// address). Without network, choose B-B.</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>This level needs a timestamp service (an http:// or https:// address). Without network, choose B-B.</translation>
    </message>
    <message>
        <source>e.g. 同意本合同条款</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation type="vanished">e.g. 同意本合同条款</translation>
    </message>
</context>
<context>
    <name>PageBox</name>
    <message>
        <source>of {pages}</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>of {pages}</translation>
    </message>
    <message>
        <source>Go to page (Ctrl+G)</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>Go to page (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>PathList</name>
    <message>
        <source>Add…</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Certificate file…</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>Certificate file…</translation>
    </message>
    <message>
        <source>Fingerprint…</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>Fingerprint…</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>SHA-256 of the person&apos;s certificate (64 hexadecimal digits):</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>SHA-256 of the person&apos;s certificate (64 hexadecimal digits):</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Cancel</source>
        <extracomment>ui/custody/person_dialog.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose your key.</source>
        <extracomment>ui/custody/person_dialog.py</extracomment>
        <translation>Choose your key.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was signed.</source>
        <extracomment>ui/custody/person_dialog.py</extracomment>
        <translation>Cancelled: nothing was signed.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Token PIN</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>Token PIN</translation>
    </message>
    <message>
        <source>Enter the PIN of &lt;b&gt;{name}&lt;/b&gt; to approve this signature.</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>Enter the PIN of &lt;b&gt;{name}&lt;/b&gt; to approve this signature.</translation>
    </message>
    <message>
        <source>Enter the PIN of &lt;b&gt;{name}&lt;/b&gt;.</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>Enter the PIN of &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>SealDesk never tries a PIN twice: the token locks after too many wrong PINs.</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>SealDesk never tries a PIN twice: the token locks after too many wrong PINs.</translation>
    </message>
    <message>
        <source>Last try: one more wrong PIN locks the token.</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>Last try: one more wrong PIN locks the token.</translation>
    </message>
    <message>
        <source>{count} tries left.</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>{count} tries left.</translation>
    </message>
    <message>
        <source>Wrong PINs were entered before: the token may lock soon.</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>Wrong PINs were entered before: the token may lock soon.</translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <source>Where I put it on the page</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>Where I put it on the page</translation>
    </message>
    <message>
        <source>Centred on the text</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>Centred on the text</translation>
    </message>
    <message>
        <source>Across the page edges (骑缝章)</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>Across the page edges (骑缝章)</translation>
    </message>
    <message>
        <source>No visible seal</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>No visible seal</translation>
    </message>
    <message>
        <source>Find</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>Find</translation>
    </message>
    <message>
        <source>Text seal: signer and time</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>Text seal: signer and time</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>Choose an image…</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>Size</translation>
    </message>
    <message>
        <source>Page</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>Page</translation>
    </message>
    <message>
        <source>Seal image</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>Seal image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Each page gets a strip of the seal at its right edge; together they make the whole seal.</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>Each page gets a strip of the seal at its right edge; together they make the whole seal.</translation>
    </message>
    <message>
        <source>The signature is invisible on the page; the signature panel of any PDF reader still shows it.</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>The signature is invisible on the page; the signature panel of any PDF reader still shows it.</translation>
    </message>
    <message>
        <source>The seal is centred on the last place this text occurs. Press Find to see where.</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>The seal is centred on the last place this text occurs. Press Find to see where.</translation>
    </message>
    <message>
        <source>Drag the seal; drag its corner to resize it.</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>Drag the seal; drag its corner to resize it.</translation>
    </message>
    <message>
        <source>Found on page {page}.</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>Found on page {page}.</translation>
    </message>
</context>
<context>
    <name>PlacementRule</name>
    <message>
        <source>Centred on a text</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Centred on a text</translation>
    </message>
    <message>
        <source>A rectangle on a page</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>A rectangle on a page</translation>
    </message>
    <message>
        <source>Cross-page seal (骑缝章)</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Cross-page seal (骑缝章)</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Size</translation>
    </message>
    <message>
        <source>Page</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>Page</translation>
    </message>
    <message>
        <source>x1, y1, x2, y2 (pt)</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>x1, y1, x2, y2 (pt)</translation>
    </message>
</context>
<context>
    <name>PlatformActions</name>
    <message>
        <source>Send to the platform</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>Send to the platform</translation>
    </message>
    <message>
        <source>Send the selected request (or its decision) to your colleagues through the platform</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>Send the selected request (or its decision) to your colleagues through the platform</translation>
    </message>
    <message>
        <source>Fetch from the platform</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>Fetch from the platform</translation>
    </message>
    <message>
        <source>Fetch your colleagues&apos; requests and decisions; each is verified before it is kept</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>Fetch your colleagues&apos; requests and decisions; each is verified before it is kept</translation>
    </message>
    <message>
        <source>Sent request {id} and its decision to the platform.</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>Sent request {id} and its decision to the platform.</translation>
    </message>
    <message>
        <source>Sent request {id} to the platform.</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>Sent request {id} to the platform.</translation>
    </message>
    <message>
        <source>Sent the decision on request {id} to the platform.</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>Sent the decision on request {id} to the platform.</translation>
    </message>
    <message>
        <source>The platform already holds request {id} as it is here.</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>The platform already holds request {id} as it is here.</translation>
    </message>
    <message>
        <source>Fetched {added} new requests and {decisions} new decisions.</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>Fetched {added} new requests and {decisions} new decisions.</translation>
    </message>
    <message>
        <source>Nothing new on the platform.</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>Nothing new on the platform.</translation>
    </message>
    <message>
        <source>{count} refused; request {id}: {message}</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>{count} refused; request {id}: {message}</translation>
    </message>
</context>
<context>
    <name>QueueMonitor</name>
    <message>
        <source>No timestamp service is set: choose one in Settings → Signing, then run the queue again.</source>
        <extracomment>ui/custody/queue_status.py</extracomment>
        <translation>No timestamp service is set: choose one in Settings → Signing, then run the queue again.</translation>
    </message>
    <message>
        <source>Queue: {upgraded} upgraded, {failed} not yet.</source>
        <extracomment>ui/custody/queue_status.py</extracomment>
        <translation>Queue: {upgraded} upgraded, {failed} not yet.</translation>
    </message>
</context>
<context>
    <name>QueueStatus</name>
    <message>
        <source>Add timestamps now</source>
        <extracomment>ui/custody/queue_status.py</extracomment>
        <translation>Add timestamps now</translation>
    </message>
    <message>
        <source>Timestamps: {pending} waiting, {failed} failed, {done} done</source>
        <extracomment>ui/custody/queue_status.py</extracomment>
        <translation>Timestamps: {pending} waiting, {failed} failed, {done} done</translation>
    </message>
    <message>
        <source>Documents sealed offline (B-B) get their timestamp and validation data once the timestamp service answers; SealDesk tries every 5 minutes while the vault is unlocked.</source>
        <extracomment>ui/custody/queue_status.py</extracomment>
        <translation>Documents sealed offline (B-B) get their timestamp and validation data once the timestamp service answers; SealDesk tries every 5 minutes while the vault is unlocked.</translation>
    </message>
    <message>
        <source>Queue: {pending} waiting, {failed} failed, {done} done</source>
        <extracomment>ui/custody/queue_status.py</extracomment>
        <translation type="vanished">Queue: {pending} waiting, {failed} failed, {done} done</translation>
    </message>
</context>
<context>
    <name>RequestDetails</name>
    <message>
        <source>Document</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SM3</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>SM3</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>Request</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Placement</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Requested by</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>{name}, {time}</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>{name}, {time}</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <source>Approved by</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Rejected by</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>Rejected by</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Origin</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Received from a colleague (request file or platform)</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>Received from a colleague (request file or platform)</translation>
    </message>
    <message>
        <source>Imported from a request file</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation type="vanished">Imported from a request file</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>All requests</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>All requests</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Created</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Documents</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Requested by</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <source>New request…</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>New request…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Apply the seal…</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Apply the seal…</translation>
    </message>
    <message>
        <source>Export…</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Import…</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Show</translation>
    </message>
    <message>
        <source>Request {id} created.</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Request {id} created.</translation>
    </message>
    <message>
        <source>Request {id}: {state}.</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Request {id}: {state}.</translation>
    </message>
    <message>
        <source>Seal applied.</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Seal applied.</translation>
    </message>
    <message>
        <source>Export the request</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Export the request</translation>
    </message>
    <message>
        <source>Seal-use request files (*.sealreq)</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Seal-use request files (*.sealreq)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>Import a request</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Import a request</translation>
    </message>
    <message>
        <source>Imported request {id} and its decision.</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Imported request {id} and its decision.</translation>
    </message>
    <message>
        <source>Imported request {id}.</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Imported request {id}.</translation>
    </message>
    <message>
        <source>Imported the decision on request {id}.</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>Imported the decision on request {id}.</translation>
    </message>
</context>
<context>
    <name>SealsPage</name>
    <message>
        <source>Name</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Bound certificate</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>Bound certificate</translation>
    </message>
    <message>
        <source>Requesters / approvers</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>Requesters / approvers</translation>
    </message>
    <message>
        <source>Validity</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>Validity</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <source>Register a seal…</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>Register a seal…</translation>
    </message>
    <message>
        <source>As stamped</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>As stamped</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>No limit</translation>
    </message>
    <message>
        <source>In use</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>In use</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>Not valid yet</translation>
    </message>
    <message>
        <source>No seals are registered yet.</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>No seals are registered yet.</translation>
    </message>
    <message>
        <source>USB key / HSM: {uri}</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>USB key / HSM: {uri}</translation>
    </message>
    <message>
        <source>Soft certificate: {path}</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>Soft certificate: {path}</translation>
    </message>
    <message>
        <source>Id {id}
Certificate SHA-256 {sha}…
{key}
Registered {added}</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>Id {id}
Certificate SHA-256 {sha}…
{key}
Registered {added}</translation>
    </message>
    <message>
        <source>Requesters</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation type="vanished">Requesters</translation>
    </message>
    <message>
        <source>Approvers</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation type="vanished">Approvers</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find in document</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>Find in document</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>{current} of {total}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No matches</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>No matches</translation>
    </message>
</context>
<context>
    <name>SecondSignatureBox</name>
    <message>
        <source>Also sign with an RSA or ECDSA certificate, for readers outside China (an invisible second signature)</source>
        <extracomment>ui/sign/second.py</extracomment>
        <translation>Also sign with an RSA or ECDSA certificate, for readers outside China (an invisible second signature)</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>General</translation>
    </message>
    <message>
        <source>Signing</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Seals</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Seals</translation>
    </message>
    <message>
        <source>Checking signatures</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Checking signatures</translation>
    </message>
    <message>
        <source>Privacy and consent</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Privacy and consent</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Language</translation>
    </message>
    <message>
        <source>E-signing platform</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>E-signing platform</translation>
    </message>
    <message>
        <source>The platform receives only fingerprints of evidence events, never documents or personal data.</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>The platform receives only fingerprints of evidence events, never documents or personal data.</translation>
    </message>
    <message>
        <source>PKCS#11 driver</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>PKCS#11 driver</translation>
    </message>
    <message>
        <source>Libraries (*.so *.dylib *.dll);;All files (*)</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Libraries (*.so *.dylib *.dll);;All files (*)</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>ui/settings.py</extracomment>
        <translation> days</translation>
    </message>
    <message>
        <source>Token PIN (works offline)</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Token PIN (works offline)</translation>
    </message>
    <message>
        <source>Token PIN and an SMS code from the platform</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Token PIN and an SMS code from the platform</translation>
    </message>
    <message>
        <source>Token PIN and a face check</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Token PIN and a face check</translation>
    </message>
    <message>
        <source>Token PIN and an SMS code or a face check</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Token PIN and an SMS code or a face check</translation>
    </message>
    <message>
        <source>Drivers added by hand</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Drivers added by hand</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Found on this computer</translation>
    </message>
    <message>
        <source>Timestamp service</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Timestamp service</translation>
    </message>
    <message>
        <source>Default level</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Default level</translation>
    </message>
    <message>
        <source>Warn before a certificate expires</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Warn before a certificate expires</translation>
    </message>
    <message>
        <source>Confirming the intent to sign</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Confirming the intent to sign</translation>
    </message>
    <message>
        <source>No PKCS#11 driver found. Install your USB key&apos;s driver or add it above.</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>No PKCS#11 driver found. Install your USB key&apos;s driver or add it above.</translation>
    </message>
    <message>
        <source>Seal image</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Seal image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Seal images</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Seal images</translation>
    </message>
    <message>
        <source>Default position: centred on</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Default position: centred on</translation>
    </message>
    <message>
        <source>Seal size</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Seal size</translation>
    </message>
    <message>
        <source>Shown as it will be stamped.</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Shown as it will be stamped.</translation>
    </message>
    <message>
        <source>Trusted root certificate</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Trusted root certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Trusted roots (besides the bundled and system ones)</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Trusted roots (besides the bundled and system ones)</translation>
    </message>
    <message>
        <source>Your consents are kept in the vault. Unlock the vault (Tools → Vault) to see, review or withdraw them.</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>Your consents are kept in the vault. Unlock the vault (Tools → Vault) to see, review or withdraw them.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign {name}</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>Sign {name}</translation>
    </message>
    <message>
        <source>Save as…</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>Signed copy</translation>
    </message>
    <message>
        <source>Keep the signed copy and its evidence in the vault</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>Keep the signed copy and its evidence in the vault</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>Next</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>1 / 3  Who signs</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>1 / 3  Who signs</translation>
    </message>
    <message>
        <source>2 / 3  Where the seal goes</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>2 / 3  Where the seal goes</translation>
    </message>
    <message>
        <source>3 / 3  Signature options</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>3 / 3  Signature options</translation>
    </message>
    <message>
        <source>Sign</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Save the signed copy</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>Save the signed copy</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Unlocking the vault…</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>Unlocking the vault…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was signed.</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>Cancelled: nothing was signed.</translation>
    </message>
    <message>
        <source>Not signed: the intent check was not completed.</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation type="vanished">Not signed: the intent check was not completed.</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation type="vanished">Vault passphrase</translation>
    </message>
    <message>
        <source>Not signed: the SMS check was not completed.</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation type="vanished">Not signed: the SMS check was not completed.</translation>
    </message>
</context>
<context>
    <name>SignatureCard</name>
    <message>
        <source>The signature itself is valid, but the document was changed after it was signed.</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>The signature itself is valid, but the document was changed after it was signed.</translation>
    </message>
    <message>
        <source>Signature field</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Signature field</translation>
    </message>
    <message>
        <source>Show signed version</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Show signed version</translation>
    </message>
    <message>
        <source>Open the document exactly as this signature covers it</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Open the document exactly as this signature covers it</translation>
    </message>
    <message>
        <source>Compare pages</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Compare pages</translation>
    </message>
    <message>
        <source>Show what the signer saw beside what this file shows</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Show what the signer saw beside what this file shows</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Checking the signatures…</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <source>Pages that look different from what was signed: {pages}</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Pages that look different from what was signed: {pages}</translation>
    </message>
    <message>
        <source>Changes after signing ({count})</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Changes after signing ({count})</translation>
    </message>
    <message>
        <source>Signatures ({count})</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Signatures ({count})</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256):</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>File fingerprint (SHA-256):</translation>
    </message>
    <message>
        <source>Export report…</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>Revision {revision} · {kind} · {detail}</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Revision {revision} · {kind} · {detail}</translation>
    </message>
    <message>
        <source>not allowed</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>not allowed</translation>
    </message>
    <message>
        <source>drawn over signed content</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>drawn over signed content</translation>
    </message>
    <message>
        <source>Its appearance hides or alters what the signer saw. Use Compare pages to see the signed version.</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Its appearance hides or alters what the signer saw. Use Compare pages to see the signed version.</translation>
    </message>
</context>
<context>
    <name>SmsCodeDialog</name>
    <message>
        <source>Confirm with an SMS code</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>Confirm with an SMS code</translation>
    </message>
    <message>
        <source>Sending a code…</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>Sending a code…</translation>
    </message>
    <message>
        <source>Resend code</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>Resend code</translation>
    </message>
    <message>
        <source>Confirm</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Use another method</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>Use another method</translation>
    </message>
    <message>
        <source>A 6-digit code was sent to {phone}. Type it below.</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>A 6-digit code was sent to {phone}. Type it below.</translation>
    </message>
    <message>
        <source>Code valid for {m}:{s:02d}</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>Code valid for {m}:{s:02d}</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>The code has expired.</translation>
    </message>
    <message>
        <source>{n} tries left</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>{n} tries left</translation>
    </message>
    <message>
        <source>Resend in {s} s</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>Resend in {s} s</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Sync: not set up</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <source>No e-signing platform is configured, or the vault is locked: nothing leaves this computer.</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>No e-signing platform is configured, or the vault is locked: nothing leaves this computer.</translation>
    </message>
    <message>
        <source>Sync: WARNING</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>Sync: WARNING</translation>
    </message>
    <message>
        <source>Sync: {count} waiting</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>Sync: {count} waiting</translation>
    </message>
    <message>
        <source>Evidence fingerprints wait to be sent.</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>Evidence fingerprints wait to be sent.</translation>
    </message>
    <message>
        <source>Sync: up to date</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>Sync: up to date</translation>
    </message>
    <message>
        <source>Every evidence fingerprint has a verified receipt from {platform}.</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>Every evidence fingerprint has a verified receipt from {platform}.</translation>
    </message>
    <message>
        <source>Page {current} of {total}</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>Page {current} of {total}</translation>
    </message>
    <message>
        <source>Looking for security tokens…</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>Looking for security tokens…</translation>
    </message>
    <message>
        <source>No security token</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>No security token</translation>
    </message>
    <message>
        <source>Token: {label}</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>Token: {label}</translation>
    </message>
    <message>
        <source>{count} tokens inserted</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>{count} tokens inserted</translation>
    </message>
    <message>
        <source>Token {label}: PIN tries low</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>Token {label}: PIN tries low</translation>
    </message>
    <message>
        <source>Token {label}: last PIN try</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>Token {label}: last PIN try</translation>
    </message>
    <message>
        <source>Token {label}: PIN locked</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>Token {label}: PIN locked</translation>
    </message>
    <message>
        <source>No e-signing platform is configured: nothing leaves this computer.</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation type="vanished">No e-signing platform is configured: nothing leaves this computer.</translation>
    </message>
</context>
<context>
    <name>VaultArchiveBox</name>
    <message>
        <source>Vault passphrase</source>
        <extracomment>ui/sign/vault_box.py</extracomment>
        <translation>Vault passphrase</translation>
    </message>
    <message>
        <source>Not signed: the intent check was not completed.</source>
        <extracomment>ui/sign/vault_box.py</extracomment>
        <translation>Not signed: the intent check was not completed.</translation>
    </message>
</context>
<context>
    <name>VaultBar</name>
    <message>
        <source>Vault passphrase</source>
        <extracomment>ui/custody/vault_bar.py</extracomment>
        <translation>Vault passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <extracomment>ui/custody/vault_bar.py</extracomment>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>ui/custody/vault_bar.py</extracomment>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Vault unlocked: {folder}</source>
        <extracomment>ui/custody/vault_bar.py</extracomment>
        <translation>Vault unlocked: {folder}</translation>
    </message>
    <message>
        <source>No vault at {folder}. Create one with &apos;sealdesk vault init&apos;.</source>
        <extracomment>ui/custody/vault_bar.py</extracomment>
        <translation>No vault at {folder}. Create one with &apos;sealdesk vault init&apos;.</translation>
    </message>
    <message>
        <source>Vault locked: {folder}</source>
        <extracomment>ui/custody/vault_bar.py</extracomment>
        <translation>Vault locked: {folder}</translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <source>Vault</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Vault passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Search: party, document name or fingerprint</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Search: party, document name or fingerprint</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>All</translation>
    </message>
    <message>
        <source>Kept</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>Signed between</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Signed between</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <source>Parties</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Signed</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <source>Evidence timeline</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Evidence timeline</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Export…</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Destroy…</translation>
    </message>
    <message>
        <source>Unlocked: {folder}</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Unlocked: {folder}</translation>
    </message>
    <message>
        <source>No vault at {folder}. Sign with a vault (sealdesk vault init) to create one.</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>No vault at {folder}. Sign with a vault (sealdesk vault init) to create one.</translation>
    </message>
    <message>
        <source>Locked: {folder}</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Locked: {folder}</translation>
    </message>
    <message>
        <source>This document is too large to open from the vault; export it instead.</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>This document is too large to open from the vault; export it instead.</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Decrypting…</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>Destroy</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Destroy</translation>
    </message>
    <message>
        <source>Why is {name} destroyed? (kept in the evidence chain)</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Why is {name} destroyed? (kept in the evidence chain)</translation>
    </message>
    <message>
        <source>Destroy {name} for good? Its content and key are erased; only its fingerprints and this reason stay in the evidence chain. This cannot be undone.</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Destroy {name} for good? Its content and key are erased; only its fingerprints and this reason stay in the evidence chain. This cannot be undone.</translation>
    </message>
    <message>
        <source>{name} was destroyed.</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>{name} was destroyed.</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Checking the signatures…</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <source>Signed, and every signature is valid. The document is exactly what was signed.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>Signed, and every signature is valid. The document is exactly what was signed.</translation>
    </message>
    <message>
        <source>Do not rely on this document: it was changed after signing in a way that is not allowed, or its structure hides what was signed.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>Do not rely on this document: it was changed after signing in a way that is not allowed, or its structure hides what was signed.</translation>
    </message>
    <message>
        <source>Do not rely on this document: a signature does not match the content it covers.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>Do not rely on this document: a signature does not match the content it covers.</translation>
    </message>
    <message>
        <source>Do not rely on this document: a signature is invalid ({reason}).</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>Do not rely on this document: a signature is invalid ({reason}).</translation>
    </message>
    <message>
        <source>Do not rely on this document: a change made after signing is drawn over content the signer saw, so what you see is not what was signed.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>Do not rely on this document: a change made after signing is drawn over content the signer saw, so what you see is not what was signed.</translation>
    </message>
    <message>
        <source>The signatures could not be checked: {error}</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>The signatures could not be checked: {error}</translation>
    </message>
    <message>
        <source>Signed, but the document was changed after signing. Read the changes in the signature panel before relying on it.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>Signed, but the document was changed after signing. Read the changes in the signature panel before relying on it.</translation>
    </message>
    <message>
        <source>Signed, but some pages look different from what was signed.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>Signed, but some pages look different from what was signed.</translation>
    </message>
    <message>
        <source>Signed, but a signature could not be confirmed: {reason}.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>Signed, but a signature could not be confirmed: {reason}.</translation>
    </message>
    <message>
        <source>Signed, but there is something to check before relying on it.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>Signed, but there is something to check before relying on it.</translation>
    </message>
    <message>
        <source>Signature panel</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>Signature panel</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>SealDesk 签章台</source>
        <extracomment>ui/welcome.py</extracomment>
        <translation>SealDesk 签章台</translation>
    </message>
    <message>
        <source>Open a PDF to read it and check its signatures. You can also drop PDF files onto this window.</source>
        <extracomment>ui/welcome.py</extracomment>
        <translation>Open a PDF to read it and check its signatures. You can also drop PDF files onto this window.</translation>
    </message>
    <message>
        <source>Open a PDF…</source>
        <extracomment>ui/welcome.py</extracomment>
        <translation>Open a PDF…</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <extracomment>ui/welcome.py</extracomment>
        <translation>Recent documents</translation>
    </message>
</context>
<context>
    <name>ZoomBox</name>
    <message>
        <source>Fit width ({percent})</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>Fit width ({percent})</translation>
    </message>
    <message>
        <source>Fit page ({percent})</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>Fit page ({percent})</translation>
    </message>
    <message>
        <source>Fit width</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Zoom</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>Zoom</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>SealDesk</source>
        <extracomment>ui/presenter.py</extracomment>
        <translation>SealDesk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/presenter.py</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
