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
        <extracomment>SealDeskError.todo</extracomment>
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
        <source>{detail}</source>
        <extracomment>UsageError.what</extracomment>
        <translation>{detail}</translation>
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
        <extracomment>DamagedPdf.todo, crypto/review/revisions.py</extracomment>
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
        <source>No security token was found{where}.</source>
        <extracomment>NoToken.what</extracomment>
        <translation>No security token was found{where}.</translation>
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
        <extracomment>PinIncorrect.todo, crypto/errors.py:174</extracomment>
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
        <source>{path} does not exist.</source>
        <extracomment>app/cli/ltv_cmd.py, app/signing/batch.py</extracomment>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>Several signing keys match {selector}: {names}.</source>
        <extracomment>app/identity.py</extracomment>
        <translation>Several signing keys match {selector}: {names}.</translation>
    </message>
    <message>
        <source>Name one with object=&lt;label&gt; or id=&lt;hex&gt; in the PKCS#11 URI.</source>
        <extracomment>app/identity.py</extracomment>
        <translation>Name one with object=&lt;label&gt; or id=&lt;hex&gt; in the PKCS#11 URI.</translation>
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
        <source>{attempts_remaining} attempt(s) left before the token locks.</source>
        <extracomment>crypto/errors.py:170</extracomment>
        <translation>{attempts_remaining} attempt(s) left before the token locks.</translation>
    </message>
    <message>
        <source>Only one attempt is left before the token locks: check the PIN carefully.</source>
        <extracomment>crypto/errors.py:172</extracomment>
        <translation>Only one attempt is left before the token locks: check the PIN carefully.</translation>
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
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>{path} cannot be read as a PDF ({detail}).</translation>
    </message>
    <message>
        <source>Change the PIN with the token vendor&apos;s tool, then sign again.</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>Change the PIN with the token vendor&apos;s tool, then sign again.</translation>
    </message>
    <message>
        <source>Set the user PIN with the token vendor&apos;s tool first.</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>Set the user PIN with the token vendor&apos;s tool first.</translation>
    </message>
    <message>
        <source>Open the token again (re-enter the PIN) and sign again.</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>Open the token again (re-enter the PIN) and sign again.</translation>
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
        <source>Only local file: PIN sources are supported.</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>Only local file: PIN sources are supported.</translation>
    </message>
</context>
<context>
    <name>cli</name>
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
        <source>intact: {intact}, crypto valid: {crypto_valid}, trusted (demo root): {trusted}, coverage: {coverage}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>intact: {intact}, crypto valid: {crypto_valid}, trusted (demo root): {trusted}, coverage: {coverage}</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>app/cli/demo_cmd.py, app/cli/interaction.py</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>no</translation>
    </message>
    <message>
        <source>the terminal (no terminal; use --pin-env VAR)</source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>the terminal (no terminal; use --pin-env VAR)</translation>
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
        <source>refusing to overwrite the input {path}</source>
        <extracomment>app/cli/ltv_cmd.py</extracomment>
        <translation>refusing to overwrite the input {path}</translation>
    </message>
    <message>
        <source>timestamp service password</source>
        <extracomment>app/cli/ltv_cmd.py, app/cli/sign_cmd.py</extracomment>
        <translation>timestamp service password</translation>
    </message>
    <message>
        <source>PDF password</source>
        <extracomment>app/cli/ltv_cmd.py, app/cli/sign_cmd.py</extracomment>
        <translation>PDF password</translation>
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
        <source>machine-readable output</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>machine-readable output</translation>
    </message>
    <message>
        <source>log in with the PIN in this environment variable to list certificates</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>log in with the PIN in this environment variable to list certificates</translation>
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
        <source>PEM private key (with --cert-pem)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>PEM private key (with --cert-pem)</translation>
    </message>
    <message>
        <source>PEM certificate for --key-pem</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>PEM certificate for --key-pem</translation>
    </message>
    <message>
        <source>intermediate certificates (repeatable)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>intermediate certificates (repeatable)</translation>
    </message>
    <message>
        <source>password of the key file, from this environment variable</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>password of the key file, from this environment variable</translation>
    </message>
    <message>
        <source>token PIN from this environment variable</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>token PIN from this environment variable</translation>
    </message>
    <message>
        <source>PKCS#11 module for --key (if the URI has no module-path)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>PKCS#11 module for --key (if the URI has no module-path)</translation>
    </message>
    <message>
        <source>PAdES level: B-B, B-T (default), B-LT, B-LTA</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>PAdES level: B-B, B-T (default), B-LT, B-LTA</translation>
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
        <source>seal rectangle in points</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>seal rectangle in points</translation>
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
        <extracomment>app/cli/main.py</extracomment>
        <translation>machine-readable results</translation>
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
        <source>RFC 3161 timestamp service</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>RFC 3161 timestamp service</translation>
    </message>
    <message>
        <source>HTTP user for the timestamp service</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>HTTP user for the timestamp service</translation>
    </message>
    <message>
        <source>HTTP password for the timestamp service, from this variable</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>HTTP password for the timestamp service, from this variable</translation>
    </message>
    <message>
        <source>extra trust anchors for collecting validation data (B-LT/B-LTA)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>extra trust anchors for collecting validation data (B-LT/B-LTA)</translation>
    </message>
    <message>
        <source>password of encrypted input PDFs, from this variable</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>password of encrypted input PDFs, from this variable</translation>
    </message>
    <message>
        <source>replace existing output files</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>replace existing output files</translation>
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
        <source>key file password</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>key file password</translation>
    </message>
    <message>
        <source>token PIN</source>
        <extracomment>app/cli/sign_cmd.py, app/cli/tokens_cmd.py</extracomment>
        <translation>token PIN</translation>
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
        <source>FAILED   {source}: {message}</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>FAILED   {source}: {message}</translation>
    </message>
    <message>
        <source>{signed} signed, {skipped} skipped, {failed} failed</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>{signed} signed, {skipped} skipped, {failed} failed</translation>
    </message>
    <message>
        <source>No PKCS#11 driver found. Install the token vendor&apos;s driver, or give --module PATH.</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>No PKCS#11 driver found. Install the token vendor&apos;s driver, or give --module PATH.</translation>
    </message>
    <message>
        <source>ok</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>ok</translation>
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
        <source>(give --pin-env VAR to log in and list the signing keys)</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>(give --pin-env VAR to log in and list the signing keys)</translation>
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
        <source>Enter the PIN of {label} on the PIN pad.</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>Enter the PIN of {label} on the PIN pad.</translation>
    </message>
    <message>
        <source>Confirm this signature with the PIN of {label} on the PIN pad.</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>Confirm this signature with the PIN of {label} on the PIN pad.</translation>
    </message>
</context>
</TS>
