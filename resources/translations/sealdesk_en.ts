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
        <extracomment>PersonalDataInvalid.what</extracomment>
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
        <source>The SM2 library failed: {detail}.</source>
        <extracomment>Sm2LibraryError.what</extracomment>
        <translation>The SM2 library failed: {detail}.</translation>
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
        <source>The {secret} should be in the environment variable {var}, which is not set.</source>
        <extracomment>app/cli/env.py, app/identity.py</extracomment>
        <translation>The {secret} should be in the environment variable {var}, which is not set.</translation>
    </message>
    <message>
        <source>Set {var}, or name another variable.</source>
        <extracomment>app/cli/env.py, app/identity.py</extracomment>
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
        <source>{path} does not exist.</source>
        <extracomment>app/cli/ltv_cmd.py, app/signing/batch.py</extracomment>
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
        <source>vault passphrase</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>vault passphrase</translation>
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
        <extracomment>app/identity.py</extracomment>
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
        <source>its encryption is not supported ({error})</source>
        <extracomment>crypto/pades/pdfopen.py</extracomment>
        <translation>its encryption is not supported ({error})</translation>
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
        <source>file does not exist</source>
        <extracomment>crypto/tokens/pkcs11/errors.py, crypto/tokens/pkcs11/modules.py</extracomment>
        <translation>file does not exist</translation>
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
        <source>the private key is not allowed to sign</source>
        <extracomment>crypto/tokens/pkcs11/objects.py</extracomment>
        <translation>the private key is not allowed to sign</translation>
    </message>
    <message>
        <source>SM2 keys cannot sign through PKCS#11 in SealDesk</source>
        <extracomment>crypto/tokens/pkcs11/objects.py</extracomment>
        <translation>SM2 keys cannot sign through PKCS#11 in SealDesk</translation>
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
        <source>machine-readable output</source>
        <extracomment>app/cli/main.py, app/cli/vault_args.py</extracomment>
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
        <source>SM2 USB key through its vendor&apos;s SKF (GM/T 0016) library</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>SM2 USB key through its vendor&apos;s SKF (GM/T 0016) library</translation>
    </message>
    <message>
        <source>container on the SKF key (default: the only one)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>container on the SKF key (default: the only one)</translation>
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
        <extracomment>app/cli/main.py, app/cli/verify_cmd.py</extracomment>
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
        <source>vault folder (default: the SealDesk data folder&apos;s vault)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>vault folder (default: the SealDesk data folder&apos;s vault)</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>Vault passphrase: </translation>
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
        <source>audit log: entry {seq} is missing</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>audit log: entry {seq} is missing</translation>
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
        <source> (not allowed)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation> (not allowed)</translation>
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
        <source>This is an SM2 (Chinese national standard) signature. Adobe Acrobat and Reader cannot verify SM2 signatures and will show it as invalid or unknown; check it with SealDesk or another SM2-capable verifier, and for recipients outside China add a second RSA or ECDSA signature (sign the signed file again with such a key).</source>
        <extracomment>crypto/sm/profile.py</extracomment>
        <translation>This is an SM2 (Chinese national standard) signature. Adobe Acrobat and Reader cannot verify SM2 signatures and will show it as invalid or unknown; check it with SealDesk or another SM2-capable verifier, and for recipients outside China add a second RSA or ECDSA signature (sign the signed file again with such a key).</translation>
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
        <source>Signatures ({count})</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Signatures ({count})</translation>
    </message>
    <message>
        <source>Changes after signing ({count})</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Changes after signing ({count})</translation>
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
        <source>File fingerprint (SHA-256):</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>File fingerprint (SHA-256):</translation>
    </message>
    <message>
        <source>Export report…</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>Export report…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
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
        <source>Sync: not set up</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <source>No e-signing platform is configured: nothing leaves this computer.</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>No e-signing platform is configured: nothing leaves this computer.</translation>
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
