<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>An unexpected error occurred.</source>
        <extracomment>SealDeskError.what</extracomment>
        <translation>发生了意外错误。</translation>
    </message>
    <message>
        <source>Please report this problem with the log file attached.</source>
        <extracomment>SealDeskError.todo, app/doctor.py</extracomment>
        <translation>请报告此问题并附上日志文件。</translation>
    </message>
    <message>
        <source>The operation could not be completed.</source>
        <extracomment>UserError.what</extracomment>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <extracomment>Cancelled.what</extracomment>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot read {path}.</source>
        <extracomment>InputError.what</extracomment>
        <translation>无法读取 {path}。</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <extracomment>InputError.todo</extracomment>
        <translation>请检查该文件是否存在且可读。</translation>
    </message>
    <message>
        <source>Cannot write {path} ({detail}).</source>
        <extracomment>OutputError.what</extracomment>
        <translation>无法写入 {path}（{detail}）。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with enough free space.</source>
        <extracomment>OutputError.todo</extracomment>
        <translation>请选择有写入权限且剩余空间充足的文件夹。</translation>
    </message>
    <message>
        <source>The security token reported an error ({detail}).</source>
        <extracomment>TokenError.what</extracomment>
        <translation>安全令牌报告了错误（{detail}）。</translation>
    </message>
    <message>
        <source>Remove and re-insert the token, then try again.</source>
        <extracomment>TokenError.todo</extracomment>
        <translation>请拔出并重新插入令牌，然后重试。</translation>
    </message>
    <message>
        <source>Cannot read the PIN from {source}.</source>
        <extracomment>PinSourceError.what</extracomment>
        <translation>无法读取 PIN 码（来源：{source}）。</translation>
    </message>
    <message>
        <source>Check the environment variable or file that should hold it.</source>
        <extracomment>PinSourceError.todo</extracomment>
        <translation>请检查应保存 PIN 码的环境变量或文件。</translation>
    </message>
    <message>
        <source>Cannot load the key from {path} ({detail}).</source>
        <extracomment>KeyFileError.what</extracomment>
        <translation>无法从 {path} 加载密钥（{detail}）。</translation>
    </message>
    <message>
        <source>Check the file and its password.</source>
        <extracomment>KeyFileError.todo</extracomment>
        <translation>请检查该文件及其密码。</translation>
    </message>
    <message>
        <source>The signing certificate cannot be used: {detail}.</source>
        <extracomment>CertificateError.what</extracomment>
        <translation>签名证书无法使用：{detail}。</translation>
    </message>
    <message>
        <source>Choose another certificate or renew this one.</source>
        <extracomment>CertificateError.todo</extracomment>
        <translation>请选择其他证书，或更新此证书。</translation>
    </message>
    <message>
        <source>The service at {url} failed ({detail}).</source>
        <extracomment>ServiceError.what</extracomment>
        <translation>服务 {url} 出错（{detail}）。</translation>
    </message>
    <message>
        <source>Check the network connection and the service address.</source>
        <extracomment>ServiceError.todo</extracomment>
        <translation>请检查网络连接和服务地址。</translation>
    </message>
    <message>
        <source>The document could not be signed: {detail}.</source>
        <extracomment>SigningError.what</extracomment>
        <translation>无法签署该文档：{detail}。</translation>
    </message>
    <message>
        <source>{detail}.</source>
        <extracomment>UsageError.what</extracomment>
        <translation>{detail}。</translation>
    </message>
    <message>
        <source>See &apos;sealdesk --help&apos;.</source>
        <extracomment>UsageError.todo</extracomment>
        <translation>用法请运行 sealdesk --help 查看。</translation>
    </message>
    <message>
        <source>The PKCS#11 URI is not valid: {detail}.</source>
        <extracomment>Pkcs11UriError.what</extracomment>
        <translation>PKCS#11 URI 无效：{detail}。</translation>
    </message>
    <message>
        <source>Write it like pkcs11:token=NAME;object=LABEL (RFC 7512); &apos;sealdesk tokens&apos; lists keys.</source>
        <extracomment>Pkcs11UriError.todo</extracomment>
        <translation>请按 pkcs11:token=NAME;object=LABEL 的格式书写（RFC 7512）；运行 sealdesk tokens 可列出所有密钥。</translation>
    </message>
    <message>
        <source>The vault at {path} cannot be used ({detail}).</source>
        <extracomment>VaultError.what</extracomment>
        <translation>无法使用位于 {path} 的保险库（{detail}）。</translation>
    </message>
    <message>
        <source>Check the vault folder and its permissions.</source>
        <extracomment>VaultError.todo</extracomment>
        <translation>请检查保险库文件夹及其访问权限。</translation>
    </message>
    <message>
        <source>The {kind} is not valid: {detail}.</source>
        <extracomment>PersonalDataInvalid.what, LetterFieldInvalid.what</extracomment>
        <translation>{kind}无效：{detail}。</translation>
    </message>
    <message>
        <source>Check the number and type it again.</source>
        <extracomment>PersonalDataInvalid.todo</extracomment>
        <translation>请核对号码后重新输入。</translation>
    </message>
    <message>
        <source>SM2 signatures need the gmssl-pyx package, which could not be loaded ({detail}).</source>
        <extracomment>Sm2Unavailable.what</extracomment>
        <translation>SM2 签名需要 gmssl-pyx 软件包，但该软件包无法加载（{detail}）。</translation>
    </message>
    <message>
        <source>Reinstall SealDesk (or run &apos;pip install gmssl-pyx&apos;).</source>
        <extracomment>Sm2Unavailable.todo</extracomment>
        <translation>请重新安装签章台（或运行 pip install gmssl-pyx）。</translation>
    </message>
    <message>
        <source>SealDesk cannot {action} before you agree to the {agreements}.</source>
        <extracomment>ConsentRequired.what</extracomment>
        <translation>您同意{agreements}之前，签章台不能{action}。</translation>
    </message>
    <message>
        <source>Read and accept the agreements (Settings → Agreements, or: sealdesk consent accept), then try again.</source>
        <extracomment>ConsentRequired.todo</extracomment>
        <translation>请阅读并同意相关协议（设置 → 协议，或：sealdesk consent accept），然后重试。</translation>
    </message>
    <message>
        <source>You have not agreed to {purpose}.</source>
        <extracomment>PurposeNotAgreed.what</extracomment>
        <translation>您尚未同意{purpose}。</translation>
    </message>
    <message>
        <source>Choose another method, or agree to it in Settings → Agreements.</source>
        <extracomment>PurposeNotAgreed.todo</extracomment>
        <translation>请选择其他方式，或在“设置 → 协议与授权”中同意。</translation>
    </message>
    <message>
        <source>Your intent to sign was not confirmed: {detail}.</source>
        <extracomment>IntentNotChecked.what</extracomment>
        <translation>未能确认您的签署意愿：{detail}。</translation>
    </message>
    <message>
        <source>Confirm it with one of the offered methods, then sign again.</source>
        <extracomment>IntentNotChecked.todo</extracomment>
        <translation>请用提供的方式之一确认，然后重新签署。</translation>
    </message>
    <message>
        <source>The code is wrong.</source>
        <extracomment>SmsWrongCode.what</extracomment>
        <translation>验证码错误。</translation>
    </message>
    <message>
        <source>{attempts_left} attempt(s) left: check the text message and type the code again.</source>
        <extracomment>SmsWrongCode.todo</extracomment>
        <translation>还可尝试 {attempts_left} 次：请核对短信后重新输入。</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <extracomment>SmsExpired.what</extracomment>
        <translation>验证码已过期。</translation>
    </message>
    <message>
        <source>Ask for a new code.</source>
        <extracomment>SmsExpired.todo, SmsChallengeClosed.todo</extracomment>
        <translation>请重新获取验证码。</translation>
    </message>
    <message>
        <source>Too many wrong codes were typed for this request.</source>
        <extracomment>SmsTooManyAttempts.what</extracomment>
        <translation>本次验证码输错次数过多。</translation>
    </message>
    <message>
        <source>Ask for a new code, or use another method.</source>
        <extracomment>SmsTooManyAttempts.todo</extracomment>
        <translation>请重新获取验证码，或使用其他方式。</translation>
    </message>
    <message>
        <source>This code request is closed: its code was already used, or the platform no longer knows it.</source>
        <extracomment>SmsChallengeClosed.what</extracomment>
        <translation>此验证码请求已关闭：验证码已被使用，或平台已不再识别该请求。</translation>
    </message>
    <message>
        <source>A new code can be sent in {seconds} s.</source>
        <extracomment>SmsResendTooSoon.what</extracomment>
        <translation>{seconds} 秒后可重新发送验证码。</translation>
    </message>
    <message>
        <source>Wait, then ask again.</source>
        <extracomment>SmsResendTooSoon.todo</extracomment>
        <translation>请稍候再试。</translation>
    </message>
    <message>
        <source>No camera can be used on this computer ({detail}).</source>
        <extracomment>CameraUnavailable.what</extracomment>
        <translation>本机没有可用的摄像头（{detail}）。</translation>
    </message>
    <message>
        <source>Connect a camera, or confirm your intent with the SMS code or the token PIN.</source>
        <extracomment>CameraUnavailable.todo</extracomment>
        <translation>请连接摄像头，或使用短信验证码、证书 PIN 确认签署意愿。</translation>
    </message>
    <message>
        <source>The picture must show exactly one face; it shows {count}.</source>
        <extracomment>FaceNotFound.what</extracomment>
        <translation>画面中必须恰好有一张人脸，当前为 {count} 张。</translation>
    </message>
    <message>
        <source>Face the camera alone, in good light, and try again.</source>
        <extracomment>FaceNotFound.todo</extracomment>
        <translation>请单独正对摄像头，在光线充足处重试。</translation>
    </message>
    <message>
        <source>No movement was seen between the two pictures.</source>
        <extracomment>LivenessNotShown.what</extracomment>
        <translation>两张照片之间没有检测到动作。</translation>
    </message>
    <message>
        <source>Turn your head slightly when asked, then try again.</source>
        <extracomment>LivenessNotShown.todo</extracomment>
        <translation>请在提示时轻微转头，然后重试。</translation>
    </message>
    <message>
        <source>The platform could not confirm that the face matches the signer.</source>
        <extracomment>FaceNotVerified.what</extracomment>
        <translation>平台无法确认人脸与签署人一致。</translation>
    </message>
    <message>
        <source>Try again in better light, or use another method.</source>
        <extracomment>FaceNotVerified.todo</extracomment>
        <translation>请在光线更好处重试，或使用其他方式。</translation>
    </message>
    <message>
        <source>{name} changed after you reviewed it: its fingerprint is no longer the one you saw.</source>
        <extracomment>DocumentNotAsReviewed.what</extracomment>
        <translation>{name} 在您审阅后被更改：其指纹已不是您看到的那个。</translation>
    </message>
    <message>
        <source>Nothing was signed. Review the documents again, then sign.</source>
        <extracomment>DocumentNotAsReviewed.todo</extracomment>
        <translation>未签署任何文件。请重新审阅文件后再签署。</translation>
    </message>
    <message>
        <source>Seal custody: {detail}.</source>
        <extracomment>CustodyError.what</extracomment>
        <translation>印章管理：{detail}。</translation>
    </message>
    <message>
        <source>Evidence sync failed ({detail}).</source>
        <extracomment>SyncError.what</extracomment>
        <translation>证据同步失败（{detail}）。</translation>
    </message>
    <message>
        <source>Try again later; the evidence stays in the vault and is sent then.</source>
        <extracomment>SyncError.todo</extracomment>
        <translation>请稍后重试；证据保留在保险库中，届时再发送。</translation>
    </message>
    <message>
        <source>The SM2 vendor profile {path} cannot be used ({detail}).</source>
        <extracomment>Sm2ProfileError.what</extracomment>
        <translation>无法使用 SM2 厂商配置文件 {path}（{detail}）。</translation>
    </message>
    <message>
        <source>Fix the profile (see docs/sm2-pkcs11.md for its fields and example values).</source>
        <extracomment>Sm2ProfileError.todo</extracomment>
        <translation>请修正配置文件（字段与示例值见 docs/sm2-pkcs11.md）。</translation>
    </message>
    <message>
        <source>The SM2 library failed: {detail}.</source>
        <extracomment>Sm2LibraryError.what</extracomment>
        <translation>SM2 算法库出错：{detail}。</translation>
    </message>
    <message>
        <source>The agreement text {name} is missing or damaged ({detail}).</source>
        <extracomment>AgreementTextMissing.what</extracomment>
        <translation>协议文本 {name} 缺失或已损坏（{detail}）。</translation>
    </message>
    <message>
        <source>{path} is not a PDF file.</source>
        <extracomment>NotAPdf.what</extracomment>
        <translation>{path} 不是 PDF 文件。</translation>
    </message>
    <message>
        <source>Choose a PDF document.</source>
        <extracomment>NotAPdf.todo</extracomment>
        <translation>请选择 PDF 文档。</translation>
    </message>
    <message>
        <source>{path} is damaged or truncated and cannot be signed ({detail}).</source>
        <extracomment>DamagedPdf.what</extracomment>
        <translation>{path} 已损坏或不完整，无法签署（{detail}）。</translation>
    </message>
    <message>
        <source>Obtain an intact copy of the document.</source>
        <extracomment>DamagedPdf.todo, crypto/review/revisions.py, crypto/review/visual.py</extracomment>
        <translation>请获取该文档的完整副本。</translation>
    </message>
    <message>
        <source>{path} is password-protected.</source>
        <extracomment>EncryptedPdf.what</extracomment>
        <translation>{path} 受密码保护。</translation>
    </message>
    <message>
        <source>Give the document&apos;s password (--pdf-password-env).</source>
        <extracomment>EncryptedPdf.todo</extracomment>
        <translation>请提供文档密码（--pdf-password-env）。</translation>
    </message>
    <message>
        <source>The password for {path} is wrong.</source>
        <extracomment>WrongPdfPassword.what</extracomment>
        <translation>{path} 的密码不正确。</translation>
    </message>
    <message>
        <source>Check the document&apos;s password.</source>
        <extracomment>WrongPdfPassword.todo</extracomment>
        <translation>请核对文档密码。</translation>
    </message>
    <message>
        <source>{path} cannot be signed: {detail}.</source>
        <extracomment>UnsupportedPdf.what</extracomment>
        <translation>{path} 无法签署：{detail}。</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <extracomment>OutputExists.what</extracomment>
        <translation>{path} 已存在。</translation>
    </message>
    <message>
        <source>Choose another output name, or pass --overwrite.</source>
        <extracomment>OutputExists.todo</extracomment>
        <translation>请另选输出文件名，或使用 --overwrite 覆盖。</translation>
    </message>
    <message>
        <source>The PKCS#11 driver {path} could not be loaded ({detail}).</source>
        <extracomment>ModuleNotFound.what</extracomment>
        <translation>无法加载 PKCS#11 驱动 {path}（{detail}）。</translation>
    </message>
    <message>
        <source>Install the token vendor&apos;s driver, or give its path with --module. A 64-bit SealDesk needs the 64-bit driver.</source>
        <extracomment>ModuleNotFound.todo</extracomment>
        <translation>请安装令牌厂商提供的驱动，或用 --module 指定驱动路径。64 位签章台需要 64 位驱动。</translation>
    </message>
    <message>
        <source>No security token was found.</source>
        <extracomment>NoToken.what</extracomment>
        <translation>未找到安全令牌。</translation>
    </message>
    <message>
        <source>Insert the USB key and check that its driver is installed.</source>
        <extracomment>NoToken.todo</extracomment>
        <translation>请插入 USB Key，并确认已安装其驱动。</translation>
    </message>
    <message>
        <source>The security token was removed during the operation.</source>
        <extracomment>TokenRemoved.what</extracomment>
        <translation>操作过程中安全令牌被拔出。</translation>
    </message>
    <message>
        <source>Re-insert the token and sign again; nothing was written.</source>
        <extracomment>TokenRemoved.todo</extracomment>
        <translation>请重新插入令牌后再次签署；本次未写入任何文件。</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <extracomment>PinIncorrect.what</extracomment>
        <translation>PIN 码错误。</translation>
    </message>
    <message>
        <source>Check the PIN and try again.</source>
        <extracomment>PinIncorrect.todo, crypto/errors.py:232</extracomment>
        <translation>请核对 PIN 码后重试。</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked after too many wrong attempts.</source>
        <extracomment>PinLocked.what</extracomment>
        <translation>PIN 码错误次数过多，令牌已被锁定。</translation>
    </message>
    <message>
        <source>Ask your certificate authority or administrator to unlock it with the SO PIN.</source>
        <extracomment>PinLocked.todo</extracomment>
        <translation>请联系证书颁发机构（CA）或管理员，用 SO PIN（管理员 PIN 码）解锁。</translation>
    </message>
    <message>
        <source>The PIN has a form the token does not accept ({detail}).</source>
        <extracomment>PinInvalid.what</extracomment>
        <translation>令牌不接受此 PIN 码的格式（{detail}）。</translation>
    </message>
    <message>
        <source>Check the PIN&apos;s length and characters.</source>
        <extracomment>PinInvalid.todo</extracomment>
        <translation>请检查 PIN 码的长度和字符。</translation>
    </message>
    <message>
        <source>No usable signing key matches {selector}.</source>
        <extracomment>KeyNotFound.what</extracomment>
        <translation>没有与 {selector} 匹配的可用签名密钥。</translation>
    </message>
    <message>
        <source>List the keys with &apos;sealdesk tokens&apos; and choose one.</source>
        <extracomment>KeyNotFound.todo</extracomment>
        <translation>请运行 sealdesk tokens 列出密钥，并从中选择一个。</translation>
    </message>
    <message>
        <source>The SKF library {path} could not be loaded ({detail}).</source>
        <extracomment>SkfLibraryError.what</extracomment>
        <translation>无法加载 SKF 接口库 {path}（{detail}）。</translation>
    </message>
    <message>
        <source>Install the USB key vendor&apos;s SKF library (GM/T 0016) and give its path. A 64-bit SealDesk needs the 64-bit library.</source>
        <extracomment>SkfLibraryError.todo</extracomment>
        <translation>请安装 USB Key 厂商提供的 SKF 接口库（GM/T 0016）并指定其路径。64 位签章台需要 64 位的接口库。</translation>
    </message>
    <message>
        <source>The token does not offer the mechanism {mechanism} ({purpose}).</source>
        <extracomment>MechanismMissing.what</extracomment>
        <translation>令牌不支持机制 {mechanism}（{purpose}）。</translation>
    </message>
    <message>
        <source>Check the vendor profile or use a token that supports it.</source>
        <extracomment>MechanismMissing.todo</extracomment>
        <translation>请检查厂商配置文件，或使用支持该机制的令牌。</translation>
    </message>
    <message>
        <source>The key on the token cannot be used for this: {detail}.</source>
        <extracomment>KeyOperationRefused.what</extracomment>
        <translation>令牌上的密钥不能用于此操作：{detail}。</translation>
    </message>
    <message>
        <source>Choose a key (certificate) on the token that allows it.</source>
        <extracomment>KeyOperationRefused.todo</extracomment>
        <translation>请选择令牌上允许此操作的密钥（证书）。</translation>
    </message>
    <message>
        <source>The signing certificate for {subject} expired on {not_after}.</source>
        <extracomment>CertificateExpired.what</extracomment>
        <translation>{subject} 的签名证书已于 {not_after} 过期。</translation>
    </message>
    <message>
        <source>Renew the certificate, or choose another one.</source>
        <extracomment>CertificateExpired.todo</extracomment>
        <translation>请更新证书，或选择其他证书。</translation>
    </message>
    <message>
        <source>The signing certificate for {subject} is valid only from {not_before}.</source>
        <extracomment>CertificateNotYetValid.what</extracomment>
        <translation>{subject} 的签名证书自 {not_before} 起才生效。</translation>
    </message>
    <message>
        <source>Check the computer&apos;s clock, or choose another certificate.</source>
        <extracomment>CertificateNotYetValid.todo</extracomment>
        <translation>请检查计算机时钟，或选择其他证书。</translation>
    </message>
    <message>
        <source>The signing certificate for {subject} has been revoked ({detail}).</source>
        <extracomment>CertificateRevoked.what</extracomment>
        <translation>{subject} 的签名证书已被吊销（{detail}）。</translation>
    </message>
    <message>
        <source>Do not use this certificate; ask your certificate authority for a new one.</source>
        <extracomment>CertificateRevoked.todo</extracomment>
        <translation>请勿再使用此证书；请向证书颁发机构（CA）申请新证书。</translation>
    </message>
    <message>
        <source>The signing certificate&apos;s chain could not be validated: {detail}.</source>
        <extracomment>CertificateUntrusted.what</extracomment>
        <translation>无法验证签名证书的证书链：{detail}。</translation>
    </message>
    <message>
        <source>Add the issuing CA with --trust, or check the network for revocation sources.</source>
        <extracomment>CertificateUntrusted.todo</extracomment>
        <translation>请用 --trust 添加签发该证书的 CA，或检查网络能否访问吊销信息源（OCSP/CRL）。</translation>
    </message>
    <message>
        <source>The certificate for {subject} does not have an SM2 key ({detail}).</source>
        <extracomment>NotSm2Key.what</extracomment>
        <translation>{subject} 的证书使用的不是 SM2 密钥（{detail}）。</translation>
    </message>
    <message>
        <source>Choose an SM2 certificate and key for an SM2 signature.</source>
        <extracomment>NotSm2Key.todo</extracomment>
        <translation>进行 SM2 签名时，请选择 SM2 证书及其密钥。</translation>
    </message>
    <message>
        <source>The timestamp service at {url} could not be reached ({detail}).</source>
        <extracomment>TsaUnavailable.what</extracomment>
        <translation>无法连接时间戳服务 {url}（{detail}）。</translation>
    </message>
    <message>
        <source>Check the network, or sign at level B-B now and add the timestamp later.</source>
        <extracomment>TsaUnavailable.todo</extracomment>
        <translation>请检查网络，或先以 B-B 级别签署，稍后再补加时间戳。</translation>
    </message>
    <message>
        <source>Revocation information for {subject} could not be obtained ({detail}).</source>
        <extracomment>RevocationUnavailable.what</extracomment>
        <translation>无法获取 {subject} 的吊销信息（{detail}）。</translation>
    </message>
    <message>
        <source>Check the network, or sign at level B-T and add validation data later.</source>
        <extracomment>RevocationUnavailable.todo</extracomment>
        <translation>请检查网络，或先以 B-T 级别签署，稍后再补加验证数据。</translation>
    </message>
    <message>
        <source>The e-signing platform at {url} could not be reached ({detail}).</source>
        <extracomment>PlatformUnavailable.what</extracomment>
        <translation>无法连接电子签约平台 {url}（{detail}）。</translation>
    </message>
    <message>
        <source>Check the network, or confirm your intent with the token PIN.</source>
        <extracomment>PlatformUnavailable.todo</extracomment>
        <translation>请检查网络，或使用证书 PIN 确认签署意愿。</translation>
    </message>
    <message>
        <source>The e-signing platform refused the request ({detail}).</source>
        <extracomment>PlatformRefused.what</extracomment>
        <translation>电子签约平台拒绝了请求（{detail}）。</translation>
    </message>
    <message>
        <source>Try again later, or confirm your intent with another method.</source>
        <extracomment>PlatformRefused.todo</extracomment>
        <translation>请稍后重试，或用其他方式确认签署意愿。</translation>
    </message>
    <message>
        <source>The platform does not know this signer&apos;s phone number.</source>
        <extracomment>UnknownSigner.what</extracomment>
        <translation>平台没有登记该签署人的手机号码。</translation>
    </message>
    <message>
        <source>Ask your administrator to register the signer, or use another method.</source>
        <extracomment>UnknownSigner.todo</extracomment>
        <translation>请联系管理员登记签署人，或使用其他方式。</translation>
    </message>
    <message>
        <source>Too many requests were sent to the platform.</source>
        <extracomment>RateLimited.what</extracomment>
        <translation>发送到平台的请求过多。</translation>
    </message>
    <message>
        <source>Wait {seconds} s, then try again.</source>
        <extracomment>RateLimited.todo</extracomment>
        <translation>请等待 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <source>Signature field problem: {detail}.</source>
        <extracomment>FieldError.what</extracomment>
        <translation>签名域有问题：{detail}。</translation>
    </message>
    <message>
        <source>Choose another field name, or omit --field to create a new one.</source>
        <extracomment>FieldError.todo</extracomment>
        <translation>请另选签名域名称，或省略 --field 以新建签名域。</translation>
    </message>
    <message>
        <source>The seal cannot be placed: {detail}.</source>
        <extracomment>PlacementError.what</extracomment>
        <translation>无法放置印章：{detail}。</translation>
    </message>
    <message>
        <source>Check the page number, rectangle or anchor text.</source>
        <extracomment>PlacementError.todo</extracomment>
        <translation>请检查页码、矩形区域或定位文字。</translation>
    </message>
    <message>
        <source>The seal image {path} cannot be used: {detail}.</source>
        <extracomment>SealImageError.what</extracomment>
        <translation>印章图片 {path} 无法使用：{detail}。</translation>
    </message>
    <message>
        <source>Use a PNG image with a transparent background.</source>
        <extracomment>SealImageError.todo</extracomment>
        <translation>请使用透明背景的 PNG 图片。</translation>
    </message>
    <message>
        <source>The signed output did not verify: {detail}.</source>
        <extracomment>VerificationFailed.what</extracomment>
        <translation>签署后的文件未通过验证：{detail}。</translation>
    </message>
    <message>
        <source>Nothing was written. Please report this problem.</source>
        <extracomment>VerificationFailed.todo</extracomment>
        <translation>未写入任何文件。请报告此问题。</translation>
    </message>
    <message>
        <source>The second signature needs an RSA or ECDSA key, but {subject} has an SM2 key.</source>
        <extracomment>SecondSignatureKey.what</extracomment>
        <translation>第二个签名需要 RSA 或 ECDSA 密钥，但 {subject} 的密钥是 SM2 密钥。</translation>
    </message>
    <message>
        <source>Choose a certificate with an RSA or ECDSA key for the second signature.</source>
        <extracomment>SecondSignatureKey.todo</extracomment>
        <translation>请为第二个签名选择使用 RSA 或 ECDSA 密钥的证书。</translation>
    </message>
    <message>
        <source>A certification signature that allows no changes (DocMDP level 1) cannot be followed by a second signature.</source>
        <extracomment>SecondSignatureNotAllowed.what</extracomment>
        <translation>不允许任何修改的认证签名（DocMDP 级别 1）之后不能再添加第二个签名。</translation>
    </message>
    <message>
        <source>Certify with level 2 or 3, or sign without the second signature.</source>
        <extracomment>SecondSignatureNotAllowed.todo</extracomment>
        <translation>请改用级别 2 或 3 进行认证，或不添加第二个签名。</translation>
    </message>
    <message>
        <source>There is no agreement named {kind}.</source>
        <extracomment>UnknownAgreement.what</extracomment>
        <translation>没有名为 {kind} 的协议。</translation>
    </message>
    <message>
        <source>Use one of: {kinds}.</source>
        <extracomment>UnknownAgreement.todo</extracomment>
        <translation>请使用以下之一：{kinds}。</translation>
    </message>
    <message>
        <source>Nothing was recorded: agreeing to {agreements} needs your explicit confirmation.</source>
        <extracomment>AgreementNotConfirmed.what</extracomment>
        <translation>未记录任何内容：同意 {agreements} 需要您明确确认。</translation>
    </message>
    <message>
        <source>Read each text (sealdesk consent show KIND), then repeat the command with {flags}.</source>
        <extracomment>AgreementNotConfirmed.todo</extracomment>
        <translation>请逐一阅读协议文本（sealdesk consent show KIND），然后加上 {flags} 重新执行命令。</translation>
    </message>
    <message>
        <source>Consent to {kind} is not given in advance: it is asked before each face check.</source>
        <extracomment>NotAStandingConsent.what</extracomment>
        <translation>{kind} 的同意不能预先给出：每次人脸核验前都会单独征求。</translation>
    </message>
    <message>
        <source>Choose the face check when signing; its consent is asked there.</source>
        <extracomment>NotAStandingConsent.todo</extracomment>
        <translation>请在签署时选择人脸核验，届时会征求同意。</translation>
    </message>
    <message>
        <source>There is no vault at {path}.</source>
        <extracomment>VaultNotFound.what</extracomment>
        <translation>{path} 处没有保险库。</translation>
    </message>
    <message>
        <source>Create one with &apos;sealdesk vault init&apos;, or give its folder with --vault.</source>
        <extracomment>VaultNotFound.todo</extracomment>
        <translation>请运行 sealdesk vault init 新建保险库，或用 --vault 指定保险库文件夹。</translation>
    </message>
    <message>
        <source>A vault already exists at {path}.</source>
        <extracomment>VaultExists.what</extracomment>
        <translation>{path} 处已存在保险库。</translation>
    </message>
    <message>
        <source>Use it, or choose another folder with --vault.</source>
        <extracomment>VaultExists.todo</extracomment>
        <translation>请直接使用该保险库，或用 --vault 另选文件夹。</translation>
    </message>
    <message>
        <source>Wrong passphrase or damaged vault: {path} could not be opened.</source>
        <extracomment>VaultWrongKey.what</extracomment>
        <translation>口令错误或保险库已损坏：无法打开 {path}。</translation>
    </message>
    <message>
        <source>Check the passphrase (or the key in the system keyring); nothing was changed.</source>
        <extracomment>VaultWrongKey.todo</extracomment>
        <translation>请核对口令（或系统密钥环中的密钥）；未做任何更改。</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <extracomment>VaultLocked.what</extracomment>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>Unlock it again with its passphrase.</source>
        <extracomment>VaultLocked.todo</extracomment>
        <translation>请用口令重新解锁。</translation>
    </message>
    <message>
        <source>The vault at {path} is in use by another SealDesk process.</source>
        <extracomment>VaultBusy.what</extracomment>
        <translation>位于 {path} 的保险库正被另一个签章台进程使用。</translation>
    </message>
    <message>
        <source>Close the other SealDesk window or command, then try again.</source>
        <extracomment>VaultBusy.todo</extracomment>
        <translation>请关闭另一个签章台窗口或命令，然后重试。</translation>
    </message>
    <message>
        <source>The vault key could not be obtained from {source} ({detail}).</source>
        <extracomment>VaultKeySourceError.what</extracomment>
        <translation>无法从 {source} 获取保险库密钥（{detail}）。</translation>
    </message>
    <message>
        <source>Check the system keyring, or unlock the vault with its passphrase.</source>
        <extracomment>VaultKeySourceError.todo</extracomment>
        <translation>请检查系统密钥环，或用口令解锁保险库。</translation>
    </message>
    <message>
        <source>The vault at {path} was created by a newer SealDesk (format {version}).</source>
        <extracomment>VaultTooNew.what</extracomment>
        <translation>位于 {path} 的保险库由更新版本的签章台创建（格式版本 {version}）。</translation>
    </message>
    <message>
        <source>Update SealDesk to open it.</source>
        <extracomment>VaultTooNew.todo</extracomment>
        <translation>请升级签章台后再打开。</translation>
    </message>
    <message>
        <source>No document in the vault matches {ident}.</source>
        <extracomment>VaultDocumentNotFound.what</extracomment>
        <translation>保险库中没有与 {ident} 匹配的文档。</translation>
    </message>
    <message>
        <source>List the documents with &apos;sealdesk vault list&apos;.</source>
        <extracomment>VaultDocumentNotFound.todo</extracomment>
        <translation>请运行 sealdesk vault list 列出文档。</translation>
    </message>
    <message>
        <source>Several documents in the vault match {ident}.</source>
        <extracomment>VaultDocumentAmbiguous.what</extracomment>
        <translation>保险库中有多个文档与 {ident} 匹配。</translation>
    </message>
    <message>
        <source>Give more characters of the document ID.</source>
        <extracomment>VaultDocumentAmbiguous.todo</extracomment>
        <translation>请提供更多位的文档 ID。</translation>
    </message>
    <message>
        <source>Document {ident} was destroyed on {when} and cannot be recovered.</source>
        <extracomment>VaultDocumentDestroyed.what</extracomment>
        <translation>文档 {ident} 已于 {when} 销毁，无法恢复。</translation>
    </message>
    <message>
        <source>The vault&apos;s contents were altered: {detail}.</source>
        <extracomment>VaultTampered.what</extracomment>
        <translation>保险库内容已被篡改：{detail}。</translation>
    </message>
    <message>
        <source>Restore the vault from a backup and keep this copy for investigation.</source>
        <extracomment>VaultTampered.todo</extracomment>
        <translation>请从备份恢复保险库，并保留当前副本以供调查。</translation>
    </message>
    <message>
        <source>The vault at {path} cannot change its key this way ({detail}).</source>
        <extracomment>RekeyNotPossible.what</extracomment>
        <translation>位于 {path} 的保管库不能以这种方式更换密钥（{detail}）。</translation>
    </message>
    <message>
        <source>Use &apos;sealdesk vault passwd&apos; for a passphrase vault, or choose --keyring / --token-key.</source>
        <extracomment>RekeyNotPossible.todo</extracomment>
        <translation>口令保管库请使用 &apos;sealdesk vault passwd&apos;，或选择 --keyring / --token-key。</translation>
    </message>
    <message>
        <source>Correct it and try again.</source>
        <extracomment>LetterFieldInvalid.todo</extracomment>
        <translation>请更正后重试。</translation>
    </message>
    <message>
        <source>No seal in the registry matches {ident}.</source>
        <extracomment>SealNotFound.what</extracomment>
        <translation>印章登记中没有与 {ident} 匹配的印章。</translation>
    </message>
    <message>
        <source>List the seals with &apos;sealdesk seal list&apos;.</source>
        <extracomment>SealNotFound.todo</extracomment>
        <translation>可用 &apos;sealdesk seal list&apos; 列出印章。</translation>
    </message>
    <message>
        <source>The seal {name} is already registered (id {ident}).</source>
        <extracomment>SealExists.what</extracomment>
        <translation>印章 {name} 已登记（编号 {ident}）。</translation>
    </message>
    <message>
        <source>Use the registered seal, or give the new one another name.</source>
        <extracomment>SealExists.todo</extracomment>
        <translation>请使用已登记的印章，或为新印章另取名称。</translation>
    </message>
    <message>
        <source>The seal cannot be registered: {detail}.</source>
        <extracomment>SealInvalid.what</extracomment>
        <translation>无法登记该印章：{detail}。</translation>
    </message>
    <message>
        <source>Check the seal&apos;s image, certificate and the people allowed to use it.</source>
        <extracomment>SealInvalid.todo</extracomment>
        <translation>请检查印章图片、证书以及有权使用的人员。</translation>
    </message>
    <message>
        <source>The seal {name} is not valid now ({detail}).</source>
        <extracomment>SealNotValid.what</extracomment>
        <translation>印章 {name} 当前不在有效期内（{detail}）。</translation>
    </message>
    <message>
        <source>Ask the seal&apos;s administrator to renew its validity.</source>
        <extracomment>SealNotValid.todo</extracomment>
        <translation>请印章管理员延长其有效期。</translation>
    </message>
    <message>
        <source>The certificate {subject} may not {action} for the seal {name}.</source>
        <extracomment>NotAllowed.what</extracomment>
        <translation>证书 {subject} 无权对印章 {name} {action}。</translation>
    </message>
    <message>
        <source>Use the key of a person the seal&apos;s registry entry names.</source>
        <extracomment>NotAllowed.todo</extracomment>
        <translation>请使用印章登记中列明人员的密钥。</translation>
    </message>
    <message>
        <source>The signed {kind} does not verify: {detail}.</source>
        <extracomment>SignedObjectInvalid.what</extracomment>
        <translation>已签名的{kind}验证未通过：{detail}。</translation>
    </message>
    <message>
        <source>Do not use it; ask its sender for a new copy.</source>
        <extracomment>SignedObjectInvalid.todo</extracomment>
        <translation>请勿使用；请发送方重新提供。</translation>
    </message>
    <message>
        <source>No seal-use request matches {ident}.</source>
        <extracomment>RequestNotFound.what</extracomment>
        <translation>没有与 {ident} 匹配的用印申请。</translation>
    </message>
    <message>
        <source>List the requests with &apos;sealdesk request list&apos;.</source>
        <extracomment>RequestNotFound.todo</extracomment>
        <translation>可用 &apos;sealdesk request list&apos; 列出申请。</translation>
    </message>
    <message>
        <source>The request {ident} is {state}: it cannot be {action}.</source>
        <extracomment>RequestState.what</extracomment>
        <translation>申请 {ident} 状态为{state}：不能{action}。</translation>
    </message>
    <message>
        <source>The request file {path} was already imported ({detail}).</source>
        <extracomment>RequestReplayed.what</extracomment>
        <translation>申请文件 {path} 已导入过（{detail}）。</translation>
    </message>
    <message>
        <source>Nothing was changed; there is nothing more to import from this file.</source>
        <extracomment>RequestReplayed.todo</extracomment>
        <translation>未做任何更改；此文件中没有可导入的新内容。</translation>
    </message>
    <message>
        <source>{path} is not a valid seal-use request file: {detail}.</source>
        <extracomment>RequestFileInvalid.what</extracomment>
        <translation>{path} 不是有效的用印申请文件：{detail}。</translation>
    </message>
    <message>
        <source>Ask its sender to export it again with &apos;sealdesk request export&apos;.</source>
        <extracomment>RequestFileInvalid.todo</extracomment>
        <translation>请发送方用 &apos;sealdesk request export&apos; 重新导出。</translation>
    </message>
    <message>
        <source>{path} is not one of the documents approved by request {ident} ({detail}).</source>
        <extracomment>DocumentNotApproved.what</extracomment>
        <translation>{path} 不是用印申请 {ident} 已批准的文件（{detail}）。</translation>
    </message>
    <message>
        <source>Seal only the documents as approved; a changed document needs a new request.</source>
        <extracomment>DocumentNotApproved.todo</extracomment>
        <translation>只能对批准时的文件用印；文件改动后须重新申请。</translation>
    </message>
    <message>
        <source>The signature of document {ident} could not be upgraded yet: {detail}.</source>
        <extracomment>QueueUpgradeFailed.what</extracomment>
        <translation>文档 {ident} 的签名暂时无法升级：{detail}。</translation>
    </message>
    <message>
        <source>It stays in the queue and is tried again later.</source>
        <extracomment>QueueUpgradeFailed.todo</extracomment>
        <translation>它仍在队列中，稍后会再次尝试。</translation>
    </message>
    <message>
        <source>The platform already holds {detail} for request {ident}.</source>
        <extracomment>MailboxConflict.what</extracomment>
        <translation>平台上的申请 {ident} 已有{detail}。</translation>
    </message>
    <message>
        <source>Fetch from the platform (&apos;sealdesk request fetch&apos;) and look at the request again.</source>
        <extracomment>MailboxConflict.todo</extracomment>
        <translation>请先从平台获取（&apos;sealdesk request fetch&apos;），再查看该申请。</translation>
    </message>
    <message>
        <source>Request {ident} is not sent to the platform: {detail}.</source>
        <extracomment>NotShareable.what</extracomment>
        <translation>申请 {ident} 不会发送到平台：{detail}。</translation>
    </message>
    <message>
        <source>Carry it as a request file instead (&apos;sealdesk request export&apos;).</source>
        <extracomment>NotShareable.todo</extracomment>
        <translation>请改用申请文件传递（&apos;sealdesk request export&apos;）。</translation>
    </message>
    <message>
        <source>The platform&apos;s list of seal-use requests is not usable ({detail}).</source>
        <extracomment>MailboxAnswerInvalid.what</extracomment>
        <translation>平台返回的用印申请列表无法使用（{detail}）。</translation>
    </message>
    <message>
        <source>Nothing was changed past the last good entry; try again later or tell the operator.</source>
        <extracomment>MailboxAnswerInvalid.todo</extracomment>
        <translation>最后一条有效记录之后的内容均未改动；请稍后重试，或告知平台运营方。</translation>
    </message>
    <message>
        <source>The platform address {url} is not allowed: {detail}.</source>
        <extracomment>InsecurePlatformUrl.what</extracomment>
        <translation>不允许使用平台地址 {url}：{detail}。</translation>
    </message>
    <message>
        <source>Use an https:// address (plain http:// only to 127.0.0.1, ::1 or localhost).</source>
        <extracomment>InsecurePlatformUrl.todo</extracomment>
        <translation>请使用 https:// 地址（明文 http:// 仅限 127.0.0.1、::1 或 localhost）。</translation>
    </message>
    <message>
        <source>This vault is not registered with an e-signing platform.</source>
        <extracomment>PlatformNotConfigured.what</extracomment>
        <translation>此保险库尚未在电子签约平台注册。</translation>
    </message>
    <message>
        <source>Register it first: sealdesk sync register --platform URL --enrolment-token-env VAR.</source>
        <extracomment>PlatformNotConfigured.todo</extracomment>
        <translation>请先注册：sealdesk sync register --platform URL --enrolment-token-env VAR。</translation>
    </message>
    <message>
        <source>The platform {url} could not be reached ({detail}).</source>
        <extracomment>PlatformUnreachable.what</extracomment>
        <translation>无法连接平台 {url}（{detail}）。</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings; the sync tries again by itself.</source>
        <extracomment>PlatformUnreachable.todo</extracomment>
        <translation>请检查网络连接和代理设置；同步会自动重试。</translation>
    </message>
    <message>
        <source>The platform {url} did not prove its identity ({detail}).</source>
        <extracomment>PlatformTlsError.what</extracomment>
        <translation>平台 {url} 未能证明其身份（{detail}）。</translation>
    </message>
    <message>
        <source>Check the platform address and its certificate authority (--ca-file); do not continue if you do not trust this network.</source>
        <extracomment>PlatformTlsError.todo</extracomment>
        <translation>请检查平台地址及其证书颁发机构（--ca-file）；如不信任当前网络，请勿继续。</translation>
    </message>
    <message>
        <source>The platform refused the request: {error} ({status}).</source>
        <extracomment>PlatformRefused.what</extracomment>
        <translation>平台拒绝了请求：{error}（{status}）。</translation>
    </message>
    <message>
        <source>Check the registration and the computer&apos;s clock; ask the operator if it persists.</source>
        <extracomment>PlatformRefused.todo</extracomment>
        <translation>请检查注册信息和本机时钟；如问题持续，请联系平台运营方。</translation>
    </message>
    <message>
        <source>The platform is busy or failing ({detail}).</source>
        <extracomment>PlatformBusy.what</extracomment>
        <translation>平台繁忙或出现故障（{detail}）。</translation>
    </message>
    <message>
        <source>Nothing to do: the sync tries again later by itself.</source>
        <extracomment>PlatformBusy.todo</extracomment>
        <translation>无需操作：同步稍后会自动重试。</translation>
    </message>
    <message>
        <source>The platform refused the enrolment token ({detail}).</source>
        <extracomment>EnrolmentRefused.what</extracomment>
        <translation>平台拒绝了注册令牌（{detail}）。</translation>
    </message>
    <message>
        <source>Ask the platform operator for a new enrolment token.</source>
        <extracomment>EnrolmentRefused.todo</extracomment>
        <translation>请向平台运营方索取新的注册令牌。</translation>
    </message>
    <message>
        <source>A platform receipt did not verify: {detail}. The receipt was not stored.</source>
        <extracomment>ReceiptRejected.what</extracomment>
        <translation>平台回执未通过验证：{detail}。该回执未被保存。</translation>
    </message>
    <message>
        <source>The evidence stays in the vault. Tell the platform operator: the log may have been forked or rewritten, or the answer was altered on the way.</source>
        <extracomment>ReceiptRejected.todo</extracomment>
        <translation>证据仍保留在保险库中。请通知平台运营方：日志可能已被分叉或改写，或应答在传输途中被篡改。</translation>
    </message>
    <message>
        <source>The USB key {label} does not hold the certificate the vault is locked to ({fingerprint}…).</source>
        <extracomment>TokenKeyMismatch.what</extracomment>
        <translation>USB 密钥 {label} 中没有保管库所绑定的证书（{fingerprint}…）。</translation>
    </message>
    <message>
        <source>Insert the USB key this vault was set up with; nothing was changed.</source>
        <extracomment>TokenKeyMismatch.todo</extracomment>
        <translation>请插入设置此保管库时使用的 USB 密钥；未做任何更改。</translation>
    </message>
    <message>
        <source>The USB key {label} could not open the vault key.</source>
        <extracomment>TokenUnwrapFailed.what</extracomment>
        <translation>USB 密钥 {label} 无法解开保管库密钥。</translation>
    </message>
    <message>
        <source>Check that this is the USB key the vault was set up with; nothing was changed.</source>
        <extracomment>TokenUnwrapFailed.todo</extracomment>
        <translation>请确认这是设置保管库时使用的 USB 密钥；未做任何更改。</translation>
    </message>
    <message>
        <source>The platform {url} presented a key that does not match the pinned key.</source>
        <extracomment>PlatformPinMismatch.what</extracomment>
        <translation>平台 {url} 出示的密钥与固定的密钥不符。</translation>
    </message>
    <message>
        <source>Check with the platform operator whether its key changed, then update the pin.</source>
        <extracomment>PlatformPinMismatch.todo</extracomment>
        <translation>请向平台运营方确认其密钥是否已更换，然后更新固定值。</translation>
    </message>
    <message>
        <source>The platform {url} has revoked this computer&apos;s registration.</source>
        <extracomment>DeviceRevoked.what</extracomment>
        <translation>平台 {url} 已吊销本计算机的注册。</translation>
    </message>
    <message>
        <source>The evidence stays in the vault and is no longer sent. Ask the platform operator why this computer was revoked.</source>
        <extracomment>DeviceRevoked.todo</extracomment>
        <translation>证据仍保存在保险库中，但不再发送。请向平台运营方询问本计算机被吊销的原因。</translation>
    </message>
    <message>
        <source>The platform already holds different fingerprints for event {event_id}.</source>
        <extracomment>EventConflict.what</extracomment>
        <translation>平台上事件 {event_id} 已存有不同的指纹。</translation>
    </message>
    <message>
        <source>The evidence stays in the vault. This happens when a vault is restored from an old copy; tell the platform operator.</source>
        <extracomment>EventConflict.todo</extracomment>
        <translation>证据仍保留在保险库中。从旧副本恢复保险库时会出现这种情况；请通知平台运营方。</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>PKCS#12 密码</translation>
    </message>
    <message>
        <source>{path} is not a JSON file (it is not UTF-8 text)</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>{path} 不是 JSON 文件（它不是 UTF-8 文本）</translation>
    </message>
    <message>
        <source>{path} is not a JSON file (a mistake at line {line}, column {column})</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>{path} 不是 JSON 文件（第 {line} 行第 {column} 列有错误）</translation>
    </message>
    <message>
        <source>{path} must hold one JSON object</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>{path} 必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>{path} has unknown fields: {names} (known: {known})</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>{path} 含有未知字段：{names}（可用字段：{known}）</translation>
    </message>
    <message>
        <source>--i-agree {kind} names an agreement that is not being accepted</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>--i-agree {kind} 指定的协议不在本次同意之列</translation>
    </message>
    <message>
        <source>--until goes with --since, not --document</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>--until 应与 --since 一起使用，而不是 --document</translation>
    </message>
    <message>
        <source>a period needs both --since and --until</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>期间需要同时给出 --since 和 --until</translation>
    </message>
    <message>
        <source>the period ends before it begins</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>期间的结束早于开始</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD) or an RFC 3339 time</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>{value} 不是日期（YYYY-MM-DD）或 RFC 3339 时间</translation>
    </message>
    <message>
        <source>timestamp service password</source>
        <extracomment>app/cli/custody_actions.py, app/cli/ltv_cmd.py, app/cli/sign_cmd.py</extracomment>
        <translation>时间戳服务密码</translation>
    </message>
    <message>
        <source>token PIN</source>
        <extracomment>app/cli/custody_actions.py, app/cli/sign_cmd.py, app/cli/tokens_cmd.py, app/cli/vault_cmd.py</extracomment>
        <translation>令牌 PIN 码</translation>
    </message>
    <message>
        <source>key file password</source>
        <extracomment>app/cli/custody_actions.py, app/cli/sign_cmd.py</extracomment>
        <translation>密钥文件密码</translation>
    </message>
    <message>
        <source>The {secret} should be in the environment variable {var}, which is not set.</source>
        <extracomment>app/cli/env.py</extracomment>
        <translation>{secret}应由环境变量 {var} 提供，但该变量未设置。</translation>
    </message>
    <message>
        <source>Set {var}, or name another variable.</source>
        <extracomment>app/cli/env.py</extracomment>
        <translation>请设置 {var}，或指定其他环境变量。</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the PIN.</source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>没有可用于输入 PIN 码的终端。</translation>
    </message>
    <message>
        <source>Give the PIN in an environment variable with --pin-env VAR.</source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>请通过环境变量提供 PIN 码（--pin-env VAR）。</translation>
    </message>
    <message>
        <source>refusing to overwrite the input {path}</source>
        <extracomment>app/cli/ltv_cmd.py, app/signing/batch.py</extracomment>
        <translation>不能覆盖输入文件 {path}</translation>
    </message>
    <message>
        <source>PDF password</source>
        <extracomment>app/cli/ltv_cmd.py, app/cli/sign_cmd.py, app/cli/verify_cmd.py</extracomment>
        <translation>PDF 密码</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <extracomment>app/cli/ltv_cmd.py, app/custody/transfer.py, app/signing/batch.py</extracomment>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>unknown command {command}</source>
        <extracomment>app/cli/present.py</extracomment>
        <translation>未知命令 {command}</translation>
    </message>
    <message>
        <source>--rect takes X1,Y1,X2,Y2 in points, not &apos;{text}&apos;</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>--rect 的格式应为 X1,Y1,X2,Y2（单位为磅），而不是“{text}”</translation>
    </message>
    <message>
        <source>choose one of --page/--rect, --at-text or --cross-page</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>--page/--rect、--at-text 和 --cross-page 只能选择其一</translation>
    </message>
    <message>
        <source>--page and --rect go together</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>--page 和 --rect 必须同时使用</translation>
    </message>
    <message>
        <source>say where the seal goes: --page N --rect X1,Y1,X2,Y2, --at-text TEXT or --cross-page</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>请指定盖章位置：--page N --rect X1,Y1,X2,Y2、--at-text TEXT 或 --cross-page</translation>
    </message>
    <message>
        <source>--cross-page needs --seal IMAGE</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>--cross-page 需要配合 --seal IMAGE 使用</translation>
    </message>
    <message>
        <source>{flag} goes with --also-p12 or --also-key</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>{flag} 需与 --also-p12 或 --also-key 一起使用</translation>
    </message>
    <message>
        <source>second key file password</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>第二个密钥文件的密码</translation>
    </message>
    <message>
        <source>second token PIN</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>第二个令牌的 PIN 码</translation>
    </message>
    <message>
        <source>--sm2-signer-id must be 1 to 8191 bytes</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>--sm2-signer-id 必须为 1 到 8191 字节</translation>
    </message>
    <message>
        <source>the signing policy asks for a face check, which only the desktop app can do</source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>签署策略要求人脸核验，只能在桌面应用中完成</translation>
    </message>
    <message>
        <source>SMS code</source>
        <extracomment>app/cli/sms_code.py</extracomment>
        <translation>短信验证码</translation>
    </message>
    <message>
        <source>vault passphrase</source>
        <extracomment>app/cli/sync_cmd.py, app/cli/vault_cmd.py</extracomment>
        <translation>保险库口令</translation>
    </message>
    <message>
        <source>--platform URL is required</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>需要 --platform URL</translation>
    </message>
    <message>
        <source>enrolment token</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>注册令牌</translation>
    </message>
    <message>
        <source>the terminal (no terminal; use --enrolment-token-env VAR)</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>终端（没有终端；请使用 --enrolment-token-env VAR）</translation>
    </message>
    <message>
        <source>no inserted token is called {token}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>没有名为 {token} 的已插入 USB Key</translation>
    </message>
    <message>
        <source>--pin-env logs in to one token; {count} are inserted ({labels}): name one with --token</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>--pin-env 只能登录一个 USB Key；当前插入了 {count} 个（{labels}）：请用 --token 指定其中一个</translation>
    </message>
    <message>
        <source>the terminal (no terminal; use --passphrase-env VAR)</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>终端（当前没有可用终端；请使用 --passphrase-env VAR）</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>两次输入的口令不一致</translation>
    </message>
    <message>
        <source>the vault passphrase is empty</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>保险库口令为空</translation>
    </message>
    <message>
        <source>resident ID number</source>
        <extracomment>app/cli/vault_cmd.py, app/vault/personal.py</extracomment>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>add --yes to destroy without a terminal</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>没有终端时，请加上 --yes 以确认销毁</translation>
    </message>
    <message>
        <source>new vault passphrase</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>新的保险库口令</translation>
    </message>
    <message>
        <source>--jobs takes a number of 1 or more</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>--jobs 的取值应为不小于 1 的数字</translation>
    </message>
    <message>
        <source>--time-limit takes a positive number</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>--time-limit 的取值应为正数</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>no PDF files found in {paths}</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>在 {paths} 中未找到 PDF 文件</translation>
    </message>
    <message>
        <source>The PDF report is not available in this version yet.</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>当前版本尚不支持生成 PDF 报告。</translation>
    </message>
    <message>
        <source>Run again without --report, or use --json.</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>请去掉 --report 后重新运行，或使用 --json。</translation>
    </message>
    <message>
        <source>Extracting signed revisions is not available in this version yet.</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>当前版本尚不支持提取已签署的文档版本。</translation>
    </message>
    <message>
        <source>Run again without --extract-revisions.</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>请去掉 --extract-revisions 后重新运行。</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <extracomment>app/compliance/agreements.py</extracomment>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <extracomment>app/compliance/agreements.py</extracomment>
        <translation>不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>app/compliance/agreements.py</extracomment>
        <translation>为空</translation>
    </message>
    <message>
        <source>not JSON</source>
        <extracomment>app/compliance/agreements.py</extracomment>
        <translation>不是 JSON</translation>
    </message>
    <message>
        <source>unknown schema</source>
        <extracomment>app/compliance/agreements.py</extracomment>
        <translation>格式未知</translation>
    </message>
    <message>
        <source>not in the manifest</source>
        <extracomment>app/compliance/agreements.py</extracomment>
        <translation>不在清单中</translation>
    </message>
    <message>
        <source>the attestation has unexpected fields</source>
        <extracomment>app/compliance/attestation.py</extracomment>
        <translation>平台证明含有意外字段</translation>
    </message>
    <message>
        <source>the attestation names another {field}</source>
        <extracomment>app/compliance/attestation.py</extracomment>
        <translation>平台证明中的 {field} 不符</translation>
    </message>
    <message>
        <source>the attestation&apos;s signature does not verify</source>
        <extracomment>app/compliance/attestation.py</extracomment>
        <translation>平台证明的签名验证失败</translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>it must have 18 digits or capital letters</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>应为 18 位数字或大写字母</translation>
    </message>
    <message>
        <source>the check character does not match</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>校验码不符</translation>
    </message>
    <message>
        <source>the company and the matters authorised are needed</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>需要填写单位名称和授权事项</translation>
    </message>
    <message>
        <source>the authorisation ends before it begins</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>授权截止日期早于起始日期</translation>
    </message>
    <message>
        <source>the authorisation letter {id} is already registered for another document</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>授权书 {id} 已为另一份文件登记</translation>
    </message>
    <message>
        <source>company name</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>legal representative&apos;s name</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>法定代表人姓名</translation>
    </message>
    <message>
        <source>legal representative&apos;s resident ID number</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>法定代表人居民身份证号码</translation>
    </message>
    <message>
        <source>agent&apos;s name</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>代理人（受托人）姓名</translation>
    </message>
    <message>
        <source>agent&apos;s resident ID number</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>代理人（受托人）居民身份证号码</translation>
    </message>
    <message>
        <source>matters authorised</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>委托事项</translation>
    </message>
    <message>
        <source>first day of validity</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>授权起始日期</translation>
    </message>
    <message>
        <source>last day of validity</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>授权截止日期</translation>
    </message>
    <message>
        <source>it is missing</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>未填写</translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>日期格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>it must be text (in quotes in a JSON file)</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>必须是文本（在 JSON 文件中用引号括起）</translation>
    </message>
    <message>
        <source>it is longer than {n} characters</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>超过 {n} 个字符</translation>
    </message>
    <message>
        <source>it is before the first day of validity</source>
        <extracomment>app/compliance/company.py</extracomment>
        <translation>早于授权起始日期</translation>
    </message>
    <message>
        <source>usage statistics</source>
        <extracomment>app/compliance/consent.py</extracomment>
        <translation>使用情况统计</translation>
    </message>
    <message>
        <source>the face check</source>
        <extracomment>app/compliance/consent.py</extracomment>
        <translation>人脸核验</translation>
    </message>
    <message>
        <source>continue</source>
        <extracomment>app/compliance/consent.py</extracomment>
        <translation>继续</translation>
    </message>
    <message>
        <source>sign</source>
        <extracomment>app/compliance/consent.py</extracomment>
        <translation>签署</translation>
    </message>
    <message>
        <source>the face detector could not be loaded</source>
        <extracomment>app/compliance/face.py</extracomment>
        <translation>无法加载人脸检测器</translation>
    </message>
    <message>
        <source>an intent policy lists pin, sms or face</source>
        <extracomment>app/compliance/intent.py</extracomment>
        <translation>意愿核验策略只能包含 pin、sms 或 face</translation>
    </message>
    <message>
        <source>the signing policy needs the platform, which cannot be reached</source>
        <extracomment>app/compliance/intent.py</extracomment>
        <translation>签署策略需要电子签约平台，但无法连接</translation>
    </message>
    <message>
        <source>no method the signing policy allows is available</source>
        <extracomment>app/compliance/intent.py</extracomment>
        <translation>签署策略允许的核验方式均不可用</translation>
    </message>
    <message>
        <source>the certificate does not chain to the platform&apos;s CA</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>该证书无法链接到平台的证书颁发机构</translation>
    </message>
    <message>
        <source>the answer names no certificate authority</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>平台的答复中没有证书颁发机构</translation>
    </message>
    <message>
        <source>the certificate answer is not valid</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>平台返回的证书无效</translation>
    </message>
    <message>
        <source>the certificate is not for the new key</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>证书与新生成的密钥不对应</translation>
    </message>
    <message>
        <source>the signer ID is 64 lowercase hex characters</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>签署人 ID 应为 64 位小写十六进制字符</translation>
    </message>
    <message>
        <source>the name is 1 to 64 characters</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>姓名应为 1 到 64 个字符</translation>
    </message>
    <message>
        <source>the PKCS#12 password is empty</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>PKCS#12 密码为空</translation>
    </message>
    <message>
        <source>the PKCS#12 password has fewer than {n} characters</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>PKCS#12 密码少于 {n} 个字符</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <extracomment>app/compliance/issuance.py</extracomment>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>the checks were made for another certificate</source>
        <extracomment>app/compliance/recording.py</extracomment>
        <translation>意愿核验针对的是另一张证书</translation>
    </message>
    <message>
        <source>a time the platform sent is not valid</source>
        <extracomment>app/compliance/sms.py</extracomment>
        <translation>平台发送的时间无效</translation>
    </message>
    <message>
        <source>the code has six digits</source>
        <extracomment>app/compliance/sms.py</extracomment>
        <translation>验证码为 6 位数字</translation>
    </message>
    <message>
        <source>the code was not confirmed</source>
        <extracomment>app/compliance/sms.py</extracomment>
        <translation>验证码未被确认</translation>
    </message>
    <message>
        <source>the challenge answer is incomplete</source>
        <extracomment>app/compliance/sms.py</extracomment>
        <translation>平台的验证码应答不完整</translation>
    </message>
    <message>
        <source>the answer does not say how many tries are left</source>
        <extracomment>app/compliance/sms.py</extracomment>
        <translation>平台的答复未说明剩余尝试次数</translation>
    </message>
    <message>
        <source>HTTP {status} {error}</source>
        <extracomment>app/compliance/sms.py, app/sync/transport.py</extracomment>
        <translation>HTTP {status} {error}</translation>
    </message>
    <message>
        <source>its fingerprint {sha256} matches no approved document</source>
        <extracomment>app/custody/apply.py</extracomment>
        <translation>其指纹 {sha256} 与任何已批准文件都不符</translation>
    </message>
    <message>
        <source>sealed</source>
        <extracomment>app/custody/apply.py</extracomment>
        <translation>用印</translation>
    </message>
    <message>
        <source>name at least one document</source>
        <extracomment>app/custody/apply.py, app/custody/requests.py</extracomment>
        <translation>至少指定一个文件</translation>
    </message>
    <message>
        <source>it changed while it was being read</source>
        <extracomment>app/custody/apply.py</extracomment>
        <translation>读取期间文件发生了变化</translation>
    </message>
    <message>
        <source>the key opened for the seal {name} is not the one it is bound to</source>
        <extracomment>app/custody/apply.py</extracomment>
        <translation>为印章 {name} 打开的密钥不是其绑定的密钥</translation>
    </message>
    <message>
        <source>it changed while it was being signed</source>
        <extracomment>app/custody/apply.py</extracomment>
        <translation>签署期间文件发生了变化</translation>
    </message>
    <message>
        <source>it contains a resident ID number</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>其中含有居民身份证号码</translation>
    </message>
    <message>
        <source>the answer to a posted request is malformed</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>平台对所发送申请的应答格式有误</translation>
    </message>
    <message>
        <source>another decision</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>另一份审批决定</translation>
    </message>
    <message>
        <source>another request with the same id</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>编号相同的另一份申请</translation>
    </message>
    <message>
        <source>it is not a list of requests</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>它不是申请列表</translation>
    </message>
    <message>
        <source>an entry is malformed or out of order</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>有一条记录格式有误或顺序不对</translation>
    </message>
    <message>
        <source>the platform&apos;s copy of request {ident}</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>平台上的申请 {ident} 副本</translation>
    </message>
    <message>
        <source>an entry&apos;s id is not its request&apos;s</source>
        <extracomment>app/custody/mailbox.py</extracomment>
        <translation>记录的编号与其申请的编号不符</translation>
    </message>
    <message>
        <source>write it as text:ANCHOR[@SIZE], rect:PAGE:X1,Y1,X2,Y2 or cross-page[:SIZE]</source>
        <extracomment>app/custody/placement.py</extracomment>
        <translation>写法为 text:定位文字[@尺寸]、rect:页码:X1,Y1,X2,Y2 或 cross-page[:尺寸]</translation>
    </message>
    <message>
        <source>the seal placement rule is not valid: {how}</source>
        <extracomment>app/custody/placement.py</extracomment>
        <translation>盖章位置规则无效：{how}</translation>
    </message>
    <message>
        <source>no document timestamp was added</source>
        <extracomment>app/custody/queue.py</extracomment>
        <translation>未能添加文档时间戳</translation>
    </message>
    <message>
        <source>no OCSP response or CRL could be fetched</source>
        <extracomment>app/custody/queue.py</extracomment>
        <translation>无法获取 OCSP 响应或 CRL</translation>
    </message>
    <message>
        <source>name exactly one key: a PKCS#11 URI or a key file</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>请指定且仅指定一个密钥：PKCS#11 URI 或密钥文件</translation>
    </message>
    <message>
        <source>a PEM key needs its PEM certificate</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>PEM 密钥需要其 PEM 证书</translation>
    </message>
    <message>
        <source>valid only from {date}</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>自 {date} 起才有效</translation>
    </message>
    <message>
        <source>valid only until {date}</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>request its use</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>申请使用</translation>
    </message>
    <message>
        <source>approve its use</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>批准使用</translation>
    </message>
    <message>
        <source>the image has {size} bytes; at most {limit} are allowed</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>图片有 {size} 字节，最多允许 {limit} 字节</translation>
    </message>
    <message>
        <source>the image is not a PNG file</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>图片不是 PNG 文件</translation>
    </message>
    <message>
        <source>the image cannot be used ({reason})</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>图片无法使用（{reason}）</translation>
    </message>
    <message>
        <source>the image has no transparent background (white paper is not accepted)</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>图片没有透明背景（不接受白底）</translation>
    </message>
    <message>
        <source>cannot read {path}</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>无法读取 {path}</translation>
    </message>
    <message>
        <source>{path} is not a certificate</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>{path} 不是证书</translation>
    </message>
    <message>
        <source>the seal has no name</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>印章没有名称</translation>
    </message>
    <message>
        <source>unknown kind {kind} (one of {kinds})</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>未知的印章类型 {kind}（可选：{kinds}）</translation>
    </message>
    <message>
        <source>name at least one requester and one approver</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>至少指定一名申请人和一名审批人</translation>
    </message>
    <message>
        <source>{day} is not a date (YYYY-MM-DD)</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>{day} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the validity ends before it starts</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>有效期的结束早于开始</translation>
    </message>
    <message>
        <source>the bound certificate cannot sign: {reason}</source>
        <extracomment>app/custody/registry.py</extracomment>
        <translation>绑定的证书不能签名：{reason}</translation>
    </message>
    <message>
        <source>seal-use request</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>用印申请</translation>
    </message>
    <message>
        <source>seal-use decision</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>用印审批</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>待审批</translation>
    </message>
    <message>
        <source>approved</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>sealed already</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>已用印</translation>
    </message>
    <message>
        <source>{state}</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>{state}</translation>
    </message>
    <message>
        <source>it is not a seal-use request</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>它不是用印申请</translation>
    </message>
    <message>
        <source>it names no seal</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>未指明印章</translation>
    </message>
    <message>
        <source>its seal is bound to another certificate here</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>本地登记的该印章绑定的是另一张证书</translation>
    </message>
    <message>
        <source>it was signed by someone else</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>签名者与声明的人员不符</translation>
    </message>
    <message>
        <source>it names no document</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>未列出任何文件</translation>
    </message>
    <message>
        <source>a document entry is malformed</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>某个文件条目格式错误</translation>
    </message>
    <message>
        <source>a document is named twice</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>某个文件被列出两次</translation>
    </message>
    <message>
        <source>it gives no purpose</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>未说明用途</translation>
    </message>
    <message>
        <source>it is not a seal-use decision</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>它不是用印审批</translation>
    </message>
    <message>
        <source>it decides another request</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>它审批的是另一份申请</translation>
    </message>
    <message>
        <source>its documents differ from the request&apos;s</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>其文件与申请中的不一致</translation>
    </message>
    <message>
        <source>a request cannot be decided by its own requester</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>申请人不能审批自己的申请</translation>
    </message>
    <message>
        <source>decided again</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>再次审批</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <extracomment>app/custody/requests.py</extracomment>
        <translation>驳回须说明理由</translation>
    </message>
    <message>
        <source>it is not a SealDesk signed object</source>
        <extracomment>app/custody/signed.py</extracomment>
        <translation>它不是 SealDesk 签名对象</translation>
    </message>
    <message>
        <source>its payload or signature is missing</source>
        <extracomment>app/custody/signed.py</extracomment>
        <translation>缺少内容或签名</translation>
    </message>
    <message>
        <source>it has unexpected fields</source>
        <extracomment>app/custody/signed.py</extracomment>
        <translation>含有多余的字段</translation>
    </message>
    <message>
        <source>it is malformed</source>
        <extracomment>app/custody/signed.py</extracomment>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>its digest algorithm is not allowed</source>
        <extracomment>app/custody/signed.py</extracomment>
        <translation>其摘要算法不被允许</translation>
    </message>
    <message>
        <source>the signature does not match its content</source>
        <extracomment>app/custody/signed.py</extracomment>
        <translation>签名与内容不符</translation>
    </message>
    <message>
        <source>it must hold request.json (and decision.json) only</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>其中只能包含 request.json（及 decision.json）</translation>
    </message>
    <message>
        <source>an entry is too large</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>某个条目过大</translation>
    </message>
    <message>
        <source>it is not a request file</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>它不是申请文件</translation>
    </message>
    <message>
        <source>its JSON is not canonical</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>其 JSON 不是规范格式</translation>
    </message>
    <message>
        <source>a different request with the same id is already here</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>本地已有编号相同但内容不同的申请</translation>
    </message>
    <message>
        <source>the request was already decided differently</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>该申请已有不同的审批结果</translation>
    </message>
    <message>
        <source>request {ident} is here, {state}</source>
        <extracomment>app/custody/transfer.py</extracomment>
        <translation>申请 {ident} 已在本地，{state}</translation>
    </message>
    <message>
        <source>a sample contract has 1 to 99 pages, not {pages}</source>
        <extracomment>app/demo/contract.py</extracomment>
        <translation>示例合同应为 1 至 99 页，而不是 {pages} 页</translation>
    </message>
    <message>
        <source>the bundled font cannot draw {missing} in the company name</source>
        <extracomment>app/demo/contract.py</extracomment>
        <translation>内置字体无法显示公司名称中的 {missing}</translation>
    </message>
    <message>
        <source>Reinstall SealDesk.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请重新安装签章台。</translation>
    </message>
    <message>
        <source>This check stopped with an unexpected {error}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>此项检查因意外的 {error} 而中止。</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>版本</translation>
    </message>
    <message>
        <source>Python</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Python</translation>
    </message>
    <message>
        <source>Operating system</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>PDF signing (pyHanko)</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>PDF 签名（pyHanko）</translation>
    </message>
    <message>
        <source>PDF rendering (PyMuPDF)</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>PDF 渲染（PyMuPDF）</translation>
    </message>
    <message>
        <source>Desktop app (Qt)</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>桌面应用（Qt）</translation>
    </message>
    <message>
        <source>Face check (camera, OpenCV)</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>人脸核验（摄像头、OpenCV）</translation>
    </message>
    <message>
        <source>Translations</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Chinese font</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>中文字体</translation>
    </message>
    <message>
        <source>PKCS#11 drivers</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>PKCS#11 驱动</translation>
    </message>
    <message>
        <source>Tokens</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>USB Key</translation>
    </message>
    <message>
        <source>Certificates on the tokens</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>USB Key 中的证书</translation>
    </message>
    <message>
        <source>SKF library (SM2 keys)</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>SKF 库（SM2 密钥）</translation>
    </message>
    <message>
        <source>Trust roots</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>信任根证书</translation>
    </message>
    <message>
        <source>System keyring</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>Vault</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>保险库</translation>
    </message>
    <message>
        <source>Data folder</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Network</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>网络</translation>
    </message>
    <message>
        <source>SealDesk {version} (installed bundle).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>签章台 {version}（安装包版本）。</translation>
    </message>
    <message>
        <source>SealDesk {version} (run from Python).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>签章台 {version}（从 Python 运行）。</translation>
    </message>
    <message>
        <source>Python {version}, {bits}-bit.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Python {version}，{bits} 位。</translation>
    </message>
    <message>
        <source>{system} {release} on {machine}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{system} {release}，{machine}。</translation>
    </message>
    <message>
        <source>{name} cannot be loaded: {error}</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>无法加载 {name}：{error}</translation>
    </message>
    <message>
        <source>{name} {version} is loaded.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{name} {version} 已加载。</translation>
    </message>
    <message>
        <source>The desktop app cannot start here: {error}</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>桌面应用无法在此启动：{error}</translation>
    </message>
    <message>
        <source>Install SealDesk with its desktop app (pip install &apos;sealdesk[gui]&apos;), or install the system libraries named above.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请安装带桌面应用的签章台（pip install &apos;sealdesk[gui]&apos;），或安装上面提到的系统库。</translation>
    </message>
    <message>
        <source>Qt {version} loads; the desktop app can start.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>Qt {version} 可加载，桌面应用可以启动。</translation>
    </message>
    <message>
        <source>The face check is not available: {error}</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>人脸核验不可用：{error}</translation>
    </message>
    <message>
        <source>Only needed when a signing policy asks for a face check: install SealDesk with its face extra (pip install &apos;sealdesk[face]&apos;), or the system library named above.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>仅当签署策略要求人脸核验时才需要：请安装带人脸核验组件的签章台（pip install &apos;sealdesk[face]&apos;），或安装上面提到的系统库。</translation>
    </message>
    <message>
        <source>Camera support and OpenCV {version} load; the face check can run.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>摄像头支持和 OpenCV {version} 可加载，可以进行人脸核验。</translation>
    </message>
    <message>
        <source>Translation files are missing: {files}; the missing language shows English.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>缺少翻译文件：{files}；缺少的语言将显示英文。</translation>
    </message>
    <message>
        <source>Run &apos;make translations&apos; (from source) or reinstall SealDesk.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请运行 &apos;make translations&apos;（源码安装）或重新安装签章台。</translation>
    </message>
    <message>
        <source>Chinese and English are available ({count} Chinese messages).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>中文和英文均可用（{count} 条中文译文）。</translation>
    </message>
    <message>
        <source>The bundled Chinese font cannot draw {chars}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>内置中文字体无法显示 {chars}。</translation>
    </message>
    <message>
        <source>The bundled Chinese font is present.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>内置中文字体完好。</translation>
    </message>
    <message>
        <source>No PKCS#11 driver was found.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>未找到 PKCS#11 驱动。</translation>
    </message>
    <message>
        <source>Install the driver (middleware) of your USB key&apos;s vendor, or give its path with --module.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请安装 USB Key 厂商的驱动（中间件），或用 --module 指定其路径。</translation>
    </message>
    <message>
        <source>{usable} of {count} PKCS#11 drivers can be loaded; {path} cannot: {problem}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{count} 个 PKCS#11 驱动中有 {usable} 个可以加载；{path} 无法加载：{problem}。</translation>
    </message>
    <message>
        <source>Install the vendor&apos;s driver built for this SealDesk ({bits}-bit {machine}).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请安装与本签章台匹配的厂商驱动（{bits} 位 {machine}）。</translation>
    </message>
    <message>
        <source>{count} PKCS#11 driver(s) found: {paths}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>找到 {count} 个 PKCS#11 驱动：{paths}。</translation>
    </message>
    <message>
        <source>No certificate is readable without a PIN on the inserted tokens.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>已插入的 USB Key 中没有无需 PIN 即可读取的证书。</translation>
    </message>
    <message>
        <source>Expired certificate(s), which SealDesk will not offer for signing: {names}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>已过期的证书（签章台不会提供用于签署）：{names}。</translation>
    </message>
    <message>
        <source>Renew the certificate with your certificate authority.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请向您的证书颁发机构更新证书。</translation>
    </message>
    <message>
        <source>Certificate(s) expiring within {days} days (days left): {names}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{days} 天内到期的证书（剩余天数）：{names}。</translation>
    </message>
    <message>
        <source>Renew the certificate before it expires.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请在证书到期前更新。</translation>
    </message>
    <message>
        <source>{count} certificate(s) on the tokens, none expiring within {days} days.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>USB Key 中有 {count} 张证书，{days} 天内均不会到期。</translation>
    </message>
    <message>
        <source>No token can be listed without a driver.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>没有驱动，无法列出 USB Key。</translation>
    </message>
    <message>
        <source>No token is inserted.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>未插入 USB Key。</translation>
    </message>
    <message>
        <source>Insert the USB key; if it is inserted, check that its driver is among the ones listed.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请插入 USB Key；如已插入，请确认其驱动在上面列出的驱动之中。</translation>
    </message>
    <message>
        <source>The PIN of {labels} is locked.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{labels} 的 PIN 已锁定。</translation>
    </message>
    <message>
        <source>Ask your administrator or the certificate authority to unblock it.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请联系管理员或证书颁发机构解锁。</translation>
    </message>
    <message>
        <source>{labels}: few PIN tries are left.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{labels}：PIN 剩余尝试次数不多。</translation>
    </message>
    <message>
        <source>Enter the PIN carefully: wrong tries can lock the token.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请谨慎输入 PIN：输错可能会锁定 USB Key。</translation>
    </message>
    <message>
        <source>{count} token(s) present: {labels}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>已插入 {count} 个 USB Key：{labels}。</translation>
    </message>
    <message>
        <source>No SKF library is configured; only SM2 USB keys need one (give it with --skf).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>未配置 SKF 库；只有 SM2 USB Key 需要（用 --skf 指定）。</translation>
    </message>
    <message>
        <source>file does not exist</source>
        <extracomment>app/doctor.py, crypto/tokens/pkcs11/errors.py, crypto/tokens/pkcs11/modules.py</extracomment>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>The SKF library {path} cannot be loaded: {problem}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>无法加载 SKF 库 {path}：{problem}。</translation>
    </message>
    <message>
        <source>Give the vendor&apos;s SKF library built for this SealDesk.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请指定与本签章台版本匹配的厂商 SKF 库。</translation>
    </message>
    <message>
        <source>SKF library {path}: {count} device(s).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>SKF 库 {path}：{count} 个设备。</translation>
    </message>
    <message>
        <source>No trust roots: neither bundled nor from the system.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>没有信任根证书：既没有内置的，也没有系统提供的。</translation>
    </message>
    <message>
        <source>Give the root certificates you trust with --trust, or in the settings.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请用 --trust 或在设置中指定您信任的根证书。</translation>
    </message>
    <message>
        <source>{bundled} trust roots bundled with SealDesk, {system} from the system.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>签章台内置 {bundled} 个信任根证书，系统提供 {system} 个。</translation>
    </message>
    <message>
        <source>No usable system keyring ({backend}); vaults need a passphrase.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>没有可用的系统密钥环（{backend}）；保险库需要使用口令。</translation>
    </message>
    <message>
        <source>Use a passphrase vault, or start the desktop&apos;s keyring service.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请使用口令保险库，或启动桌面的密钥环服务。</translation>
    </message>
    <message>
        <source>System keyring: {backend}.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>系统密钥环：{backend}。</translation>
    </message>
    <message>
        <source>No vault at {path} yet; &apos;sealdesk vault init&apos; creates one.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{path} 尚无保险库；&apos;sealdesk vault init&apos; 可创建一个。</translation>
    </message>
    <message>
        <source>The vault at {path} is unlocked by the system keyring, which is not usable here ({backend}).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{path} 的保险库通过系统密钥环解锁，但此处系统密钥环不可用（{backend}）。</translation>
    </message>
    <message>
        <source>Start the desktop&apos;s keyring service, or open the vault on the computer that created it.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请启动桌面的密钥环服务，或在创建该保险库的电脑上打开它。</translation>
    </message>
    <message>
        <source>Vault at {path}; it opens with its key in the system keyring.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>保险库位于 {path}；使用系统密钥环中的密钥打开。</translation>
    </message>
    <message>
        <source>Vault at {path}; it stays locked until its passphrase is entered.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>保险库位于 {path}；输入口令之前保持锁定。</translation>
    </message>
    <message>
        <source>The data folder cannot be written: {error}</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>数据文件夹无法写入：{error}</translation>
    </message>
    <message>
        <source>Check its permissions, or point {var} to a writable folder.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请检查其权限，或将 {var} 指向一个可写的文件夹。</translation>
    </message>
    <message>
        <source>Data folder {path} is writable.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>数据文件夹 {path} 可写。</translation>
    </message>
    <message>
        <source>No timestamp service or platform is configured; nothing to reach (give them with --tsa and --platform).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>未配置时间戳服务或平台，无需连接（用 --tsa 和 --platform 指定）。</translation>
    </message>
    <message>
        <source>timestamp service</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>时间戳服务</translation>
    </message>
    <message>
        <source>platform</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>平台</translation>
    </message>
    <message>
        <source>The {service} {url} cannot be reached: {error}</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>无法连接{service} {url}：{error}</translation>
    </message>
    <message>
        <source>Check the network, the proxy and the address; signing without a timestamp (B-B) still works offline.</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>请检查网络、代理和地址；不带时间戳的签署（B-B）仍可离线进行。</translation>
    </message>
    <message>
        <source>The {service} {url} answers (HTTP {status}).</source>
        <extracomment>app/doctor.py</extracomment>
        <translation>{service} {url} 有响应（HTTP {status}）。</translation>
    </message>
    <message>
        <source>--sm2-signer-id needs an SM2 key</source>
        <extracomment>app/identity.py</extracomment>
        <translation>--sm2-signer-id 需要 SM2 密钥</translation>
    </message>
    <message>
        <source>--key-pem needs --cert-pem</source>
        <extracomment>app/identity.py</extracomment>
        <translation>--key-pem 需要配合 --cert-pem 使用</translation>
    </message>
    <message>
        <source>choose a key: --key, --p12 or --key-pem</source>
        <extracomment>app/identity.py</extracomment>
        <translation>请指定密钥：--key、--p12 或 --key-pem</translation>
    </message>
    <message>
        <source>Several signing keys match {selector}: {names}.</source>
        <extracomment>app/identity.py</extracomment>
        <translation>有多个签名密钥与 {selector} 匹配：{names}。</translation>
    </message>
    <message>
        <source>Name one with object=&lt;label&gt; or id=&lt;hex&gt; in the PKCS#11 URI.</source>
        <extracomment>app/identity.py, app/vault/token_key.py</extracomment>
        <translation>请在 PKCS#11 URI 中用 object=&lt;标签&gt; 或 id=&lt;十六进制&gt; 指定其中一个。</translation>
    </message>
    <message>
        <source>no input files</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>未指定输入文件</translation>
    </message>
    <message>
        <source>use either -o or --out-dir, not both</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>-o 和 --out-dir 只能选择其一</translation>
    </message>
    <message>
        <source>several inputs need --out-dir, not -o</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>多个输入文件须使用 --out-dir，而不是 -o</translation>
    </message>
    <message>
        <source>say where the signed files go: -o OUT.pdf or --out-dir DIR</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>请指定签署后文件的保存位置：-o OUT.pdf 或 --out-dir DIR</translation>
    </message>
    <message>
        <source>{first} and {second} would both be written to {output}</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>{first} 和 {second} 会被写入同一个文件 {output}</translation>
    </message>
    <message>
        <source>Signing {name} failed unexpectedly.</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>签署 {name} 时发生意外错误。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a PDF file.</source>
        <extracomment>app/signing/batch.py</extracomment>
        <translation>{path} 是文件夹，不是 PDF 文件。</translation>
    </message>
    <message>
        <source>Signing failed unexpectedly ({error}).</source>
        <extracomment>app/signing/workers.py</extracomment>
        <translation>签署时发生意外错误（{error}）。</translation>
    </message>
    <message>
        <source>A signing worker process ended unexpectedly.</source>
        <extracomment>app/signing/workers.py</extracomment>
        <translation>签署工作进程意外退出。</translation>
    </message>
    <message>
        <source>the platform&apos;s answer has no device id</source>
        <extracomment>app/sync/device.py</extracomment>
        <translation>平台应答中没有设备 ID</translation>
    </message>
    <message>
        <source>the platform&apos;s log key is not the one expected</source>
        <extracomment>app/sync/device.py</extracomment>
        <translation>平台的日志密钥不是预期的密钥</translation>
    </message>
    <message>
        <source>the vault is already registered with another platform log</source>
        <extracomment>app/sync/device.py</extracomment>
        <translation>此保险库已在另一平台日志注册</translation>
    </message>
    <message>
        <source>the answer holds no receipts</source>
        <extracomment>app/sync/engine.py</extracomment>
        <translation>应答中没有回执</translation>
    </message>
    <message>
        <source>the answer does not hold one receipt per event</source>
        <extracomment>app/sync/engine.py</extracomment>
        <translation>应答未做到每个事件一份回执</translation>
    </message>
    <message>
        <source>the log key answer is not an object</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>日志密钥应答不是对象</translation>
    </message>
    <message>
        <source>the log key is not a PEM public key</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>日志密钥不是 PEM 公钥</translation>
    </message>
    <message>
        <source>the log key is not an ECDSA P-256 key</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>日志密钥不是 ECDSA P-256 密钥</translation>
    </message>
    <message>
        <source>the log id does not name the log key</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>日志 ID 与日志密钥不对应</translation>
    </message>
    <message>
        <source>the tree head is not an object</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>树头不是对象</translation>
    </message>
    <message>
        <source>the tree head has no valid size</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>树头的大小无效</translation>
    </message>
    <message>
        <source>the tree head names no organisation or log</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>树头未注明组织或日志</translation>
    </message>
    <message>
        <source>the tree head has no timestamp or signature</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>树头缺少时间戳或签名</translation>
    </message>
    <message>
        <source>tree head root</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>树头根哈希</translation>
    </message>
    <message>
        <source>the tree head is signed by another log</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>树头由另一日志签名</translation>
    </message>
    <message>
        <source>the tree head is for another organisation</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>树头属于另一组织</translation>
    </message>
    <message>
        <source>the tree head&apos;s signature is not valid</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>树头签名无效</translation>
    </message>
    <message>
        <source>a receipt is not an object</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>回执不是对象</translation>
    </message>
    <message>
        <source>a receipt is for another event</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>回执属于另一事件</translation>
    </message>
    <message>
        <source>the receipt for {event_id} does not hold our fingerprints</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>{event_id} 的回执中不是本机的指纹</translation>
    </message>
    <message>
        <source>a receipt does not match its tree head</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>回执与其树头不符</translation>
    </message>
    <message>
        <source>the inclusion proof for {event_id} is wrong</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>{event_id} 的包含证明有误</translation>
    </message>
    <message>
        <source>two tree heads of one size differ: the log forked</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>两个相同大小的树头不同：日志已分叉</translation>
    </message>
    <message>
        <source>the consistency proof is for other tree sizes</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>一致性证明针对的是其他树大小</translation>
    </message>
    <message>
        <source>the new tree head is not consistent with the one kept: the log forked</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>新树头与已保存的树头不一致：日志已分叉</translation>
    </message>
    <message>
        <source>{what} is not a SHA-256 hex</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>{what} 不是 SHA-256 十六进制值</translation>
    </message>
    <message>
        <source>a proof is not a list</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>证明不是列表</translation>
    </message>
    <message>
        <source>a proof hash</source>
        <extracomment>app/sync/receipts.py</extracomment>
        <translation>证明中的哈希</translation>
    </message>
    <message>
        <source>the event or the registration is missing</source>
        <extracomment>app/sync/stored.py</extracomment>
        <translation>事件或注册信息缺失</translation>
    </message>
    <message>
        <source>not an http(s) address</source>
        <extracomment>app/sync/transport.py</extracomment>
        <translation>不是 http(s) 地址</translation>
    </message>
    <message>
        <source>no user, query or fragment allowed</source>
        <extracomment>app/sync/transport.py</extracomment>
        <translation>不允许包含用户名、查询或片段</translation>
    </message>
    <message>
        <source>plain http to a host that is not local</source>
        <extracomment>app/sync/transport.py</extracomment>
        <translation>对非本机主机使用明文 http</translation>
    </message>
    <message>
        <source>a pin is the SHA-256 (hex) of the server key</source>
        <extracomment>app/sync/transport.py</extracomment>
        <translation>固定值应为服务器密钥的 SHA-256（十六进制）</translation>
    </message>
    <message>
        <source>an answer that is not JSON</source>
        <extracomment>app/sync/transport.py</extracomment>
        <translation>应答不是 JSON</translation>
    </message>
    <message>
        <source>the blob of document {id} is missing</source>
        <extracomment>app/vault/blobs.py</extracomment>
        <translation>文档 {id} 的数据文件缺失</translation>
    </message>
    <message>
        <source>bad header</source>
        <extracomment>app/vault/blobs.py</extracomment>
        <translation>文件头无效</translation>
    </message>
    <message>
        <source>bad chunk size</source>
        <extracomment>app/vault/blobs.py</extracomment>
        <translation>分块大小无效</translation>
    </message>
    <message>
        <source>chunk {index} fails authentication</source>
        <extracomment>app/vault/blobs.py</extracomment>
        <translation>第 {index} 块未通过完整性认证</translation>
    </message>
    <message>
        <source>blob of document {id}: {what}</source>
        <extracomment>app/vault/blobs.py</extracomment>
        <translation>文档 {id} 的数据文件：{what}</translation>
    </message>
    <message>
        <source>A raw vault key must be 32 bytes.</source>
        <extracomment>app/vault/connection.py</extracomment>
        <translation>保险库原始密钥必须为 32 字节。</translation>
    </message>
    <message>
        <source>the database is damaged ({error})</source>
        <extracomment>app/vault/connection.py</extracomment>
        <translation>数据库已损坏（{error}）</translation>
    </message>
    <message>
        <source>give the reason for destroying the document (--reason)</source>
        <extracomment>app/vault/destroy.py</extracomment>
        <translation>请说明销毁该文档的原因（--reason）</translation>
    </message>
    <message>
        <source>the reason is longer than {limit} characters</source>
        <extracomment>app/vault/destroy.py</extracomment>
        <translation>原因超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>the vault key is missing</source>
        <extracomment>app/vault/documents.py</extracomment>
        <translation>缺少保险库密钥</translation>
    </message>
    <message>
        <source>the archived document changed</source>
        <extracomment>app/vault/export.py</extracomment>
        <translation>归档的文档已被改动</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>{name}：{error}</translation>
    </message>
    <message>
        <source>{name} is not a vault header</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>{name} 不是保险库头文件</translation>
    </message>
    <message>
        <source>unknown unlock method {method}</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>未知的解锁方式 {method}</translation>
    </message>
    <message>
        <source>no entry for vault {id}</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>没有保险库 {id} 的条目</translation>
    </message>
    <message>
        <source>the stored key is malformed</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>存储的密钥格式错误</translation>
    </message>
    <message>
        <source>the key of document {id} does not unwrap</source>
        <extracomment>app/vault/keys.py</extracomment>
        <translation>文档 {id} 的密钥无法解封</translation>
    </message>
    <message>
        <source>it must have 18 characters</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>必须为 18 位</translation>
    </message>
    <message>
        <source>only digits and a final X are allowed</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>只能包含数字，最后一位可以是 X</translation>
    </message>
    <message>
        <source>the date of birth is not a date</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>出生日期不是有效日期</translation>
    </message>
    <message>
        <source>the date of birth is out of range</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>出生日期超出有效范围</translation>
    </message>
    <message>
        <source>the check digit does not match</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>校验码不符</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>it must have 1 to 64 characters</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>应为 1 至 64 个字符</translation>
    </message>
    <message>
        <source>only letters are allowed</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>只能包含文字</translation>
    </message>
    <message>
        <source>the vault secret {name} is missing</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>缺少保险库机密 {name}</translation>
    </message>
    <message>
        <source>personal data record {id} does not decrypt</source>
        <extracomment>app/vault/personal.py</extracomment>
        <translation>个人信息记录 {id} 无法解密</translation>
    </message>
    <message>
        <source>a passphrase vault changes its passphrase</source>
        <extracomment>app/vault/rekey.py</extracomment>
        <translation>口令保管库只能更改口令</translation>
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
        <translation>用于解锁保管库</translation>
    </message>
    <message>
        <source>Several keys match {selector}: {names}.</source>
        <extracomment>app/vault/token_key.py</extracomment>
        <translation>有多个密钥与 {selector} 匹配：{names}。</translation>
    </message>
    <message>
        <source>the token (no PIN given)</source>
        <extracomment>app/vault/unlock.py</extracomment>
        <translation>令牌（未提供 PIN）</translation>
    </message>
    <message>
        <source>this vault has no passphrase</source>
        <extracomment>app/vault/vault.py</extracomment>
        <translation>此保险库未设置口令</translation>
    </message>
    <message>
        <source>the new passphrase is empty</source>
        <extracomment>app/vault/vault.py</extracomment>
        <translation>新口令为空</translation>
    </message>
    <message>
        <source>{attempts_remaining} attempt(s) left before the token locks.</source>
        <extracomment>crypto/errors.py:228</extracomment>
        <translation>还剩 {attempts_remaining} 次尝试机会，用完后令牌将被锁定。</translation>
    </message>
    <message>
        <source>Only one attempt is left before the token locks: check the PIN carefully.</source>
        <extracomment>crypto/errors.py:230</extracomment>
        <translation>仅剩最后一次尝试机会，再输错令牌将被锁定：请仔细核对 PIN 码。</translation>
    </message>
    <message>
        <source>the signature placeholder is damaged</source>
        <extracomment>crypto/pades/check.py</extracomment>
        <translation>签名占位区已损坏</translation>
    </message>
    <message>
        <source>the signature placeholder is not hex</source>
        <extracomment>crypto/pades/check.py</extracomment>
        <translation>签名占位区不是十六进制数据</translation>
    </message>
    <message>
        <source>the file does not hold the signature just made</source>
        <extracomment>crypto/pades/check.py</extracomment>
        <translation>文件中的签名并非刚刚生成的签名</translation>
    </message>
    <message>
        <source>unreadable signature ({error})</source>
        <extracomment>crypto/pades/check.py</extracomment>
        <translation>签名无法解析（{error}）</translation>
    </message>
    <message>
        <source>the signed digest does not match the document</source>
        <extracomment>crypto/pades/check.py</extracomment>
        <translation>签名中的摘要与文档内容不符</translation>
    </message>
    <message>
        <source>the signature value is not valid for the certificate (wrong key?)</source>
        <extracomment>crypto/pades/check.py</extracomment>
        <translation>签名值与证书不符（是否用错了密钥？）</translation>
    </message>
    <message>
        <source>a cross-page seal needs a seal image</source>
        <extracomment>crypto/pades/engine.py</extracomment>
        <translation>骑缝章需要印章图片</translation>
    </message>
    <message>
        <source>the field {name!r} is already signed</source>
        <extracomment>crypto/pades/engine.py</extracomment>
        <translation>签名域 {name!r} 已经签署过</translation>
    </message>
    <message>
        <source>the field {name!r} is not a signature field</source>
        <extracomment>crypto/pades/engine.py</extracomment>
        <translation>域 {name!r} 不是签名域</translation>
    </message>
    <message>
        <source>the document has no signature to extend</source>
        <extracomment>crypto/pades/ltv.py</extracomment>
        <translation>文档中没有可补充验证数据的签名</translation>
    </message>
    <message>
        <source>an archive timestamp needs --tsa URL</source>
        <extracomment>crypto/pades/ltv.py</extracomment>
        <translation>添加归档时间戳需要指定 --tsa URL</translation>
    </message>
    <message>
        <source>unknown signature level {text!r} (use B-B, B-T, B-LT or B-LTA)</source>
        <extracomment>crypto/pades/options.py</extracomment>
        <translation>未知的签名级别 {text!r}（可选 B-B、B-T、B-LT 或 B-LTA）</translation>
    </message>
    <message>
        <source>--certify takes 1, 2 or 3</source>
        <extracomment>crypto/pades/options.py</extracomment>
        <translation>--certify 的取值应为 1、2 或 3</translation>
    </message>
    <message>
        <source>level {level} needs a timestamp service (--tsa URL)</source>
        <extracomment>crypto/pades/options.py</extracomment>
        <translation>{level} 级别需要时间戳服务（--tsa URL）</translation>
    </message>
    <message>
        <source>it is a dynamic XFA form, whose content a PDF signature cannot cover (save it as a flat PDF first)</source>
        <extracomment>crypto/pades/pdfopen.py</extracomment>
        <translation>这是动态 XFA 表单，PDF 签名无法覆盖其内容（请先另存为普通 PDF）</translation>
    </message>
    <message>
        <source>its encryption is not supported ({error})</source>
        <extracomment>crypto/pades/pdfopen.py</extracomment>
        <translation>不支持该文档的加密方式（{error}）</translation>
    </message>
    <message>
        <source>its permissions do not allow signing (give the owner password with --pdf-password-env to lift them)</source>
        <extracomment>crypto/pades/pdfopen.py</extracomment>
        <translation>其权限设置不允许签名（可用 --pdf-password-env 提供所有者密码以解除限制）</translation>
    </message>
    <message>
        <source>syntax errors</source>
        <extracomment>crypto/pades/pdfopen.py</extracomment>
        <translation>存在语法错误</translation>
    </message>
    <message>
        <source>network error: {error}</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>网络错误：{error}</translation>
    </message>
    <message>
        <source>the service refused the credentials (HTTP 401)</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>服务拒绝了所提供的身份凭据（HTTP 401）</translation>
    </message>
    <message>
        <source>HTTP status {status}</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>HTTP 状态码 {status}</translation>
    </message>
    <message>
        <source>the answer has no content type</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>响应未声明内容类型</translation>
    </message>
    <message>
        <source>unexpected answer type {type}</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>响应类型异常：{type}</translation>
    </message>
    <message>
        <source>the answer is not a timestamp response</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>响应不是时间戳应答</translation>
    </message>
    <message>
        <source>the service answered {status}: {reasons}</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>服务返回状态 {status}：{reasons}</translation>
    </message>
    <message>
        <source>the service answered {status}</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>服务返回状态 {status}</translation>
    </message>
    <message>
        <source>the timestamp token is malformed</source>
        <extracomment>crypto/pades/timestamper.py</extracomment>
        <translation>时间戳令牌格式错误</translation>
    </message>
    <message>
        <source>{path} has no signature named {field}.</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>{path} 中没有名为 {field} 的签名。</translation>
    </message>
    <message>
        <source>List the document&apos;s signatures with &apos;sealdesk verify&apos;.</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>请用“sealdesk verify”列出该文件的签名。</translation>
    </message>
    <message>
        <source>unusual byte range {byte_range}</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>字节范围 {byte_range} 异常</translation>
    </message>
    <message>
        <source>byte range {byte_range} outside the file</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>字节范围 {byte_range} 超出文件范围</translation>
    </message>
    <message>
        <source>it covers {coverage}, not a whole revision</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>其覆盖范围为 {coverage}，而不是完整的文档版本</translation>
    </message>
    <message>
        <source>The revision signed by {field} cannot be cut from {path}: {detail}.</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>无法从 {path} 中截取签名 {field} 所覆盖的版本：{detail}。</translation>
    </message>
    <message>
        <source>The signature does not cover a whole revision; do not rely on it.</source>
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>该签名未覆盖完整的文档版本，请勿信赖。</translation>
    </message>
    <message>
        <source>{path} cannot be read as a PDF ({detail}).</source>
        <extracomment>crypto/review/revisions.py, crypto/review/visual.py</extracomment>
        <translation>无法将 {path} 作为 PDF 读取（{detail}）。</translation>
    </message>
    <message>
        <source>the seal has neither an image nor text</source>
        <extracomment>crypto/seal/appearance.py</extracomment>
        <translation>印章既没有图片，也没有文字</translation>
    </message>
    <message>
        <source>the bundled font cannot draw {missing} in the seal text</source>
        <extracomment>crypto/seal/appearance.py</extracomment>
        <translation>内置字体无法显示印章文字中的 {missing}</translation>
    </message>
    <message>
        <source>page rotation {rotation} is not a multiple of 90 degrees</source>
        <extracomment>crypto/seal/appearance.py</extracomment>
        <translation>页面旋转角度 {rotation} 不是 90 度的整数倍</translation>
    </message>
    <message>
        <source>the cross-page seal edge must be {first} or {second}, not {edge!r}</source>
        <extracomment>crypto/seal/crosspage.py</extracomment>
        <translation>骑缝章所在的页边必须是 {first} 或 {second}，而不是 {edge!r}</translation>
    </message>
    <message>
        <source>the seal size {size:g} pt is too small</source>
        <extracomment>crypto/seal/crosspage.py, crypto/seal/placement.py</extracomment>
        <translation>印章尺寸 {size:g} 磅过小</translation>
    </message>
    <message>
        <source>a {width} px wide seal cannot be split over {count} pages</source>
        <extracomment>crypto/seal/crosspage.py</extracomment>
        <translation>宽 {width} 像素的印章无法分割到 {count} 页上</translation>
    </message>
    <message>
        <source>a {size:g} pt cross-page seal centred at {centre:g} pt does not fit on page {page} ({width:g}×{height:g} pt)</source>
        <extracomment>crypto/seal/crosspage.py</extracomment>
        <translation>尺寸为 {size:g} 磅、中心位于 {centre:g} 磅处的骑缝章无法放入第 {page} 页（{width:g}×{height:g} 磅）</translation>
    </message>
    <message>
        <source>the seal strip is wider than page {page}</source>
        <extracomment>crypto/seal/crosspage.py</extracomment>
        <translation>骑缝章切片的宽度超过了第 {page} 页的宽度</translation>
    </message>
    <message>
        <source>the document&apos;s pages cannot be read ({error})</source>
        <extracomment>crypto/seal/crosspage.py, crypto/seal/placement.py</extracomment>
        <translation>无法读取文档的页面（{error}）</translation>
    </message>
    <message>
        <source>(generated seal)</source>
        <extracomment>crypto/seal/drawing.py</extracomment>
        <translation>（自动生成的印章）</translation>
    </message>
    <message>
        <source>the company name is empty</source>
        <extracomment>crypto/seal/drawing.py</extracomment>
        <translation>公司名称为空</translation>
    </message>
    <message>
        <source>the name or code is too long</source>
        <extracomment>crypto/seal/drawing.py</extracomment>
        <translation>公司名称或代码过长</translation>
    </message>
    <message>
        <source>size {size} px is not 200-4000</source>
        <extracomment>crypto/seal/drawing.py</extracomment>
        <translation>尺寸 {size} 像素不在 200 至 4000 像素之间</translation>
    </message>
    <message>
        <source>the bundled font has no glyph for {missing}</source>
        <extracomment>crypto/seal/drawing.py</extracomment>
        <translation>内置字体中没有 {missing} 的字形</translation>
    </message>
    <message>
        <source>Unknown font weight {weight!r}.</source>
        <extracomment>crypto/seal/fonts.py</extracomment>
        <translation>未知的字重 {weight!r}。</translation>
    </message>
    <message>
        <source>The bundled font {name} is missing; reinstall SealDesk.</source>
        <extracomment>crypto/seal/fonts.py</extracomment>
        <translation>内置字体 {name} 缺失；请重新安装签章台。</translation>
    </message>
    <message>
        <source>(image data)</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>（图片数据）</translation>
    </message>
    <message>
        <source>it is {width}×{height} px; at least {minimum} px are needed</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>图片为 {width}×{height} 像素；至少需要 {minimum} 像素</translation>
    </message>
    <message>
        <source>it is {width}×{height} px; at most {maximum} px are allowed</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>图片为 {width}×{height} 像素；最多允许 {maximum} 像素</translation>
    </message>
    <message>
        <source>its background is neither transparent nor white</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>图片背景既不是透明的，也不是白色的</translation>
    </message>
    <message>
        <source>it is empty (nothing visible)</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>图片为空（没有可见内容）</translation>
    </message>
    <message>
        <source>unreadable</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>it is {format}, not PNG or JPEG</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>图片格式为 {format}，不是 PNG 或 JPEG</translation>
    </message>
    <message>
        <source>it is an unknown format, not PNG or JPEG</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>图片格式未知，不是 PNG 或 JPEG</translation>
    </message>
    <message>
        <source>it is not a PNG or JPEG image</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>不是 PNG 或 JPEG 图片</translation>
    </message>
    <message>
        <source>it is damaged ({error})</source>
        <extracomment>crypto/seal/image.py</extracomment>
        <translation>图片已损坏（{error}）</translation>
    </message>
    <message>
        <source>page {page} cannot be read ({error})</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>无法读取第 {page} 页（{error}）</translation>
    </message>
    <message>
        <source>page {page} does not exist (the document has {count})</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>第 {page} 页不存在（文档共 {count} 页）</translation>
    </message>
    <message>
        <source>the rectangle {rect} is empty or smaller than {minimum:g} pt</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>矩形区域 {rect} 为空或小于 {minimum:g} 磅</translation>
    </message>
    <message>
        <source>the rectangle {rect} is not inside page {page} ({box})</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>矩形区域 {rect} 超出了第 {page} 页的范围（{box}）</translation>
    </message>
    <message>
        <source>the anchor text is empty</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>定位文字为空</translation>
    </message>
    <message>
        <source>the text “{text}” was not found in the document</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>文档中未找到文字“{text}”</translation>
    </message>
    <message>
        <source>the text “{text}” occurs {count} time(s), so occurrence {occurrence} does not exist</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>文字“{text}”在文档中出现了 {count} 次，因此不存在序号为 {occurrence} 的那一处</translation>
    </message>
    <message>
        <source>page {page} does not exist</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>第 {page} 页不存在</translation>
    </message>
    <message>
        <source>a {size:g} pt seal does not fit on a {width:g}×{height:g} pt page</source>
        <extracomment>crypto/seal/placement.py</extracomment>
        <translation>尺寸为 {size:g} 磅的印章无法放入 {width:g}×{height:g} 磅的页面</translation>
    </message>
    <message>
        <source>not a PEM key file</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>不是 PEM 密钥文件</translation>
    </message>
    <message>
        <source>the file holds a {label}, not a private key</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>文件中包含的是 {label}，而不是私钥</translation>
    </message>
    <message>
        <source>not a PKCS#8 private key</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>不是 PKCS#8 私钥</translation>
    </message>
    <message>
        <source>the EC key does not name its curve</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>该椭圆曲线（EC）密钥未指明所用的曲线</translation>
    </message>
    <message>
        <source>not an EC private key</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>不是椭圆曲线（EC）私钥</translation>
    </message>
    <message>
        <source>not a key file</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>不是密钥文件</translation>
    </message>
    <message>
        <source>the key is encrypted and no password was given</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>密钥已加密，但未提供密码</translation>
    </message>
    <message>
        <source>wrong password or damaged file</source>
        <extracomment>crypto/sm/keys.py, crypto/sm/pkcs12.py, crypto/tokens/soft.py</extracomment>
        <translation>密码错误或文件已损坏</translation>
    </message>
    <message>
        <source>the SM2 private key is out of range</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>SM2 私钥超出有效范围</translation>
    </message>
    <message>
        <source>not an SM2 key ({kind})</source>
        <extracomment>crypto/sm/keys.py</extracomment>
        <translation>不是 SM2 密钥（{kind}）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <extracomment>crypto/sm/p11profile.py</extracomment>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>input must be &quot;digest&quot; or &quot;message&quot;</source>
        <extracomment>crypto/sm/p11profile.py</extracomment>
        <translation>input 必须为 &quot;digest&quot; 或 &quot;message&quot;</translation>
    </message>
    <message>
        <source>signature must be &quot;der&quot; or &quot;raw&quot;</source>
        <extracomment>crypto/sm/p11profile.py</extracomment>
        <translation>signature 必须为 &quot;der&quot; 或 &quot;raw&quot;</translation>
    </message>
    <message>
        <source>{field} must be a number such as 0x80000001</source>
        <extracomment>crypto/sm/p11profile.py</extracomment>
        <translation>{field} 必须是数字，例如 0x80000001</translation>
    </message>
    <message>
        <source>{field} is out of range</source>
        <extracomment>crypto/sm/p11profile.py</extracomment>
        <translation>{field} 超出范围</translation>
    </message>
    <message>
        <source>the token answered {size} bytes, not a 64-byte r||s</source>
        <extracomment>crypto/sm/p11profile.py</extracomment>
        <translation>令牌返回了 {size} 字节，而不是 64 字节的 r||s</translation>
    </message>
    <message>
        <source>the key is protected with {scheme}, which SealDesk does not decrypt; export it again with AES (openssl pkcs12 -export, without -legacy)</source>
        <extracomment>crypto/sm/pbe.py</extracomment>
        <translation>密钥采用 {scheme} 保护，签章台无法解密；请改用 AES 重新导出（openssl pkcs12 -export，不加 -legacy）</translation>
    </message>
    <message>
        <source>the key file uses an unknown key derivation</source>
        <extracomment>crypto/sm/pbe.py</extracomment>
        <translation>密钥文件使用了未知的密钥派生算法</translation>
    </message>
    <message>
        <source>the key file uses the cipher {cipher}</source>
        <extracomment>crypto/sm/pbe.py</extracomment>
        <translation>密钥文件使用了不支持的加密算法 {cipher}</translation>
    </message>
    <message>
        <source>the key file uses the PRF {prf}</source>
        <extracomment>crypto/sm/pbe.py</extracomment>
        <translation>密钥文件使用了不支持的伪随机函数（PRF）{prf}</translation>
    </message>
    <message>
        <source>the file&apos;s integrity check uses {hash}</source>
        <extracomment>crypto/sm/pbe.py</extracomment>
        <translation>文件的完整性校验使用了不支持的算法 {hash}</translation>
    </message>
    <message>
        <source>public-key protected PKCS#12 files are not supported</source>
        <extracomment>crypto/sm/pkcs12.py</extracomment>
        <translation>不支持以公钥方式保护的 PKCS#12 文件</translation>
    </message>
    <message>
        <source>not a PKCS#12 file</source>
        <extracomment>crypto/sm/pkcs12.py</extracomment>
        <translation>不是 PKCS#12 文件</translation>
    </message>
    <message>
        <source>the PKCS#12 file is damaged</source>
        <extracomment>crypto/sm/pkcs12.py</extracomment>
        <translation>PKCS#12 文件已损坏</translation>
    </message>
    <message>
        <source>no private key in the file</source>
        <extracomment>crypto/sm/pkcs12.py, crypto/tokens/soft.py</extracomment>
        <translation>文件中没有私钥</translation>
    </message>
    <message>
        <source>the file holds several private keys</source>
        <extracomment>crypto/sm/pkcs12.py</extracomment>
        <translation>文件中包含多个私钥</translation>
    </message>
    <message>
        <source>the PKCS#12 file uses an unsupported protection ({kind})</source>
        <extracomment>crypto/sm/pkcs12.py</extracomment>
        <translation>PKCS#12 文件使用了不支持的保护方式（{kind}）</translation>
    </message>
    <message>
        <source>its key is {kind}</source>
        <extracomment>crypto/sm/signer.py</extracomment>
        <translation>其密钥类型为 {kind}</translation>
    </message>
    <message>
        <source>SM2 signatures use the SM3 digest, not {digest}</source>
        <extracomment>crypto/sm/signer.py</extracomment>
        <translation>SM2 签名使用 SM3 摘要算法，而不是 {digest}</translation>
    </message>
    <message>
        <source>the random number generator repeats</source>
        <extracomment>crypto/sm/sm2.py</extracomment>
        <translation>随机数生成器产生了重复值</translation>
    </message>
    <message>
        <source>its own signatures do not verify</source>
        <extracomment>crypto/sm/sm2.py</extracomment>
        <translation>其自身生成的签名无法通过验证</translation>
    </message>
    <message>
        <source>the key file was closed</source>
        <extracomment>crypto/sm/soft.py</extracomment>
        <translation>密钥文件已关闭</translation>
    </message>
    <message>
        <source>no certificate in the file</source>
        <extracomment>crypto/sm/soft.py, crypto/tokens/soft.py</extracomment>
        <translation>文件中没有证书</translation>
    </message>
    <message>
        <source>no certificate matches the private key</source>
        <extracomment>crypto/sm/soft.py, crypto/tokens/soft.py</extracomment>
        <translation>没有与私钥匹配的证书</translation>
    </message>
    <message>
        <source>not yet valid (from {date})</source>
        <extracomment>crypto/tokens/base.py</extracomment>
        <translation>尚未生效（自 {date} 起生效）</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <extracomment>crypto/tokens/base.py</extracomment>
        <translation>已于 {date} 过期</translation>
    </message>
    <message>
        <source>key usage does not allow signing</source>
        <extracomment>crypto/tokens/base.py</extracomment>
        <translation>密钥用法不允许签名</translation>
    </message>
    <message>
        <source>no private key</source>
        <extracomment>crypto/tokens/base.py, crypto/tokens/pkcs11/objects.py</extracomment>
        <translation>没有对应的私钥</translation>
    </message>
    <message>
        <source>not a shared library</source>
        <extracomment>crypto/tokens/pkcs11/binfmt.py</extracomment>
        <translation>不是共享库（动态链接库）文件</translation>
    </message>
    <message>
        <source>a {format} file, but this system loads {host_format} libraries</source>
        <extracomment>crypto/tokens/pkcs11/binfmt.py</extracomment>
        <translation>这是 {format} 格式的文件，而本系统加载 {host_format} 格式的库</translation>
    </message>
    <message>
        <source>{bits}-bit module, SealDesk is {host_bits}-bit</source>
        <extracomment>crypto/tokens/pkcs11/binfmt.py</extracomment>
        <translation>这是 {bits} 位驱动，而签章台是 {host_bits} 位程序</translation>
    </message>
    <message>
        <source>module built for {built}, this computer runs SealDesk for {machine}</source>
        <extracomment>crypto/tokens/pkcs11/binfmt.py</extracomment>
        <translation>该驱动是为 {built} 架构编译的，而本机运行的是 {machine} 架构的签章台</translation>
    </message>
    <message>
        <source>wrong length</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>长度不符合要求</translation>
    </message>
    <message>
        <source>invalid characters</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>含有不允许的字符</translation>
    </message>
    <message>
        <source>Change the PIN with the token vendor&apos;s tool, then sign again.</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>请使用令牌厂商的工具修改 PIN 码，然后重新签署。</translation>
    </message>
    <message>
        <source>the PIN has expired</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>PIN 码已过期</translation>
    </message>
    <message>
        <source>Set the user PIN with the token vendor&apos;s tool first.</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>请先使用令牌厂商的工具设置用户 PIN 码。</translation>
    </message>
    <message>
        <source>the token has no user PIN yet</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>令牌尚未设置用户 PIN 码</translation>
    </message>
    <message>
        <source>Open the token again (re-enter the PIN) and sign again.</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>请重新打开令牌（重新输入 PIN 码）后再次签署。</translation>
    </message>
    <message>
        <source>the token is no longer logged in</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>令牌已不在登录状态</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>原因不明</translation>
    </message>
    <message>
        <source>not a PKCS#11 driver: it has no C_GetFunctionList</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>不是 PKCS#11 驱动：缺少 C_GetFunctionList 函数</translation>
    </message>
    <message>
        <source>the private key may not decrypt</source>
        <extracomment>crypto/tokens/pkcs11/mechanism_errors.py</extracomment>
        <translation>该私钥不允许解密</translation>
    </message>
    <message>
        <source>the private key may not derive keys</source>
        <extracomment>crypto/tokens/pkcs11/mechanism_errors.py</extracomment>
        <translation>该私钥不允许派生密钥</translation>
    </message>
    <message>
        <source>the private key is not allowed to sign</source>
        <extracomment>crypto/tokens/pkcs11/objects.py</extracomment>
        <translation>该私钥不允许用于签名</translation>
    </message>
    <message>
        <source>SM2 keys on PKCS#11 tokens need the vendor&apos;s profile (--sm2-profile)</source>
        <extracomment>crypto/tokens/pkcs11/objects.py</extracomment>
        <translation>PKCS#11 令牌上的 SM2 密钥需要厂商配置文件（--sm2-profile）</translation>
    </message>
    <message>
        <source>the private key&apos;s type {kind} is not the profile&apos;s {expected}</source>
        <extracomment>crypto/tokens/pkcs11/objects.py</extracomment>
        <translation>私钥类型 {kind} 与配置文件中的 {expected} 不符</translation>
    </message>
    <message>
        <source>unsupported key type {kind}</source>
        <extracomment>crypto/tokens/pkcs11/objects.py, crypto/tokens/soft.py</extracomment>
        <translation>不支持的密钥类型 {kind}</translation>
    </message>
    <message>
        <source>the private key does not match the certificate</source>
        <extracomment>crypto/tokens/pkcs11/objects.py, crypto/tokens/skf/session.py</extracomment>
        <translation>私钥与证书不匹配</translation>
    </message>
    <message>
        <source>No security token matching {uri} was found.</source>
        <extracomment>crypto/tokens/pkcs11/scan.py</extracomment>
        <translation>未找到与 {uri} 匹配的安全令牌。</translation>
    </message>
    <message>
        <source>{uri} matches {count} tokens: {labels}.</source>
        <extracomment>crypto/tokens/pkcs11/scan.py</extracomment>
        <translation>{uri} 匹配到 {count} 个令牌：{labels}。</translation>
    </message>
    <message>
        <source>Add token= or serial= to the URI to choose one.</source>
        <extracomment>crypto/tokens/pkcs11/scan.py</extracomment>
        <translation>请在 URI 中加上 token= 或 serial= 以选定其中一个。</translation>
    </message>
    <message>
        <source>No security token with label {label!r} and serial {serial!r} was found.</source>
        <extracomment>crypto/tokens/pkcs11/scan.py</extracomment>
        <translation>未找到标签为 {label!r}、序列号为 {serial!r} 的安全令牌。</translation>
    </message>
    <message>
        <source>{label} on {token}</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>令牌 {token} 上的 {label}</translation>
    </message>
    <message>
        <source>SM2 signing, profile {name}</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>SM2 签名，配置文件 {name}</translation>
    </message>
    <message>
        <source>this token computes Z with the signer ID {token_id}, not {wanted}</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>此令牌用签名者 ID {token_id} 计算 Z，而不是 {wanted}</translation>
    </message>
    <message>
        <source>{uri} matches {count} keys: {labels}.</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>{uri} 匹配到 {count} 个密钥：{labels}。</translation>
    </message>
    <message>
        <source>Add object= or id= to the URI to choose one.</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>请在 URI 中加上 object= 或 id= 以选定其中一个。</translation>
    </message>
    <message>
        <source>the token session is closed</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>令牌会话已关闭</translation>
    </message>
    <message>
        <source>{kind} keys cannot sign here</source>
        <extracomment>crypto/tokens/pkcs11/signer.py</extracomment>
        <translation>此处不能使用 {kind} 密钥签名</translation>
    </message>
    <message>
        <source>RSA-PSS needs an RSA key</source>
        <extracomment>crypto/tokens/pkcs11/signer.py</extracomment>
        <translation>RSA-PSS 需要 RSA 密钥</translation>
    </message>
    <message>
        <source>CKM_RSA_PKCS_OAEP ({scheme})</source>
        <extracomment>crypto/tokens/pkcs11/unwrap.py</extracomment>
        <translation>CKM_RSA_PKCS_OAEP（{scheme}）</translation>
    </message>
    <message>
        <source>these parameters are refused</source>
        <extracomment>crypto/tokens/pkcs11/unwrap.py</extracomment>
        <translation>令牌拒绝这些参数</translation>
    </message>
    <message>
        <source>SealDesk does not know the attribute {names}</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>签章台无法识别属性 {names}</translation>
    </message>
    <message>
        <source>it must start with &apos;pkcs11:&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>必须以“pkcs11:”开头</translation>
    </message>
    <message>
        <source>&apos;#&apos; is not allowed; write it as %23</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>不允许出现“#”，请写作 %23</translation>
    </message>
    <message>
        <source>give either pin-value or pin-source, not both</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>pin-value 和 pin-source 只能指定其一</translation>
    </message>
    <message>
        <source>SealDesk does not run commands to get a PIN.</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>签章台不会通过运行命令来获取 PIN 码。</translation>
    </message>
    <message>
        <source>Only file: PIN sources are supported.</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>仅支持 file: 形式的 PIN 码来源。</translation>
    </message>
    <message>
        <source>The file must hold the PIN as text.</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>该文件必须以文本形式保存 PIN 码。</translation>
    </message>
    <message>
        <source>an attribute in the query is not name=value</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>查询部分有属性不是 name=value 形式</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; in the path is not name=value</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>路径部分中的“{item}”不是 name=value 形式</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; belongs after &apos;?&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>“{name}”应位于“?”之后</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; belongs before &apos;?&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>“{name}”应位于“?”之前</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is given twice</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>“{name}”被重复指定</translation>
    </message>
    <message>
        <source>slot-id must be a decimal number, not &apos;{text}&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>slot-id 必须是十进制数字，而不是“{text}”</translation>
    </message>
    <message>
        <source>library-version must look like 2 or 2.40, not &apos;{text}&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>library-version 的格式应类似 2 或 2.40，而不是“{text}”</translation>
    </message>
    <message>
        <source>type must be one of {allowed}, not &apos;{text}&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>type 必须是 {allowed} 之一，而不是“{text}”</translation>
    </message>
    <message>
        <source>broken percent-encoding in &apos;{name}&apos;</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>“{name}”中的百分号编码有误</translation>
    </message>
    <message>
        <source>broken percent-encoding in &apos;{name}&apos; (&apos;%{pair}&apos;)</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>“{name}”中的百分号编码有误（“%{pair}”）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not UTF-8 text</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>“{name}”不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>Only local file: PIN sources are supported.</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>仅支持本地 file: 形式的 PIN 码来源。</translation>
    </message>
    <message>
        <source>the driver thread {name} is closed</source>
        <extracomment>crypto/tokens/pkcs11/worker.py</extracomment>
        <translation>驱动线程 {name} 已关闭</translation>
    </message>
    <message>
        <source>not an SM2 key (container type {kind})</source>
        <extracomment>crypto/tokens/skf/session.py</extracomment>
        <translation>不是 SM2 密钥（容器类型 {kind}）</translation>
    </message>
    <message>
        <source>SKF device</source>
        <extracomment>crypto/tokens/skf/session.py</extracomment>
        <translation>SKF 设备</translation>
    </message>
    <message>
        <source>SKF application</source>
        <extracomment>crypto/tokens/skf/session.py</extracomment>
        <translation>SKF 应用</translation>
    </message>
    <message>
        <source>{kind} {name!r}</source>
        <extracomment>crypto/tokens/skf/session.py</extracomment>
        <translation>{kind} {name!r}</translation>
    </message>
    <message>
        <source>Several matches for {selector}: {names}.</source>
        <extracomment>crypto/tokens/skf/session.py</extracomment>
        <translation>找到多个{selector}：{names}。</translation>
    </message>
    <message>
        <source>Name the one to use.</source>
        <extracomment>crypto/tokens/skf/session.py</extracomment>
        <translation>请指定要使用的一个。</translation>
    </message>
    <message>
        <source>not a certificate file</source>
        <extracomment>crypto/tokens/soft.py</extracomment>
        <translation>不是证书文件</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>保险库已锁定</translation>
    </message>
    <message>
        <source>the intent check was not completed</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>签署意愿核验未完成</translation>
    </message>
    <message>
        <source>the camera library could not be loaded</source>
        <extracomment>ui/compliance/camera.py</extracomment>
        <translation>无法加载摄像头组件</translation>
    </message>
    <message>
        <source>no camera is connected</source>
        <extracomment>ui/compliance/camera.py</extracomment>
        <translation>没有连接摄像头</translation>
    </message>
    <message>
        <source>the camera stopped working: {reason}</source>
        <extracomment>ui/compliance/camera.py</extracomment>
        <translation>摄像头停止工作：{reason}</translation>
    </message>
    <message>
        <source>the camera was disconnected</source>
        <extracomment>ui/compliance/camera.py</extracomment>
        <translation>摄像头已断开连接</translation>
    </message>
    <message>
        <source>SealDesk may not use the camera: allow it in the system&apos;s privacy settings</source>
        <extracomment>ui/compliance/camera.py</extracomment>
        <translation>签章台无权使用摄像头：请在系统的隐私设置中允许</translation>
    </message>
    <message>
        <source>the camera library is too old</source>
        <extracomment>ui/compliance/camera.py</extracomment>
        <translation>摄像头组件版本过旧</translation>
    </message>
    <message>
        <source>the signing policy&apos;s checks are recorded in the vault: keep the signed copy in the vault</source>
        <extracomment>ui/sign/batch.py, ui/sign/dialog.py</extracomment>
        <translation>签署策略要求的核验记录保存在保险库中：请勾选将签署后的文件保存到保险库</translation>
    </message>
    <message>
        <source>the signed copy cannot replace the original document</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>签署后的副本不能覆盖原文件</translation>
    </message>
    <message>
        <source>no certificate chosen</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>尚未选择证书</translation>
    </message>
    <message>
        <source>{path} is not a JSON file ({reason})</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation type="vanished">{path} 不是 JSON 文件（{reason}）</translation>
    </message>
    <message>
        <source>no documents to sign</source>
        <extracomment>app/compliance/intent.py</extracomment>
        <translation type="vanished">没有要签署的文件</translation>
    </message>
    <message>
        <source>this method is not one the policy offers now</source>
        <extracomment>app/compliance/intent.py</extracomment>
        <translation type="vanished">当前策略不提供这种方式</translation>
    </message>
    <message>
        <source>a check the signing policy needs is missing</source>
        <extracomment>app/compliance/intent.py</extracomment>
        <translation type="vanished">缺少签署策略要求的核验</translation>
    </message>
    <message>
        <source>this signing policy needs a check this app cannot run here ({methods})</source>
        <extracomment>ui/sign/intent_checks.py</extracomment>
        <translation type="vanished">此签署策略需要本机无法进行的核验（{methods}）</translation>
    </message>
    <message>
        <source>Read and accept the agreements (Settings → Agreements), then try again.</source>
        <extracomment>ConsentRequired.todo</extracomment>
        <translation type="vanished">请阅读并同意相关协议（设置 → 协议与授权），然后重试。</translation>
    </message>
    <message>
        <source>SM2 keys cannot sign through PKCS#11 in SealDesk</source>
        <extracomment>crypto/tokens/pkcs11/objects.py</extracomment>
        <translation type="vanished">签章台暂不支持通过 PKCS#11 使用 SM2 密钥签名</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>apply for a signing certificate</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>申请签名证书</translation>
    </message>
    <message>
        <source>apply for a certificate from the platform (SMS check)</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>向平台申请证书（短信验证）</translation>
    </message>
    <message>
        <source>your name as it will appear in the certificate</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>证书中显示的姓名</translation>
    </message>
    <message>
        <source>your signer ID registered with the platform (64 hex)</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>在平台登记的签署人 ID（64 位十六进制）</translation>
    </message>
    <message>
        <source>PKCS#12 file to write (key and certificate)</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>要写入的 PKCS#12 文件（密钥和证书）</translation>
    </message>
    <message>
        <source>password of the PKCS#12 file from this variable</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>从此环境变量读取 PKCS#12 文件的密码</translation>
    </message>
    <message>
        <source>also save the platform CA&apos;s certificate here (PEM), to give to `sealdesk verify --trust`</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>同时将平台 CA 证书（PEM）保存到此处，供 `sealdesk verify --trust` 使用</translation>
    </message>
    <message>
        <source>the SMS code from this variable (default: ask)</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>从此环境变量读取短信验证码（默认：询问）</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <extracomment>app/cli/cert_cmd.py, app/cli/company_cmd.py, app/cli/compliance_cmd.py, app/cli/custody_cmd.py, …</extracomment>
        <translation>机器可读输出</translation>
    </message>
    <message>
        <source>Before issuance: you have accepted the Digital Certificate Usage Agreement; your identity is confirmed by a code sent to your registered phone, and the code confirms that you intend to apply for this certificate (request SHA-256 {sha256}).</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>签发前告知：您已同意《数字证书使用协议》；发送到您登记手机的验证码将确认您的身份，并确认您有意申请此证书（申请 SHA-256 {sha256}）。</translation>
    </message>
    <message>
        <source>A code was sent to {phone}.</source>
        <extracomment>app/cli/cert_cmd.py, app/cli/sms_code.py</extracomment>
        <translation>验证码已发送至 {phone}。</translation>
    </message>
    <message>
        <source>Issued: your certificate (SHA-256 {sha256}) was issued at {at}, valid until {until}, and is stored on this computer in {path}.</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>已签发：您的证书（SHA-256 {sha256}）于 {at} 签发，有效期至 {until}，保存在本机 {path}。</translation>
    </message>
    <message>
        <source>The platform CA&apos;s certificate (SHA-256 {sha256}) is in {path}; reviews trust it with --trust {path}.</source>
        <extracomment>app/cli/cert_cmd.py</extracomment>
        <translation>平台 CA 证书（SHA-256 {sha256}）已保存到 {path}；验证时使用 --trust {path} 即可信任它。</translation>
    </message>
    <message>
        <source>the authorisation letter (授权书) a company signs for its agent</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>公司为代理人签署的授权委托书（授权书）</translation>
    </message>
    <message>
        <source>write, sign and register an authorisation letter</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>生成、签署并登记授权委托书</translation>
    </message>
    <message>
        <source>The legal representative&apos;s and the agent&apos;s names and ID numbers are collected only for this authorisation letter and kept encrypted in the vault; they are never taken from the command line.</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>法定代表人和代理人的姓名及身份证号码仅为本授权委托书收集，并加密保存在保险库中；这些信息绝不从命令行读取。</translation>
    </message>
    <message>
        <source>JSON file with the letter&apos;s details (read, never changed): company, credit_code (unified social credit code), legal_rep_name, legal_rep_id, agent_name, agent_id (resident ID numbers), scope (the matters authorised), valid_from, valid_until (YYYY-MM-DD); fields left out are asked on the terminal (ID numbers without echo)</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>包含授权书内容的 JSON 文件（只读取，不修改）：company（公司名称）、credit_code（统一社会信用代码）、legal_rep_name、legal_rep_id、agent_name、agent_id（居民身份证号码）、scope（委托事项）、valid_from、valid_until（YYYY-MM-DD）；未提供的字段在终端上询问（身份证号码输入时不回显）</translation>
    </message>
    <message>
        <source>where the signed letter goes</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>签署后的授权书保存位置</translation>
    </message>
    <message>
        <source>the company seal&apos;s PKCS#12 (.p12/.pfx) soft certificate</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>公司印章的 PKCS#12（.p12/.pfx）软证书</translation>
    </message>
    <message>
        <source>the company seal&apos;s key on a token, as an RFC 7512 URI</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>公司印章在令牌上的密钥，RFC 7512 URI 格式</translation>
    </message>
    <message>
        <source>password of the key file, from this environment variable</source>
        <extracomment>app/cli/company_cmd.py, app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>密钥文件的密码，从此环境变量读取</translation>
    </message>
    <message>
        <source>token PIN from this environment variable</source>
        <extracomment>app/cli/company_cmd.py, app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>令牌 PIN 码，从此环境变量读取</translation>
    </message>
    <message>
        <source>PKCS#11 module for --key (if the URI has no module-path)</source>
        <extracomment>app/cli/company_cmd.py, app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>--key 使用的 PKCS#11 模块（URI 中未指定 module-path 时）</translation>
    </message>
    <message>
        <source>PAdES level: B-B, B-T (default), B-LT, B-LTA</source>
        <extracomment>app/cli/company_cmd.py, app/cli/main.py</extracomment>
        <translation>PAdES 级别：B-B、B-T（默认）、B-LT、B-LTA</translation>
    </message>
    <message>
        <source>language of the letter (default: the interface language)</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>授权书的语言（默认：界面语言）</translation>
    </message>
    <message>
        <source>replace an existing file at the output</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>替换输出位置已有的文件</translation>
    </message>
    <message>
        <source>answer to the renewal question of a certificate that expires soon (default: ask on a terminal, else ask again at the next signing)</source>
        <extracomment>app/cli/company_cmd.py, app/cli/vault_args.py</extracomment>
        <translation>即将到期证书的更新询问的答复（默认：在终端中询问，否则下次签署时再次询问）</translation>
    </message>
    <message>
        <source>list the registered letters (masked)</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>列出已登记的授权书（脱敏显示）</translation>
    </message>
    <message>
        <source>PIN of the vault&apos;s USB key from this environment variable (default: ask)</source>
        <extracomment>app/cli/company_cmd.py, app/cli/compliance_cmd.py, app/cli/vault_args.py</extracomment>
        <translation>从此环境变量读取保险库 USB Key 的 PIN（默认：询问）</translation>
    </message>
    <message>
        <source>{field}: </source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>{field}：</translation>
    </message>
    <message>
        <source>{field} (YYYY-MM-DD): </source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>{field}（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>signed   {output}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>已签署   {output}</translation>
    </message>
    <message>
        <source>already signed by an earlier run: {output}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>已在先前的运行中签署：{output}</translation>
    </message>
    <message>
        <source>registered authorisation letter {id} → vault {document}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>已登记授权书 {id} → 保险库 {document}</translation>
    </message>
    <message>
        <source>authorisation letter {id} was registered already → vault {document}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>授权书 {id} 此前已登记 → 保险库 {document}</translation>
    </message>
    <message>
        <source>  company: {company}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>  公司：{company}</translation>
    </message>
    <message>
        <source>  legal representative: {name}   agent: {agent}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>  法定代表人：{name}   代理人：{agent}</translation>
    </message>
    <message>
        <source>  valid from {start} until {end}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>  有效期自 {start} 至 {end}</translation>
    </message>
    <message>
        <source>No authorisation letter is registered in this vault.</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>此保险库中没有已登记的授权书。</translation>
    </message>
    <message>
        <source>letter {id} → vault {document}</source>
        <extracomment>app/cli/company_cmd.py</extracomment>
        <translation>授权书 {id} → 保险库 {document}</translation>
    </message>
    <message>
        <source>show, accept or withdraw the agreements signing depends on</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>查看、同意或撤回签署所依赖的协议</translation>
    </message>
    <message>
        <source>list the agreements, or show one in full</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>列出协议，或显示某一协议全文</translation>
    </message>
    <message>
        <source>the agreement to show</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>要显示的协议</translation>
    </message>
    <message>
        <source>agree to agreements (each needs --i-agree)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>同意协议（每份协议都需要 --i-agree）</translation>
    </message>
    <message>
        <source>agreements to accept (default: the required ones still pending)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>要同意的协议（默认：尚待同意的必需协议）</translation>
    </message>
    <message>
        <source>I have read this agreement and agree to it (once per agreement)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>我已阅读并同意该协议（每份协议各写一次）</translation>
    </message>
    <message>
        <source>withdraw a consent</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>the agreement</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>协议</translation>
    </message>
    <message>
        <source>language of the texts (default: the interface language)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>协议文本的语言（默认：界面语言）</translation>
    </message>
    <message>
        <source>compliance reports for the compliance officer</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>供合规负责人使用的合规报告</translation>
    </message>
    <message>
        <source>consents, certificate notices and intent checks of a contract or period</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>某份合同或某一期间内的同意记录、证书告知和意愿核验</translation>
    </message>
    <message>
        <source>document ID (or a prefix)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>文件 ID（或其前缀）</translation>
    </message>
    <message>
        <source>period start (YYYY-MM-DD or RFC 3339, UTC)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>期间开始（YYYY-MM-DD 或 RFC 3339，UTC）</translation>
    </message>
    <message>
        <source>period end, inclusive (with --since)</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>期间结束，含当天（与 --since 一起使用）</translation>
    </message>
    <message>
        <source>PDF report to write</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>要写入的 PDF 报告</translation>
    </message>
    <message>
        <source>also write the report as JSON</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>同时将报告写为 JSON</translation>
    </message>
    <message>
        <source>replace existing output files</source>
        <extracomment>app/cli/compliance_cmd.py, app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>替换已存在的输出文件</translation>
    </message>
    <message>
        <source>accepted</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>已同意</translation>
    </message>
    <message>
        <source>changed since accepted: to be accepted again</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>同意后已变更：需重新同意</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>not accepted</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>未同意</translation>
    </message>
    <message>
        <source>asked before each face check</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>每次人脸核验前单独征求</translation>
    </message>
    <message>
        <source>{title} ({kind}), version {version}, SHA-256 {sha256}</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>{title}（{kind}），版本 {version}，SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>Signing with this vault: allowed.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>使用此保险库签署：允许。</translation>
    </message>
    <message>
        <source>Signing with this vault: stopped until these are accepted: {titles}.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>使用此保险库签署：已停止，需先同意：{titles}。</translation>
    </message>
    <message>
        <source>Every required agreement is accepted; nothing to do.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>所有必需协议均已同意，无需操作。</translation>
    </message>
    <message>
        <source>Agreements to accept (read each with: sealdesk consent show KIND):</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>待同意的协议（逐一阅读：sealdesk consent show KIND）：</translation>
    </message>
    <message>
        <source>Accepted {kind} {version} at {when}.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>已于 {when} 同意 {kind} {version}。</translation>
    </message>
    <message>
        <source>No consent to {title} was in force; nothing to withdraw.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>{title} 没有生效中的同意，无需撤回。</translation>
    </message>
    <message>
        <source>Withdrew the consent to {kind} {version} given at {when}.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>已撤回于 {when} 对 {kind} {version} 的同意。</translation>
    </message>
    <message>
        <source>Processing that depended on it has stopped.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>依赖该同意的处理已停止。</translation>
    </message>
    <message>
        <source>{consents} consents, {notices} certificate notices, {intent_checks} intent checks.</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>同意记录 {consents} 条，证书告知 {notices} 条，意愿核验 {intent_checks} 条。</translation>
    </message>
    <message>
        <source>Wrote {path} (SHA-256 {sha256}).</source>
        <extracomment>app/cli/compliance_cmd.py</extracomment>
        <translation>已写入 {path}（SHA-256 {sha256}）。</translation>
    </message>
    <message>
        <source>No seals are registered.</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>尚未登记任何印章。</translation>
    </message>
    <message>
        <source>Seal {name} registered (id {id}).</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>印章 {name} 已登记（编号 {id}）。</translation>
    </message>
    <message>
        <source>sealed   {source} → {output}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>已用印   {source} → {output}</translation>
    </message>
    <message>
        <source>skipped  {source} → {output} (sealed by an earlier run)</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>已跳过   {source} → {output}（之前已用印）</translation>
    </message>
    <message>
        <source>FAILED   {source}: {message}</source>
        <extracomment>app/cli/custody_actions.py, app/cli/sign_cmd.py</extracomment>
        <translation>失败    {source}：{message}</translation>
    </message>
    <message>
        <source>Signed at B-B and queued: &apos;sealdesk queue run --tsa URL&apos; adds the timestamp and validation data.</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>已按 B-B 级签署并加入队列：&apos;sealdesk queue run --tsa URL&apos; 会补充时间戳和验证数据。</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>  purpose:   {text}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>  用途：    {text}</translation>
    </message>
    <message>
        <source>  placement: {text}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>  盖章位置：{text}</translation>
    </message>
    <message>
        <source>  requester: {name}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>  申请人：  {name}</translation>
    </message>
    <message>
        <source>  decision:  {decision} by {name}: {reason}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>  审批：    {decision}，审批人 {name}：{reason}</translation>
    </message>
    <message>
        <source>imported request {id}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>已导入申请 {id}</translation>
    </message>
    <message>
        <source>imported the decision on request {id}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>已导入申请 {id} 的审批结果</translation>
    </message>
    <message>
        <source>sent request {id} and its decision</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>已发送申请 {id} 及其审批决定</translation>
    </message>
    <message>
        <source>sent request {id}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>已发送申请 {id}</translation>
    </message>
    <message>
        <source>sent the decision on request {id}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>已发送申请 {id} 的审批决定</translation>
    </message>
    <message>
        <source>the platform already holds request {id} as it is here</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>平台上的申请 {id} 已与本地一致</translation>
    </message>
    <message>
        <source>new request {id}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>新申请 {id}</translation>
    </message>
    <message>
        <source>new decision on request {id}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>申请 {id} 有新的审批决定</translation>
    </message>
    <message>
        <source>REFUSED  {id}: {message}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>已拒收  {id}：{message}</translation>
    </message>
    <message>
        <source>{added} new requests, {decisions} new decisions, {unchanged} unchanged, {refused} refused</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>新申请 {added} 条，新审批决定 {decisions} 条，未变 {unchanged} 条，拒收 {refused} 条</translation>
    </message>
    <message>
        <source>No requests.</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>没有申请。</translation>
    </message>
    <message>
        <source>next attempt {when}: {message}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>下次尝试 {when}：{message}</translation>
    </message>
    <message>
        <source>upgraded {document} → {upgraded} (B-LTA)</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>已升级 {document} → {upgraded}（B-LTA）</translation>
    </message>
    <message>
        <source>not yet  {document}: {message}</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>暂未完成 {document}：{message}</translation>
    </message>
    <message>
        <source>{pending} pending, {failed} failed, {done} done</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>{pending} 个待处理，{failed} 个失败，{done} 个已完成</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <extracomment>app/cli/custody_actions.py</extracomment>
        <translation>没有需要处理的内容。</translation>
    </message>
    <message>
        <source>your key on a token, as an RFC 7512 URI</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>您在令牌上的密钥（RFC 7512 URI）</translation>
    </message>
    <message>
        <source>your PKCS#12 soft certificate</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>您的 PKCS#12 软证书</translation>
    </message>
    <message>
        <source>PEM private key (with --cert-pem)</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>PEM 格式私钥（需配合 --cert-pem）</translation>
    </message>
    <message>
        <source>SM2 USB key through its vendor&apos;s SKF (GM/T 0016) library</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>通过厂商的 SKF（GM/T 0016）接口库使用 SM2 USB Key</translation>
    </message>
    <message>
        <source>container on the SKF key (default: the only one)</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>SKF 密钥中的容器（默认：唯一的容器）</translation>
    </message>
    <message>
        <source>PEM certificate for --key-pem</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>与 --key-pem 对应的 PEM 格式证书</translation>
    </message>
    <message>
        <source>intermediate certificates (repeatable)</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>中间证书（可重复指定）</translation>
    </message>
    <message>
        <source>the seal registry, applying seals, the ledger</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>印章登记、用印与用印登记簿</translation>
    </message>
    <message>
        <source>list the registered seals</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>列出已登记的印章</translation>
    </message>
    <message>
        <source>register a seal</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>登记印章</translation>
    </message>
    <message>
        <source>the seal&apos;s name</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>印章名称</translation>
    </message>
    <message>
        <source>kind of seal: 公章, 合同专用章, 财务专用章, 法人章 …</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>印章类型：公章、合同专用章、财务专用章、法人章……</translation>
    </message>
    <message>
        <source>the seal image: PNG with a transparent background</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>印章图片：透明背景的 PNG</translation>
    </message>
    <message>
        <source>the certificate the seal signs with (PEM or DER)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>印章签名所用的证书（PEM 或 DER）</translation>
    </message>
    <message>
        <source>the seal&apos;s key on a token</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>印章在令牌上的密钥</translation>
    </message>
    <message>
        <source>the seal&apos;s PKCS#12 file</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>印章的 PKCS#12 文件</translation>
    </message>
    <message>
        <source>the seal&apos;s PEM key</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>印章的 PEM 密钥</translation>
    </message>
    <message>
        <source>who may request the seal (certificate file or SHA-256)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>有权申请用印的人（证书文件或 SHA-256）</translation>
    </message>
    <message>
        <source>who may approve its use (certificate file or SHA-256)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>有权审批用印的人（证书文件或 SHA-256）</translation>
    </message>
    <message>
        <source>first day of use</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>启用日期</translation>
    </message>
    <message>
        <source>last day of use</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>停用日期</translation>
    </message>
    <message>
        <source>show one seal</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>显示一枚印章</translation>
    </message>
    <message>
        <source>seal name or id</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>印章名称或编号</translation>
    </message>
    <message>
        <source>write the seal image exactly as it is stamped</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>按实际盖印效果导出印章图片</translation>
    </message>
    <message>
        <source>seal the documents of an approved request</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>对已批准申请的文件用印</translation>
    </message>
    <message>
        <source>request id (or a prefix)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>申请编号（或其前缀）</translation>
    </message>
    <message>
        <source>the approved PDFs</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>已批准的 PDF 文件</translation>
    </message>
    <message>
        <source>folder for the sealed files</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>存放已用印文件的文件夹</translation>
    </message>
    <message>
        <source>timestamp service: upgrade the sealed files at once if it answers (otherwise they wait in the queue)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>时间戳服务：可用时立即升级已用印文件（否则在队列中等待）</translation>
    </message>
    <message>
        <source>the seal-use ledger (用印登记簿)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>用印登记簿</translation>
    </message>
    <message>
        <source>seal name or id (default: every seal)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>印章名称或编号（默认：全部印章）</translation>
    </message>
    <message>
        <source>write the ledger as CSV</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>将登记簿导出为 CSV</translation>
    </message>
    <message>
        <source>write the ledger as PDF</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>将登记簿导出为 PDF</translation>
    </message>
    <message>
        <source>HTTP user for the timestamp service</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>时间戳服务的 HTTP 用户名</translation>
    </message>
    <message>
        <source>HTTP password for the timestamp service, from this variable</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>时间戳服务的 HTTP 密码，从此环境变量读取</translation>
    </message>
    <message>
        <source>extra trust anchors for collecting validation data (B-LT/B-LTA)</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>收集验证数据时额外信任的根证书（信任锚，B-LT/B-LTA）</translation>
    </message>
    <message>
        <source>seal-use requests and their approval</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>用印申请与审批</translation>
    </message>
    <message>
        <source>request a seal for documents (signed)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>为文件申请用印（签名）</translation>
    </message>
    <message>
        <source>the PDFs to seal</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>要用印的 PDF 文件</translation>
    </message>
    <message>
        <source>what the seal is needed for</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>用印用途</translation>
    </message>
    <message>
        <source>where the seal goes: text:ANCHOR[@SIZE], rect:PAGE:X1,Y1,X2,Y2 or cross-page[:SIZE]</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>盖章位置：text:定位文字[@尺寸]、rect:页码:X1,Y1,X2,Y2 或 cross-page[:尺寸]</translation>
    </message>
    <message>
        <source>approve a request (signed)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>批准申请（签名）</translation>
    </message>
    <message>
        <source>reject a request with a reason (signed)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>驳回申请并说明理由（签名）</translation>
    </message>
    <message>
        <source>why (kept in the signed decision)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>理由（保存在签名的审批结果中）</translation>
    </message>
    <message>
        <source>write a request file (.sealreq)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>导出申请文件（.sealreq）</translation>
    </message>
    <message>
        <source>request file to write</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>要写入的申请文件</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>覆盖已有文件</translation>
    </message>
    <message>
        <source>read a request file (.sealreq), verified</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>导入申请文件（.sealreq）并验证</translation>
    </message>
    <message>
        <source>the request file</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>申请文件</translation>
    </message>
    <message>
        <source>send a request (or its decision) to colleagues through the platform</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>通过平台把申请（或其审批决定）发给同事</translation>
    </message>
    <message>
        <source>fetch colleagues&apos; requests and decisions from the platform, verified</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>从平台获取同事的申请和审批决定（逐条验证）</translation>
    </message>
    <message>
        <source>read everything again, not only what is new</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>重新读取全部内容，而不只是新内容</translation>
    </message>
    <message>
        <source>list requests</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>列出申请</translation>
    </message>
    <message>
        <source>only this seal&apos;s requests</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>只列出此印章的申请</translation>
    </message>
    <message>
        <source>only requests in this state</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>只列出此状态的申请</translation>
    </message>
    <message>
        <source>show one request</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>显示一份申请</translation>
    </message>
    <message>
        <source>the offline signing queue (B-B → B-LTA)</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>离线签署队列（B-B → B-LTA）</translation>
    </message>
    <message>
        <source>show the queue</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>显示队列</translation>
    </message>
    <message>
        <source>add timestamps and validation data now</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>立即补充时间戳和验证数据</translation>
    </message>
    <message>
        <source>RFC 3161 timestamp service</source>
        <extracomment>app/cli/custody_cmd.py, app/cli/main.py</extracomment>
        <translation>RFC 3161 时间戳服务地址</translation>
    </message>
    <message>
        <source>also try entries whose next attempt is not due yet</source>
        <extracomment>app/cli/custody_cmd.py</extracomment>
        <translation>同时尝试尚未到重试时间的条目</translation>
    </message>
    <message>
        <source>Demo folder:     {path}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>演示文件夹：{path}</translation>
    </message>
    <message>
        <source>Sample contract: {path}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>示例合同：{path}</translation>
    </message>
    <message>
        <source>Signing FAILED:  {message}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>签署失败：{message}</translation>
    </message>
    <message>
        <source>Signed contract: {path}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>已签署合同：{path}</translation>
    </message>
    <message>
        <source>Integrity: {integrity}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>完整性：{integrity}</translation>
    </message>
    <message>
        <source>Verdict: valid (TOTAL-PASSED)</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>结论：有效（TOTAL-PASSED）</translation>
    </message>
    <message>
        <source>Verdict: NOT valid</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>结论：无效</translation>
    </message>
    <message>
        <source>Signature {field}: {indication}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>签名 {field}：{indication}</translation>
    </message>
    <message>
        <source>signer:    {signer}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>签署人：{signer}</translation>
    </message>
    <message>
        <source>timestamp: {time}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>时间戳：{time}</translation>
    </message>
    <message>
        <source>PAdES level: {level}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>PAdES 级别：{level}</translation>
    </message>
    <message>
        <source>intact: {intact}, crypto valid: {crypto_valid}, trusted (demo root): {trusted}, coverage: {coverage}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>文档完整：{intact}，密码学校验通过：{crypto_valid}，受信任（演示根证书）：{trusted}，覆盖范围：{coverage}</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>app/cli/demo_cmd.py, app/cli/interaction.py, app/cli/vault_cmd.py</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>否</translation>
    </message>
    <message>
        <source>check what this installation can do: libraries, drivers, tokens, vault, keyring</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>检查本安装能做什么：程序库、驱动、USB Key、保险库、密钥环</translation>
    </message>
    <message>
        <source>also try to reach the timestamp service and the platform</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>同时尝试连接时间戳服务和平台</translation>
    </message>
    <message>
        <source>PKCS#11 module (driver) to check besides the ones found; repeatable</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>除自动找到的之外还要检查的 PKCS#11 模块（驱动）；可重复</translation>
    </message>
    <message>
        <source>SKF library of an SM2 USB key to check</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>要检查的 SM2 USB Key 的 SKF 库</translation>
    </message>
    <message>
        <source>vault folder (default: the SealDesk data folder&apos;s vault)</source>
        <extracomment>app/cli/doctor_cmd.py, app/cli/vault_args.py</extracomment>
        <translation>保管库文件夹（默认：SealDesk 数据文件夹中的保管库）</translation>
    </message>
    <message>
        <source>timestamp service to reach with --online (repeatable)</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>使用 --online 时要连接的时间戳服务（可重复）</translation>
    </message>
    <message>
        <source>e-signing platform to reach with --online (repeatable)</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>使用 --online 时要连接的电子签章平台（可重复）</translation>
    </message>
    <message>
        <source>ok</source>
        <extracomment>app/cli/doctor_cmd.py, app/cli/tokens_cmd.py</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>WARN</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAIL</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <source>SealDesk {version}: what this installation can do</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>签章台 {version}：本安装能做什么</translation>
    </message>
    <message>
        <source>{ok} ok, {warn} warnings, {fail} problems.</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>{ok} 项正常，{warn} 项警告，{fail} 项问题。</translation>
    </message>
    <message>
        <source>Nothing blocks SealDesk here.</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>没有妨碍签章台运行的问题。</translation>
    </message>
    <message>
        <source>New versions: {url}</source>
        <extracomment>app/cli/doctor_cmd.py</extracomment>
        <translation>新版本：{url}</translation>
    </message>
    <message>
        <source>open the desktop app (also: sealdesk with no command)</source>
        <extracomment>app/cli/gui_cmd.py</extracomment>
        <translation>打开桌面应用（直接运行 sealdesk 亦可）</translation>
    </message>
    <message>
        <source>PDF files to open</source>
        <extracomment>app/cli/gui_cmd.py</extracomment>
        <translation>要打开的 PDF 文件</translation>
    </message>
    <message>
        <source>trust this root or CA certificate when checking signatures (repeatable)</source>
        <extracomment>app/cli/gui_cmd.py</extracomment>
        <translation>检查签名时信任此根证书或 CA 证书（可重复）</translation>
    </message>
    <message>
        <source>No display is available, so the desktop app cannot start. Use a command instead (see &apos;sealdesk --help&apos;).</source>
        <extracomment>app/cli/gui_cmd.py</extracomment>
        <translation>没有可用的显示器，桌面应用无法启动。请改用命令（见 &apos;sealdesk --help&apos;）。</translation>
    </message>
    <message>
        <source>The desktop app is not installed ({detail}). Install SealDesk with its GUI extra: pip install &apos;sealdesk[gui]&apos;.</source>
        <extracomment>app/cli/gui_cmd.py</extracomment>
        <translation>未安装桌面应用（{detail}）。请安装带图形界面组件的签章台：pip install &apos;sealdesk[gui]&apos;。</translation>
    </message>
    <message>
        <source>Warning: one attempt left before the token locks.</source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>警告：仅剩最后一次尝试机会，再输错令牌将被锁定。</translation>
    </message>
    <message>
        <source>{count} attempt(s) left.</source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>还剩 {count} 次尝试机会。</translation>
    </message>
    <message>
        <source>Warning: the token reports that wrong PINs were entered.</source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>警告：令牌报告此前曾输入过错误的 PIN 码。</translation>
    </message>
    <message>
        <source>PIN for this signature for {label}: </source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>请输入 {label} 用于本次签名的 PIN 码：</translation>
    </message>
    <message>
        <source>PIN for {label}: </source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>请输入 {label} 的 PIN 码：</translation>
    </message>
    <message>
        <source>{question} [y/N] </source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>{question} [y/N] </translation>
    </message>
    <message>
        <source>added validation data and an archive timestamp for {signatures} → {output}</source>
        <extracomment>app/cli/ltv_cmd.py</extracomment>
        <translation>已为 {signatures} 添加验证数据和归档时间戳 → {output}</translation>
    </message>
    <message>
        <source>added validation data for {signatures} → {output}</source>
        <extracomment>app/cli/ltv_cmd.py</extracomment>
        <translation>已为 {signatures} 添加验证数据 → {output}</translation>
    </message>
    <message>
        <source>SealDesk (签章台): sign and review contracts with USB keys, HSMs and soft certificates.</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>签章台（SealDesk）：使用 USB Key、硬件安全模块（HSM）或软证书签署和审阅合同。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>log details to stderr</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>将详细日志输出到标准错误（stderr）</translation>
    </message>
    <message>
        <source>list PKCS#11 tokens and their certificates</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>列出 PKCS#11 令牌及其证书</translation>
    </message>
    <message>
        <source>PKCS#11 module (driver) to use; repeatable; default: auto-detect</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>要使用的 PKCS#11 模块（驱动）；可重复指定；默认自动检测</translation>
    </message>
    <message>
        <source>log in with the PIN in this environment variable to list the signing keys (one token: name it with --token when several are inserted)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>使用此环境变量中的 PIN 登录以列出签名密钥（仅限一个 USB Key：插入多个时请用 --token 指定）</translation>
    </message>
    <message>
        <source>the token to log in to with --pin-env</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>用 --pin-env 登录的 USB Key</translation>
    </message>
    <message>
        <source>also list the SM2 USB keys of this SKF (GM/T 0016) library</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>同时列出此 SKF（GM/T 0016）库中的 SM2 USB 密钥</translation>
    </message>
    <message>
        <source>vendor profile (JSON) for SM2 keys on PKCS#11 tokens</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>PKCS#11 令牌上 SM2 密钥的厂商配置文件（JSON）</translation>
    </message>
    <message>
        <source>sign one or more PDF documents</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>签署一个或多个 PDF 文档</translation>
    </message>
    <message>
        <source>PDF files to sign</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>要签署的 PDF 文件</translation>
    </message>
    <message>
        <source>signed file (one input)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>签署后的文件（仅一个输入文件时）</translation>
    </message>
    <message>
        <source>folder for the signed files (batch)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>存放签署后文件的文件夹（批量签署）</translation>
    </message>
    <message>
        <source>key on a token, as an RFC 7512 URI</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>令牌上的密钥，以 RFC 7512 URI 表示</translation>
    </message>
    <message>
        <source>PKCS#12 (.p12/.pfx) soft certificate</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>PKCS#12（.p12/.pfx）软证书</translation>
    </message>
    <message>
        <source>SM2 signer ID for the signature (default 1234567812345678)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>签名使用的 SM2 签名者 ID（默认 1234567812345678）</translation>
    </message>
    <message>
        <source>certification signature with DocMDP level 1, 2 or 3</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>作为认证签名（DocMDP 级别 1、2 或 3）</translation>
    </message>
    <message>
        <source>signature field to sign (existing or new)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>要签署的签名域（已有或新建）</translation>
    </message>
    <message>
        <source>seal image (transparent PNG)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>印章图片（透明背景的 PNG）</translation>
    </message>
    <message>
        <source>seal diameter in points for --at-text/--cross-page (default 120)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>--at-text/--cross-page 的印章直径，单位为磅（默认 120）</translation>
    </message>
    <message>
        <source>page for the seal (1-based)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>盖章页码（从 1 开始）</translation>
    </message>
    <message>
        <source>seal rectangle in the PDF&apos;s own page coordinates (user space: points, the page unrotated)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>印章矩形，使用 PDF 自身的页面坐标（用户空间：单位为点，页面未旋转）</translation>
    </message>
    <message>
        <source>centre the seal on this text (last match)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>将印章居中盖在此文字上（取最后一处匹配）</translation>
    </message>
    <message>
        <source>cross-page seal (骑缝章)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>加盖骑缝章</translation>
    </message>
    <message>
        <source>text line drawn with the seal (%%(signer)s and %%(ts)s are filled in)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>随印章绘制的一行文字（%%(signer)s 替换为签署人，%%(ts)s 替换为时间）</translation>
    </message>
    <message>
        <source>reason for signing, stored in the signature</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>签署原因，记录在签名中</translation>
    </message>
    <message>
        <source>place of signing, stored in the signature</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>签署地点，记录在签名中</translation>
    </message>
    <message>
        <source>RSA-PSS instead of PKCS#1 v1.5</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>使用 RSA-PSS 而非 PKCS#1 v1.5</translation>
    </message>
    <message>
        <source>machine-readable results</source>
        <extracomment>app/cli/main.py, app/cli/verify_cmd.py</extracomment>
        <translation>以机器可读的 JSON 格式输出结果</translation>
    </message>
    <message>
        <source>also sign each output with this RSA/ECDSA PKCS#12 certificate, after the first (SM2) signature, for readers that cannot verify SM2</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>在第一个（SM2）签名之后，再用此 RSA/ECDSA PKCS#12 证书为每个输出文件签名，供无法验证 SM2 的阅读器使用</translation>
    </message>
    <message>
        <source>like --also-p12, with an RSA/ECDSA key on a token (RFC 7512 URI)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>同 --also-p12，但使用令牌上的 RSA/ECDSA 密钥（RFC 7512 URI）</translation>
    </message>
    <message>
        <source>password of the --also-p12 file, from this environment variable</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>--also-p12 文件的密码，从此环境变量读取</translation>
    </message>
    <message>
        <source>PIN of the --also-key token, from this environment variable</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>--also-key 令牌的 PIN 码，从此环境变量读取</translation>
    </message>
    <message>
        <source>add validation data (and an archive timestamp) to a signed PDF</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>为已签署的 PDF 添加验证数据（及归档时间戳）</translation>
    </message>
    <message>
        <source>signed PDF</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>已签署的 PDF</translation>
    </message>
    <message>
        <source>where to write the extended copy</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>补充验证数据后的副本的保存位置</translation>
    </message>
    <message>
        <source>add (or refresh) a document timestamp over everything (B-LTA)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>添加（或更新）覆盖全部内容的文档时间戳（B-LTA）</translation>
    </message>
    <message>
        <source>machine-readable result</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>以机器可读的 JSON 格式输出结果</translation>
    </message>
    <message>
        <source>sign a sample contract with a demo PKI, end to end</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>用演示 PKI 完整走一遍示例合同的签署流程</translation>
    </message>
    <message>
        <source>do not open the result in the GUI</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>不在图形界面中打开结果</translation>
    </message>
    <message>
        <source>where to put the demo files</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>演示文件的存放位置</translation>
    </message>
    <message>
        <source>password of encrypted input PDFs, from this variable</source>
        <extracomment>app/cli/main.py, app/cli/verify_cmd.py</extracomment>
        <translation>加密输入 PDF 的密码，从此环境变量读取</translation>
    </message>
    <message>
        <source>signed   {source} → {output}</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>已签署  {source} → {output}</translation>
    </message>
    <message>
        <source>skipped  {source} → {output} (already signed by an earlier run)</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>已跳过  {source} → {output}（之前的运行已签署）</translation>
    </message>
    <message>
        <source>{signed} signed, {skipped} skipped, {failed} failed</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>已签署 {signed} 个，跳过 {skipped} 个，失败 {failed} 个</translation>
    </message>
    <message>
        <source>Your certificate {subject} expires on {date} ({days} days left).</source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>您的证书 {subject} 将于 {date} 到期（剩余 {days} 天）。</translation>
    </message>
    <message>
        <source>Do you agree that it is renewed? [y/N] </source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>是否同意更新该证书？[y/N] </translation>
    </message>
    <message>
        <source>Renewal consent: answer with --renewal agree|decline; you will be asked again at the next signing.</source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>证书更新同意：请使用 --renewal agree|decline 作答；下次签署时将再次询问。</translation>
    </message>
    <message>
        <source>Your certificate {subject} will now sign {document}.</source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>您的证书 {subject} 将签署 {document}。</translation>
    </message>
    <message>
        <source>archived {output} → vault {id}</source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>已归档 {output} → 保险库 {id}</translation>
    </message>
    <message>
        <source>NOT ARCHIVED {output}: {message}</source>
        <extracomment>app/cli/sign_vault.py</extracomment>
        <translation>未归档 {output}：{message}</translation>
    </message>
    <message>
        <source>SMS code: </source>
        <extracomment>app/cli/sms_code.py</extracomment>
        <translation>短信验证码：</translation>
    </message>
    <message>
        <source>The code is wrong: {n} attempt(s) left.</source>
        <extracomment>app/cli/sms_code.py</extracomment>
        <translation>验证码错误：还可尝试 {n} 次。</translation>
    </message>
    <message>
        <source>send evidence fingerprints to the e-signing platform</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>将证据指纹发送到电子签约平台</translation>
    </message>
    <message>
        <source>run (default), register this vault, or show the status</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>run（默认）、register（注册此保险库）或 status（显示状态）</translation>
    </message>
    <message>
        <source>the platform&apos;s address (https)</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>平台地址（https）</translation>
    </message>
    <message>
        <source>send once, then exit</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>发送一次后退出</translation>
    </message>
    <message>
        <source>seconds between runs without --once (default 60)</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>不带 --once 时两次运行间隔的秒数（默认 60）</translation>
    </message>
    <message>
        <source>register: the enrolment token from this environment variable (default: ask)</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>register：从此环境变量读取注册令牌（默认：询问）</translation>
    </message>
    <message>
        <source>register: a name for this device</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>register：此设备的名称</translation>
    </message>
    <message>
        <source>register: extra CA certificates for the platform</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>register：平台的额外 CA 证书</translation>
    </message>
    <message>
        <source>register: SHA-256 of the platform&apos;s public key (certificate pinning)</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>register：平台公钥的 SHA-256（证书固定）</translation>
    </message>
    <message>
        <source>register: the log id the operator gave you</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>register：运营方提供的日志 ID</translation>
    </message>
    <message>
        <source>status: acknowledge the verification warning</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>status：确认验证警告</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <extracomment>app/cli/sync_cmd.py, app/cli/vault_cmd.py</extracomment>
        <translation>保险库口令：</translation>
    </message>
    <message>
        <source>Registered with {platform} as device {device} (log {log}).</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>已在 {platform} 注册为设备 {device}（日志 {log}）。</translation>
    </message>
    <message>
        <source>Enrolment token: </source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>注册令牌：</translation>
    </message>
    <message>
        <source>Sent {sent} events, {stored} receipts verified and stored; {pending} waiting.</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>已发送 {sent} 个事件，{stored} 份回执已验证并保存；{pending} 个待发送。</translation>
    </message>
    <message>
        <source>Not registered with a platform (sealdesk sync register).</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>尚未在平台注册（sealdesk sync register）。</translation>
    </message>
    <message>
        <source>Platform: {url}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>平台：{url}</translation>
    </message>
    <message>
        <source>Device: {id}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>设备：{id}</translation>
    </message>
    <message>
        <source>Waiting to be sent: {n}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>待发送：{n}</translation>
    </message>
    <message>
        <source>Verified receipts: {n}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>已验证回执：{n}</translation>
    </message>
    <message>
        <source>Last success: {at}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>最近成功：{at}</translation>
    </message>
    <message>
        <source>Last error ({at}): {error}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>最近错误（{at}）：{error}</translation>
    </message>
    <message>
        <source>WARNING ({at}): {warning}</source>
        <extracomment>app/cli/sync_cmd.py</extracomment>
        <translation>警告（{at}）：{warning}</translation>
    </message>
    <message>
        <source>No PKCS#11 driver found. Install the token vendor&apos;s driver, or give --module PATH.</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>未找到 PKCS#11 驱动。请安装令牌厂商提供的驱动，或用 --module PATH 指定。</translation>
    </message>
    <message>
        <source>cannot load: {problem}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>无法加载：{problem}</translation>
    </message>
    <message>
        <source>driver  {path}  ({source}, {status})</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>驱动    {path}（{source}，{status}）</translation>
    </message>
    <message>
        <source>No token found: insert the USB key and check its driver.</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>未找到令牌：请插入 USB Key 并检查其驱动。</translation>
    </message>
    <message>
        <source>SKF key {label}  serial {serial}  {manufacturer}  ({name})</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>SKF 密钥 {label}  序列号 {serial}  {manufacturer}  （{name}）</translation>
    </message>
    <message>
        <source>applications: {apps}; PIN tries left: {tries}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>应用：{apps}；PIN 剩余尝试次数：{tries}</translation>
    </message>
    <message>
        <source>token   {label}  serial {serial}  {manufacturer} {model}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>令牌    {label}  序列号 {serial}  {manufacturer} {model}</translation>
    </message>
    <message>
        <source>state: {state}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>状态：{state}</translation>
    </message>
    <message>
        <source>{state}; PIN pad</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>{state}；带 PIN 键盘</translation>
    </message>
    <message>
        <source>cannot list keys: {message}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>无法列出密钥：{message}</translation>
    </message>
    <message>
        <source>certificates readable without a PIN (give --pin-env VAR [--token LABEL] to log in and check the keys):</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>无需 PIN 即可读取的证书（使用 --pin-env VAR [--token LABEL] 登录以检查密钥）：</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>no certificate with a private key</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>没有带私钥的证书</translation>
    </message>
    <message>
        <source>{mark} {label}  {subject}  {key}  until {date}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>{mark} {label}  {subject}  {key}  有效期至 {date}</translation>
    </message>
    <message>
        <source>(no label)</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>not offered: {reason}</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>不可用：{reason}</translation>
    </message>
    <message>
        <source>configured</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>手动指定</translation>
    </message>
    <message>
        <source>p11-kit</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>p11-kit 配置</translation>
    </message>
    <message>
        <source>well-known</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>常见位置</translation>
    </message>
    <message>
        <source>ready</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>a wrong PIN was entered recently</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>最近输入过错误的 PIN 码</translation>
    </message>
    <message>
        <source>ONE PIN attempt left before it locks</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>仅剩一次 PIN 码尝试机会，再错将被锁定</translation>
    </message>
    <message>
        <source>PIN LOCKED (ask your administrator to unblock it)</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>PIN 码已锁定（请联系管理员解锁）</translation>
    </message>
    <message>
        <source>the encrypted archive of signed contracts and their evidence</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>已签署合同及其证据的加密归档库</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>新建保险库</translation>
    </message>
    <message>
        <source>vault passphrase from this environment variable (default: ask)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>从此环境变量读取保管库口令（默认：询问）</translation>
    </message>
    <message>
        <source>keep a random vault key in the system keyring instead of a passphrase</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>在系统密钥环中保存随机生成的保险库密钥，代替口令</translation>
    </message>
    <message>
        <source>lock the vault to this USB-key certificate: it opens with the token and its PIN</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>将保管库绑定到此 USB 密钥证书：需插入令牌并输入 PIN 才能打开</translation>
    </message>
    <message>
        <source>list the archived documents</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>列出已归档的文档</translation>
    </message>
    <message>
        <source>include destroyed documents</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>包括已销毁的文档</translation>
    </message>
    <message>
        <source>archive an existing (signed) PDF</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>归档已有的（已签署的）PDF</translation>
    </message>
    <message>
        <source>the PDF to archive</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>要归档的 PDF</translation>
    </message>
    <message>
        <source>a signer&apos;s resident ID number, from this variable (stored encrypted)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>签署人的居民身份证号码，从此环境变量读取（加密存储）</translation>
    </message>
    <message>
        <source>export a contract with its evidence as a zip for legal</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>将合同及其证据导出为 zip 文件，供法务使用</translation>
    </message>
    <message>
        <source>document ID (or a unique prefix)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>文档 ID（或其唯一前缀）</translation>
    </message>
    <message>
        <source>zip file to write</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>要写入的 zip 文件</translation>
    </message>
    <message>
        <source>replace an existing zip</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>覆盖已存在的 zip 文件</translation>
    </message>
    <message>
        <source>destroy a document and its personal data for good</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>永久销毁文档及其个人信息</translation>
    </message>
    <message>
        <source>why (kept in the evidence)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>销毁原因（记录在证据中）</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>不再询问确认</translation>
    </message>
    <message>
        <source>verify the evidence chain, the blobs and the encryption</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>校验证据链、数据文件和加密</translation>
    </message>
    <message>
        <source>give a keyring or USB-key vault a new random key (or move it to the keyring or a USB key)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>为密钥环或 USB 密钥保管库更换新的随机密钥（或迁移到密钥环或 USB 密钥）</translation>
    </message>
    <message>
        <source>keep the new key in the system keyring</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>将新密钥保存在系统密钥环中</translation>
    </message>
    <message>
        <source>wrap the new key to this USB-key certificate</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>将新密钥封装到此 USB 密钥证书</translation>
    </message>
    <message>
        <source>change the vault passphrase</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>修改保险库口令</translation>
    </message>
    <message>
        <source>the new passphrase, from this environment variable (default: ask)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>新口令，从此环境变量读取（默认：交互询问）</translation>
    </message>
    <message>
        <source>archive the signed files and their evidence in this vault</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>将签署后的文件及其证据归档到此保险库</translation>
    </message>
    <message>
        <source>with --vault, when the signing policy asks for an SMS code: the code from this environment variable (default: ask)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>与 --vault 一起使用，签署策略要求短信验证码时：从此环境变量读取验证码（默认：询问）</translation>
    </message>
    <message>
        <source>PKCS#11 module of the USB key (if the URI has no module-path)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>USB 密钥的 PKCS#11 模块（URI 中没有 module-path 时）</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>请再次输入口令：</translation>
    </message>
    <message>
        <source>New vault passphrase: </source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>新的保险库口令：</translation>
    </message>
    <message>
        <source>Vault created in {folder}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>已在 {folder} 中创建保险库</translation>
    </message>
    <message>
        <source>The vault holds no documents.</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>保险库中没有文档。</translation>
    </message>
    <message>
        <source>{id}  {when}  destroyed ({reason})</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>{id}  {when}  已销毁（{reason}）</translation>
    </message>
    <message>
        <source>Archived {name} as {id}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>已将 {name} 归档，ID 为 {id}</translation>
    </message>
    <message>
        <source>{name} is already in the vault as {id}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>{name} 已在保险库中，ID 为 {id}</translation>
    </message>
    <message>
        <source>Exported {id} to {path}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>已将 {id} 导出到 {path}</translation>
    </message>
    <message>
        <source>Destroy {id} ({name}) for good? This cannot be undone. [y/N] </source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>要永久销毁 {id}（{name}）吗？此操作无法撤销。[y/N] </translation>
    </message>
    <message>
        <source>Destroyed {id}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>已销毁 {id}</translation>
    </message>
    <message>
        <source>encryption: every page authenticates</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>加密：所有页均通过认证</translation>
    </message>
    <message>
        <source>encryption: DAMAGED</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>加密：已损坏</translation>
    </message>
    <message>
        <source>evidence chain: {events} events, head {head}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>证据链：{events} 个事件，链头 {head}</translation>
    </message>
    <message>
        <source>evidence chain: BROKEN at event {seq}: {reason}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>证据链：在第 {seq} 个事件处断裂：{reason}</translation>
    </message>
    <message>
        <source>documents: {checked} checked, {problems} problem(s)</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>文档：已检查 {checked} 个，发现 {problems} 个问题</translation>
    </message>
    <message>
        <source>audit log: BROKEN at entry {seq}: {reason}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>审计日志：在第 {seq} 条处断裂：{reason}</translation>
    </message>
    <message>
        <source>platform receipts: {checked} checked, {failed} do not verify</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>平台回执：已检查 {checked} 份，{failed} 份验证失败</translation>
    </message>
    <message>
        <source>  receipt of event {seq} does not verify: {problem}</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>  事件 {seq} 的回执验证失败：{problem}</translation>
    </message>
    <message>
        <source>vault OK</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>保险库正常</translation>
    </message>
    <message>
        <source>vault DAMAGED</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>保险库已损坏</translation>
    </message>
    <message>
        <source>Vault passphrase changed.</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>保险库口令已修改。</translation>
    </message>
    <message>
        <source>New vault key, wrapped to {key} on {token}.</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>已生成新的保管库密钥，封装到 {token} 上的 {key}。</translation>
    </message>
    <message>
        <source>New vault key, kept in the system keyring.</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>已生成新的保管库密钥，保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>review signed PDFs: signatures, changes after signing, verdicts</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>审阅已签署的 PDF：签名、签署后的改动及结论</translation>
    </message>
    <message>
        <source>PDF files, or folders searched recursively for PDFs</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>PDF 文件，或递归查找 PDF 的文件夹</translation>
    </message>
    <message>
        <source>trust this root or CA certificate (repeatable)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>信任此根证书或 CA 证书（可重复指定）</translation>
    </message>
    <message>
        <source>do not trust the operating system&apos;s root certificates</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>不信任操作系统自带的根证书</translation>
    </message>
    <message>
        <source>no network: use only validation data embedded in the files</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>不联网：仅使用文件中内嵌的验证数据</translation>
    </message>
    <message>
        <source>also write a PDF report of the review</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>同时生成 PDF 格式的审阅报告</translation>
    </message>
    <message>
        <source>language of the findings and the report (default: the UI&apos;s)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>审阅结果和报告的语言（默认与界面语言相同）</translation>
    </message>
    <message>
        <source>files reviewed in parallel (default: number of cores)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>并行审阅的文件数（默认为 CPU 核心数）</translation>
    </message>
    <message>
        <source>save each signed revision as its own PDF in this folder</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>将每个已签署的文档版本分别另存为 PDF，保存到此文件夹</translation>
    </message>
    <message>
        <source>give up on a file after this long (default 60)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>单个文件的审阅时限，单位为秒（默认 60）</translation>
    </message>
    <message>
        <source>also accept SM2 signatures made with this signer ID (repeatable; 1234567812345678 is always accepted)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>也接受以此签名者标识生成的 SM2 签名（可重复；1234567812345678 始终接受）</translation>
    </message>
    <message>
        <source> (not allowed)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>（不允许）</translation>
    </message>
    <message>
        <source> (drawn over signed content)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>（覆盖在已签署的内容之上）</translation>
    </message>
    <message>
        <source>revision {revision}: {detail}</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>版本 {revision}：{detail}</translation>
    </message>
    <message>
        <source>{total} files: {passed} passed, {failed} not passed</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>共 {total} 个文件：{passed} 个通过，{failed} 个未通过</translation>
    </message>
    <message>
        <source>cannot extract revisions of {path}: {detail}</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>无法提取 {path} 的文档版本：{detail}</translation>
    </message>
    <message>
        <source>seal rectangle in the page&apos;s own coordinates (points from the lower left of the unrotated page, as in the PDF)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation type="vanished">印章矩形，使用页面自身坐标（从未旋转页面左下角起算的点数，与 PDF 中一致）</translation>
    </message>
    <message>
        <source>seal rectangle in points</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation type="vanished">印章矩形区域，单位为磅</translation>
    </message>
    <message>
        <source>log in with the PIN in this environment variable to list certificates</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation type="vanished">使用此环境变量中的 PIN 码登录，以列出证书</translation>
    </message>
    <message>
        <source>(give --pin-env VAR to log in and list the signing keys)</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation type="vanished">（使用 --pin-env VAR 登录后可列出签名密钥）</translation>
    </message>
    <message>
        <source>audit log: entry {seq} is missing</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation type="vanished">审计日志：缺少第 {seq} 条记录</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>%(prog)s: 错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>必须提供以下参数之一：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>忽略了显式给出的参数值 %r</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>无效的选项：%(value)r（可选值：%(choices)s）</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>选项有歧义：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>未知命令 %(parser_name)r（可用命令：%(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <extracomment>app/cli/argparse_i18n.py</extracomment>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
</context>
<context>
    <name>tokens</name>
    <message>
        <source>The token {label} refuses RSA-OAEP with SHA-256; the vault key is wrapped with RSA-OAEP with SHA-1 instead.</source>
        <extracomment>app/vault/token_key.py</extracomment>
        <translation>令牌 {label} 不接受 SHA-256 的 RSA-OAEP；保管库密钥改用 SHA-1 的 RSA-OAEP 封装。</translation>
    </message>
    <message>
        <source>The token {label} does not offer RSA-OAEP; the vault key is wrapped with RSA PKCS#1 v1.5 instead.</source>
        <extracomment>app/vault/token_key.py</extracomment>
        <translation>令牌 {label} 不支持 RSA-OAEP；保管库密钥改用 RSA PKCS#1 v1.5 封装。</translation>
    </message>
    <message>
        <source>This is an SM2 (Chinese national standard) signature. Adobe Acrobat and Reader cannot verify SM2 signatures and will show it as invalid or unknown; check it with SealDesk or another SM2-capable verifier, and for recipients outside China add a second RSA or ECDSA signature (the sign dialog offers one; sealdesk sign: --also-p12 or --also-key).</source>
        <extracomment>crypto/sm/profile.py</extracomment>
        <translation>这是 SM2（国密标准）签名。Adobe Acrobat 和 Reader 无法验证 SM2 签名，会将其显示为无效或未知；请使用签章台或其他支持 SM2 的验证工具进行验证。如有中国境外的接收方，请再添加一个 RSA 或 ECDSA 签名（签署对话框中可直接添加；命令行 sealdesk sign 使用 --also-p12 或 --also-key）。</translation>
    </message>
    <message>
        <source>Enter the PIN of {label} on the PIN pad.</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>请在 PIN 键盘上输入 {label} 的 PIN 码。</translation>
    </message>
    <message>
        <source>Confirm this signature with the PIN of {label} on the PIN pad.</source>
        <extracomment>crypto/tokens/pkcs11/session.py</extracomment>
        <translation>请在 PIN 键盘上输入 {label} 的 PIN 码，以确认本次签名。</translation>
    </message>
    <message>
        <source>Your certificate {subject} will now sign the authorisation letter {letter}. Continue?</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>您的证书 {subject} 即将签署授权委托书 {letter}。是否继续？</translation>
    </message>
    <message>
        <source>Your certificate {subject} will now sign {documents}. Continue?</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>您的证书 {subject} 即将签署 {documents}。是否继续？</translation>
    </message>
    <message>
        <source>This is an SM2 (Chinese national standard) signature. Adobe Acrobat and Reader cannot verify SM2 signatures and will show it as invalid or unknown; check it with SealDesk or another SM2-capable verifier, and for recipients outside China add a second RSA or ECDSA signature (sealdesk sign --also-p12 or --also-key; in the sign dialog, the option below).</source>
        <extracomment>crypto/sm/profile.py</extracomment>
        <translation type="vanished">这是 SM2（国密标准）签名。Adobe Acrobat 和 Reader 无法验证 SM2 签名，会将其显示为无效或未知；请使用签章台或其他支持 SM2 的验证工具进行验证。如有中国境外的接收方，请再添加一个 RSA 或 ECDSA 签名（命令行：sealdesk sign --also-p12 或 --also-key；签署对话框：下方的选项）。</translation>
    </message>
    <message>
        <source>This is an SM2 (Chinese national standard) signature. Adobe Acrobat and Reader cannot verify SM2 signatures and will show it as invalid or unknown; check it with SealDesk or another SM2-capable verifier, and for recipients outside China add a second RSA or ECDSA signature (sign the signed file again with such a key).</source>
        <extracomment>crypto/sm/profile.py</extracomment>
        <translation type="vanished">这是 SM2（国密标准）签名。Adobe Acrobat 和 Reader 无法验证 SM2 签名，会将其显示为无效或未知；请使用签章台或其他支持 SM2 的验证工具进行验证。如有中国境外的接收方，请再添加一个 RSA 或 ECDSA 签名（用此类密钥再次签署已签名的文件）。</translation>
    </message>
</context>
<context>
    <name>AddSealDialog</name>
    <message>
        <source>Register a seal</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>登记印章</translation>
    </message>
    <message>
        <source>e.g. 示例科技有限公司合同专用章</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>例如：示例科技有限公司合同专用章</translation>
    </message>
    <message>
        <source>Choose…</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>选择…</translation>
    </message>
    <message>
        <source>A PNG with a transparent background, at least 200 × 200 pixels.</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>透明背景的 PNG 图片，至少 200 × 200 像素。</translation>
    </message>
    <message>
        <source>Valid from</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Who may request its use</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>可申请用印的人</translation>
    </message>
    <message>
        <source>Who may approve its use</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>可审批用印的人</translation>
    </message>
    <message>
        <source>Register</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>登记</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>印模</translation>
    </message>
    <message>
        <source>Validity</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>有效期</translation>
    </message>
    <message>
        <source>The key the seal signs with</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>印章绑定的签名密钥</translation>
    </message>
    <message>
        <source>Seal image</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>印章图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Checking the image…</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>正在检查图片…</translation>
    </message>
    <message>
        <source>Checked: shown exactly as it will be stamped.</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>已检查：所见即盖章效果。</translation>
    </message>
    <message>
        <source>Choose a seal image that passes the check.</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>请选择一张通过检查的印章图片。</translation>
    </message>
    <message>
        <source>Choose the certificate the seal is bound to.</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>请选择印章绑定的证书。</translation>
    </message>
    <message>
        <source>Registering…</source>
        <extracomment>ui/custody/seal_form.py</extracomment>
        <translation>正在登记…</translation>
    </message>
</context>
<context>
    <name>AgreementsDialog</name>
    <message>
        <source>Agreements</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>协议</translation>
    </message>
    <message>
        <source>Please read the agreements below. Signing needs your consent to all three; tick each one yourself.</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>请阅读以下协议。签署需要您同意全部三项协议，请逐项亲自勾选。</translation>
    </message>
    <message>
        <source>I have read and agree to the {title} (version {version})</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>我已阅读并同意《{title}》（版本 {version}）</translation>
    </message>
    <message>
        <source>Optional (signing works without it)</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>可选（不同意也可以签署）</translation>
    </message>
    <message>
        <source>Allow anonymous usage statistics ({title})</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>允许匿名使用情况统计（{title}）</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>继续</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>ui/compliance/agreements_dialog.py</extracomment>
        <translation>不同意</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Apply the seal</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>用印</translation>
    </message>
    <message>
        <source>Seal {seal} on the documents approved by request {id}: {names}. Only these files, unchanged, can be sealed.</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>用 {seal} 为申请 {id} 已批准的文件盖章：{names}。只有这些未经改动的文件可以盖章。</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>盖章后的文件</translation>
    </message>
    <message>
        <source>Add files…</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>盖章</translation>
    </message>
    <message>
        <source>Open the signed copies</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>打开盖章后的文件</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the signed copies in</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>盖章后的文件保存到</translation>
    </message>
    <message>
        <source>Password of the seal&apos;s key file</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>印章密钥文件的密码</translation>
    </message>
    <message>
        <source>The seal&apos;s USB key asks for its PIN when you seal.</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>盖章时印章的 USB Key 会要求输入 PIN。</translation>
    </message>
    <message>
        <source>Approved documents</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>已批准的文件</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the signed copies</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>盖章后文件的保存文件夹</translation>
    </message>
    <message>
        <source>Refused: changed, or not in the approval</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>已拒绝：文件已改动或不在批准范围内</translation>
    </message>
    <message>
        <source>Sealed (B-B, queued for the timestamp)</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>已盖章（B-B，排队等待时间戳）</translation>
    </message>
    <message>
        <source>Sealed by an earlier run</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>之前已盖章</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>未盖章</translation>
    </message>
    <message>
        <source>Add the approved documents.</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>请添加已批准的文件。</translation>
    </message>
    <message>
        <source>Choose where the signed copies go.</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>请选择盖章后文件的保存位置。</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>正在盖章…</translation>
    </message>
    <message>
        <source>{done} sealed, {failed} not sealed.</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>已盖章 {done} 份，未盖章 {failed} 份。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sealed.</source>
        <extracomment>ui/custody/apply_dialog.py</extracomment>
        <translation>已取消：没有盖章。</translation>
    </message>
</context>
<context>
    <name>AuthorisationDialog</name>
    <message>
        <source>Authorisation letter</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>Choose where the signed letter goes</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>选择签署后的授权书保存位置</translation>
    </message>
    <message>
        <source>Save as…</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Signed letter</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>签署后的授权书</translation>
    </message>
    <message>
        <source>The company seal that signs the letter</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>签署授权书的公司印章</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Sign</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>签署</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>1 / 2  The letter</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>1 / 2  授权书内容</translation>
    </message>
    <message>
        <source>2 / 2  The company seal</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>2 / 2  公司印章</translation>
    </message>
    <message>
        <source>Signed and registered</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>已签署并登记</translation>
    </message>
    <message>
        <source>Save the signed letter</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>保存签署后的授权书</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>请更正以红色标出的字段。</translation>
    </message>
    <message>
        <source>Unlock the vault first: the letter is registered there.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>请先解锁保险库：授权书将登记在其中。</translation>
    </message>
    <message>
        <source>Choose the company seal&apos;s certificate.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>请选择公司印章的证书。</translation>
    </message>
    <message>
        <source>Complete the signature options.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>请完成签名选项。</translation>
    </message>
    <message>
        <source>Choose where the signed letter goes.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>请选择签署后的授权书保存位置。</translation>
    </message>
    <message>
        <source>Signing the letter…</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>正在签署授权书…</translation>
    </message>
    <message>
        <source>An unsigned copy of the letter with the people&apos;s data is kept in {path} until the letter is registered. Sign again to register it; the copy is removed then.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>一份含有相关人员信息的未签名授权书副本保存在 {path}，直到授权书登记完成。请再次签署以完成登记，届时该副本将被删除。</translation>
    </message>
    <message>
        <source>Authorisation letter {id} is signed with the company seal and registered in the vault (document {document}).</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>授权委托书 {id} 已加盖公司印章签署，并登记在保险库中（文档 {document}）。</translation>
    </message>
    <message>
        <source>Company: {company}</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>公司：{company}</translation>
    </message>
    <message>
        <source>Legal representative: {name} ({id})</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>法定代表人：{name}（{id}）</translation>
    </message>
    <message>
        <source>Agent: {name} ({id})</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>代理人：{name}（{id}）</translation>
    </message>
    <message>
        <source>Valid from {start} until {end}</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>有效期自 {start} 至 {end}</translation>
    </message>
    <message>
        <source>The signed letter is saved as {path}</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>签署后的授权书已保存为 {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelled: the letter was not registered.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation>已取消：授权书未登记。</translation>
    </message>
    <message>
        <source>Authorisation letter {id} is signed and registered in the vault. Company: {company}; legal representative: {rep}; agent: {agent}; valid {start} to {end}. The signed letter is saved as {path}.</source>
        <extracomment>ui/compliance/authorisation_dialog.py</extracomment>
        <translation type="vanished">授权委托书 {id} 已签署并登记在保险库中。公司：{company}；法定代表人：{rep}；代理人：{agent}；有效期 {start} 至 {end}。签署后的授权书已保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Sign many documents</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>批量签署</translation>
    </message>
    <message>
        <source>Keep the signed copies and their evidence in the vault</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>将已签署文件及其证据保存到保险库</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>页数</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>印章</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <source>Add documents…</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>Centred on a text</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>以文字为中心</translation>
    </message>
    <message>
        <source>Across the page edges (骑缝章)</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>骑缝章（跨页边缘）</translation>
    </message>
    <message>
        <source>No visible seal</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>不显示印章</translation>
    </message>
    <message>
        <source>Text seal: signer and time</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>文字章：签署人和时间</translation>
    </message>
    <message>
        <source>Seal position</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>盖章位置</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>文字</translation>
    </message>
    <message>
        <source>Signed copies go to</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>签署后的文件保存到</translation>
    </message>
    <message>
        <source>1 / 3  Documents to sign</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>1 / 3  待签文件</translation>
    </message>
    <message>
        <source>2 / 3  Who signs</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>2 / 3  签署人</translation>
    </message>
    <message>
        <source>3 / 3  Seal and options</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>3 / 3  印章与选项</translation>
    </message>
    <message>
        <source>I have reviewed these {count} documents (their fingerprints are listed) and intend to sign all of them.</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>我已审阅这 {count} 份文件（已列出其指纹），并确认签署全部文件。</translation>
    </message>
    <message>
        <source>Sign {count} documents</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>签署 {count} 份文件</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Documents to sign</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>待签文件</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>A folder of documents</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>文件所在文件夹</translation>
    </message>
    <message>
        <source>Reading {count} documents…</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>正在读取 {count} 份文件…</translation>
    </message>
    <message>
        <source>Reading the documents…</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>as chosen in step 3</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>按第 3 步的选择</translation>
    </message>
    <message>
        <source>The vault stays locked: nothing was signed.</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>保险库仍处于锁定状态：未签署任何文件。</translation>
    </message>
    <message>
        <source>Signing…</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>正在签署…</translation>
    </message>
    <message>
        <source>Signed → {name}</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>已签署 → {name}</translation>
    </message>
    <message>
        <source>Already signed (earlier run)</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>已签署（之前的运行）</translation>
    </message>
    <message>
        <source>Not signed (stopped)</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>未签署（已停止）</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <source>{signed} signed, {skipped} already signed, {failed} not signed.</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>已签署 {signed} 份，此前已签 {skipped} 份，未签署 {failed} 份。</translation>
    </message>
    <message>
        <source>{kept} kept in the vault.</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>{kept} 份已保存到保险库。</translation>
    </message>
    <message>
        <source>Not kept in the vault: {name}: {why}</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>未保存到保险库：{name}：{why}</translation>
    </message>
    <message>
        <source>Stopped. Run the same batch again to sign the rest.</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation>已停止。再次运行同一批次即可签署其余文件。</translation>
    </message>
    <message>
        <source>Not signed: the intent check was not completed.</source>
        <extracomment>ui/sign/batch.py</extracomment>
        <translation type="vanished">未签署：签署意愿核验未完成。</translation>
    </message>
</context>
<context>
    <name>CertApplyDialog</name>
    <message>
        <source>Apply for a certificate</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>申请证书</translation>
    </message>
    <message>
        <source>A new key is made on this computer and never leaves it. The platform&apos;s certificate authority issues a certificate for it once a code sent to your registered phone confirms that you apply.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>新密钥在本机生成，绝不离开本机。发送到您登记手机的验证码确认申请后，平台的证书颁发机构为该密钥签发证书。</translation>
    </message>
    <message>
        <source>as it will appear in the certificate</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>将显示在证书中的姓名</translation>
    </message>
    <message>
        <source>64 hex characters, as registered with the platform</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>64 位十六进制字符，与平台登记的一致</translation>
    </message>
    <message>
        <source>Choose…</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>选择…</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <source>Your name</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signer ID</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>签署人 ID</translation>
    </message>
    <message>
        <source>Save to</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>保存到</translation>
    </message>
    <message>
        <source>File password</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>文件密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Apply</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>申请</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign a document with it…</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>用它签署文件…</translation>
    </message>
    <message>
        <source>Trust the platform&apos;s CA in reviews…</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>在验证中信任平台 CA…</translation>
    </message>
    <message>
        <source>Save the certificate file</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>保存证书文件</translation>
    </message>
    <message>
        <source>PKCS#12 certificate files (*.p12)</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>PKCS#12 证书文件 (*.p12)</translation>
    </message>
    <message>
        <source>Applying for a certificate needs the e-signing platform, and this vault is not registered with one. Register this computer with your organisation&apos;s platform (sealdesk sync register), then try again. Nothing was sent.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>申请证书需要电子签约平台，但此保险库尚未在任何平台登记。请先将本机登记到贵单位的平台（sealdesk sync register），然后重试。未发送任何内容。</translation>
    </message>
    <message>
        <source>Unlock the vault first: the notices are recorded there.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>请先解锁保险库：告知记录将保存在其中。</translation>
    </message>
    <message>
        <source>Choose where the certificate file goes.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>请选择证书文件的保存位置。</translation>
    </message>
    <message>
        <source>Preparing the application…</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>正在准备申请…</translation>
    </message>
    <message>
        <source>Before your certificate is issued: you have accepted the Digital Certificate Usage Agreement. A code is now sent to the phone registered for this signer; typing it confirms your identity and that you intend to apply for this certificate.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>证书签发前告知：您已同意《数字证书使用协议》。现在将向该签署人登记的手机发送验证码；输入验证码即确认您的身份以及您申请此证书的意愿。</translation>
    </message>
    <message>
        <source>Name in the certificate: {name}</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>证书中的姓名：{name}</translation>
    </message>
    <message>
        <source>Signer ID {id}</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>签署人 ID {id}</translation>
    </message>
    <message>
        <source>Request SHA-256 {sha}</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>申请 SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Stored in {path}</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>保存于 {path}</translation>
    </message>
    <message>
        <source>Before issuance</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>签发前告知</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>继续</translation>
    </message>
    <message>
        <source>Waiting for the SMS code…</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>正在等待短信验证码…</translation>
    </message>
    <message>
        <source>Issuing your certificate…</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>正在签发证书…</translation>
    </message>
    <message>
        <source>Issued. Your certificate is stored on this computer in {path} and is valid until {until}. To sign with it, choose this file as the soft certificate when signing.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>已签发。您的证书保存在本机 {path}，有效期至 {until}。签署时选择此文件作为软证书即可使用。</translation>
    </message>
    <message>
        <source>The platform had already issued your certificate when you cancelled; an issued certificate cannot be taken back, so it has been stored on this computer in {path} and is valid until {until}.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>您取消时平台已签发您的证书；已签发的证书无法撤回，因此已保存到本机的 {path}，有效期至 {until}。</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Trust the platform&apos;s CA</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>信任平台 CA</translation>
    </message>
    <message>
        <source>Signatures made with certificates this certificate authority issues will be reported as trusted in reviews. Trust it only if the fingerprint is the one your organisation published.

SHA-256 {sha}</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>由该证书颁发机构签发的证书所做的签名，在验证中将显示为可信。仅当该指纹与贵单位公布的指纹一致时才信任它。

SHA-256 {sha}</translation>
    </message>
    <message>
        <source>The platform&apos;s CA is now among the trusted roots of reviews ({path}).</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>平台 CA 已加入验证的可信根证书（{path}）。</translation>
    </message>
    <message>
        <source>The e-signing platform could not be reached, and applying for a certificate needs it. Check the network connection, then try again. Nothing was sent.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>无法连接电子签约平台，而申请证书需要该平台。请检查网络连接后重试。未发送任何内容。</translation>
    </message>
    <message>
        <source>Applying for a certificate needs your consent to the agreements.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>申请证书需要您同意相关协议。</translation>
    </message>
    <message>
        <source>Cancelled: no certificate was issued and no file was written.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>已取消：未签发证书，也未写入任何文件。</translation>
    </message>
    <message>
        <source>Cancelling… If the platform has issued your certificate already, it is stored all the same.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation>正在取消…… 如果平台已经签发了您的证书，证书仍会被保存。</translation>
    </message>
    <message>
        <source>Issued. Your certificate is stored on this computer in {path} and is valid until {until}. Sign with it by choosing this file as the soft certificate in the sign dialog.</source>
        <extracomment>ui/compliance/cert_apply_dialog.py</extracomment>
        <translation type="vanished">已签发。您的证书保存在本机 {path}，有效期至 {until}。签署时在签署对话框中选择此文件作为软证书即可使用。</translation>
    </message>
</context>
<context>
    <name>CertificateNoticeDialog</name>
    <message>
        <source>OK</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>确定</translation>
    </message>
    <message>
        <source>Certificate SHA-256 {sha}</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>证书 SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Your certificate {subject} will now sign the following {count} document(s). Continue only if you mean to sign them.</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>您的证书 {subject} 将签署以下 {count} 份文件。请确认您确实要签署后再继续。</translation>
    </message>
    <message>
        <source>Certificate use</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>证书使用告知</translation>
    </message>
    <message>
        <source>Sign</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>签署</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Your certificate {subject} signed {count} document(s) successfully.</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>您的证书 {subject} 已成功签署 {count} 份文件。</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>签署完成</translation>
    </message>
    <message>
        <source>Your certificate {subject} was issued and is stored in {where}. It is valid until {not_after}.</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>您的证书 {subject} 已签发，存放在{where}，有效期至 {not_after}。</translation>
    </message>
    <message>
        <source>Issued at {at}</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>签发时间 {at}</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>证书已签发</translation>
    </message>
    <message>
        <source>Your certificate {subject} expires on {not_after} ({days} days left). Do you agree that it is renewed? You can also decide at your next signing.</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>您的证书 {subject} 将于 {not_after} 到期（剩余 {days} 天）。您是否同意更新证书？也可以在下次签署时再决定。</translation>
    </message>
    <message>
        <source>Ask me at the next signing</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>下次签署时再问我</translation>
    </message>
    <message>
        <source>Your certificate {subject} expires on {not_after} ({days} days left). Do you agree that it is renewed? Your answer is recorded; the signing continues either way.</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>您的证书 {subject} 将于 {not_after} 到期（剩余 {days} 天）。是否同意更新该证书？您的答复将被记录；无论答复如何，本次签署都会继续。</translation>
    </message>
    <message>
        <source>Decline renewal</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>不同意更新</translation>
    </message>
    <message>
        <source>Certificate renewal</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>证书更新</translation>
    </message>
    <message>
        <source>Agree to renewal</source>
        <extracomment>ui/compliance/notice_dialog.py</extracomment>
        <translation>同意更新</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>What the signer saw and what is shown now — {field}</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>签署人当时看到的与现在显示的 — {field}</translation>
    </message>
    <message>
        <source>Rendering and comparing the pages…</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>正在渲染并比对页面…</translation>
    </message>
    <message>
        <source>Side by side</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>并排</translation>
    </message>
    <message>
        <source>Overlay</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>叠加</translation>
    </message>
    <message>
        <source>Signed (what the signer saw)</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>签署时（签署人当时看到的）</translation>
    </message>
    <message>
        <source>Now (what this file shows)</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>现在（本文件显示的）</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>content changed</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>内容被修改</translation>
    </message>
    <message>
        <source>content covered</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>内容被遮盖</translation>
    </message>
    <message>
        <source>page size changed</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>页面尺寸改变</translation>
    </message>
    <message>
        <source>page rotated</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>页面被旋转</translation>
    </message>
    <message>
        <source>page moved</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>页面位置改变</translation>
    </message>
    <message>
        <source>page added</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>新增页面</translation>
    </message>
    <message>
        <source>page removed</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>页面被删除</translation>
    </message>
    <message>
        <source>cannot be shown</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>无法显示</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <source>Signed page {page}</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>签署版第 {page} 页</translation>
    </message>
    <message>
        <source>{count} page(s) differ from what the signer saw. The change is outlined in red.</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>有 {count} 页与签署人当时看到的不同，改动处以红框标出。</translation>
    </message>
    <message>
        <source>No visual difference: every compared page looks as the signer saw it.</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>无视觉差异：比对的每一页都与签署人当时看到的一致。</translation>
    </message>
    <message>
        <source>Only the first {count} pages were compared.</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>仅比对了前 {count} 页。</translation>
    </message>
    <message>
        <source>Overlay: signed and now, half transparent</source>
        <extracomment>ui/compare.py</extracomment>
        <translation>叠加：签署时与现在，半透明显示</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Text</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>文本</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>版本</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Given (UTC)</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>同意时间（UTC）</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>撤回同意…</translation>
    </message>
    <message>
        <source>Read and accept the agreements…</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>阅读并同意协议…</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>有效</translation>
    </message>
    <message>
        <source>Withdrawn {when}</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>已于 {when} 撤回</translation>
    </message>
    <message>
        <source>You have accepted the agreements signing needs.</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>您已同意签署所需的协议。</translation>
    </message>
    <message>
        <source>Signing is stopped until you accept: {names}.</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>在您同意以下协议前，签署已停止：{names}。</translation>
    </message>
    <message>
        <source>Usage statistics are off.</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>使用情况统计已关闭。</translation>
    </message>
    <message>
        <source>SealDesk will not sign until you accept it again.</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>在您再次同意前，签章台不会签署。</translation>
    </message>
    <message>
        <source>The processing that depends on it stops.</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>依赖该同意的处理将停止。</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Withdraw your consent to the {title}? {effect}</source>
        <extracomment>ui/compliance/consent_page.py</extracomment>
        <translation>撤回对《{title}》的同意？{effect}</translation>
    </message>
</context>
<context>
    <name>CustodyFlows</name>
    <message>
        <source>Unlock the vault to run the signing queue.</source>
        <extracomment>ui/custody/flows.py</extracomment>
        <translation>请先解锁保险库，再处理签署队列。</translation>
    </message>
</context>
<context>
    <name>CustodyWindow</name>
    <message>
        <source>Seal custody</source>
        <extracomment>ui/custody/window.py</extracomment>
        <translation>印章管理</translation>
    </message>
    <message>
        <source>Seal registry</source>
        <extracomment>ui/custody/window.py</extracomment>
        <translation>印章登记</translation>
    </message>
    <message>
        <source>Seal-use requests</source>
        <extracomment>ui/custody/window.py</extracomment>
        <translation>用印申请</translation>
    </message>
    <message>
        <source>Seal-use ledger (用印登记簿)</source>
        <extracomment>ui/custody/window.py</extracomment>
        <translation>用印登记簿</translation>
    </message>
</context>
<context>
    <name>CustodyWords</name>
    <message>
        <source>Company seal (公章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>公章</translation>
    </message>
    <message>
        <source>Contract seal (合同专用章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>合同专用章</translation>
    </message>
    <message>
        <source>Finance seal (财务专用章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>财务专用章</translation>
    </message>
    <message>
        <source>Legal representative&apos;s seal (法人章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>法人章</translation>
    </message>
    <message>
        <source>Invoice seal (发票专用章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>发票专用章</translation>
    </message>
    <message>
        <source>HR seal (人事专用章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>人事专用章</translation>
    </message>
    <message>
        <source>Business seal (业务专用章)</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>业务专用章</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Sealed</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>已盖章</translation>
    </message>
    <message>
        <source>Centred on the text “{text}”, {size} pt</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>以文字“{text}”为中心，{size} pt</translation>
    </message>
    <message>
        <source>Page {page}, rectangle {x1},{y1} – {x2},{y2} pt</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>第 {page} 页，矩形 {x1},{y1} – {x2},{y2} pt</translation>
    </message>
    <message>
        <source>Cross-page seal (骑缝章), {size} pt</source>
        <extracomment>ui/custody/common.py</extracomment>
        <translation>骑缝章，{size} pt</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Sign and approve</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>签名并批准</translation>
    </message>
    <message>
        <source>Sign and reject</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>签名并驳回</translation>
    </message>
    <message>
        <source>Your key (the decision is signed with it)</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>您的密钥（用于签署审批意见）</translation>
    </message>
    <message>
        <source>Approve the request</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>批准用印申请</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>驳回用印申请</translation>
    </message>
    <message>
        <source>Optional</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>可不填</translation>
    </message>
    <message>
        <source>Required: why the seal may not be used</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>必填：不同意用印的理由</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>理由</translation>
    </message>
    <message>
        <source>Give the reason for the rejection.</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>请填写驳回理由。</translation>
    </message>
    <message>
        <source>Signing the decision…</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation>正在签署审批意见…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <source>Choose your key.</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation type="vanished">请选择您的密钥。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was signed.</source>
        <extracomment>ui/custody/decide.py</extracomment>
        <translation type="vanished">已取消：没有签署任何内容。</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <source>Diagnostics</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>检查项</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Found</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>What to do</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>Also try the timestamp service and the platform</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>同时检查时间戳服务和平台</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>问题</translation>
    </message>
    <message>
        <source>{problems} problem(s) and {warnings} warning(s): see what to do below.</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>发现 {problems} 个问题和 {warnings} 个警告：请参考下方的处理建议。</translation>
    </message>
    <message>
        <source>Everything needed works; {warnings} warning(s) below.</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>所需功能均正常；下方有 {warnings} 个警告。</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <extracomment>ui/doctor.py</extracomment>
        <translation>一切正常。</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <source>{name} — as signed ({field})</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>{name} — 签署时版本（{field}）</translation>
    </message>
    <message>
        <source>This is the document exactly as the signature {field} covers it: the version its signer saw. Later changes are not shown here.</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>这是签名 {field} 所覆盖的文档原样，即签署人当时看到的版本。之后的更改不在此显示。</translation>
    </message>
    <message>
        <source>Extracting the signed version…</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>正在提取签署时版本…</translation>
    </message>
    <message>
        <source>Export review report</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>导出验证报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>报告已保存：{path}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <extracomment>ui/document_tab.py</extracomment>
        <translation>正在生成报告…</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>Renewal of {subject}: agree now, or be asked at your next signing.</source>
        <extracomment>ui/compliance/expiry_banner.py</extracomment>
        <translation>{subject} 的续期：现在同意，或在下次签署时再询问。</translation>
    </message>
    <message>
        <source>{subject} expired on {date} and cannot sign; renew it.</source>
        <extracomment>ui/compliance/expiry_banner.py</extracomment>
        <translation>{subject} 已于 {date} 过期，不能签署；请更新证书。</translation>
    </message>
    <message>
        <source>{subject} expires on {date} ({days} days left); renew it in time.</source>
        <extracomment>ui/compliance/expiry_banner.py</extracomment>
        <translation>{subject} 将于 {date} 到期（剩余 {days} 天）；请及时更新。</translation>
    </message>
    <message>
        <source>{subject} cannot sign now.</source>
        <extracomment>ui/compliance/expiry_banner.py</extracomment>
        <translation>{subject} 现在不能签署。</translation>
    </message>
    <message>
        <source>Renew…</source>
        <extracomment>ui/compliance/expiry_banner.py</extracomment>
        <translation>续期…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>ui/compliance/expiry_banner.py</extracomment>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FaceCaptureDialog</name>
    <message>
        <source>Face check</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>人脸核验</translation>
    </message>
    <message>
        <source>Take picture</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Use another method</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>使用其他方式</translation>
    </message>
    <message>
        <source>Look straight at the camera, alone and in good light, then take the first picture.</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>请单独正对摄像头，在光线充足处拍摄第一张照片。</translation>
    </message>
    <message>
        <source>No camera</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>没有摄像头</translation>
    </message>
    <message>
        <source>The face check needs a camera. Please choose another method: the SMS code or the token PIN.</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>人脸核验需要摄像头。请选择其他方式：短信验证码或证书 PIN。</translation>
    </message>
    <message>
        <source>Now turn your head slightly to one side, then take the second picture.</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>现在请将头轻微转向一侧，然后拍摄第二张照片。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>正在核验…</translation>
    </message>
</context>
<context>
    <name>FaceConsentDialog</name>
    <message>
        <source>Face check: your consent</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>人脸核验：征求您的同意</translation>
    </message>
    <message>
        <source>I agree: take the pictures</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>我同意：开始拍照</translation>
    </message>
    <message>
        <source>Use another method</source>
        <extracomment>ui/compliance/face_dialog.py</extracomment>
        <translation>使用其他方式</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Choose the document to sign</source>
        <extracomment>ui/flows.py</extracomment>
        <translation>选择要签署的文件</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>ui/flows.py</extracomment>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Certificate on a USB key or HSM</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>USB Key 或 HSM 中的证书</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>证书</translation>
    </message>
    <message>
        <source>Valid until</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>密钥</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Look for tokens again</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>重新查找 USB Key</translation>
    </message>
    <message>
        <source>Soft certificate file (.p12 / .pfx)</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>软证书文件（.p12 / .pfx）</translation>
    </message>
    <message>
        <source>Choose a .p12 or .pfx file</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>选择 .p12 或 .pfx 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>证书文件密码</translation>
    </message>
    <message>
        <source>Looking for USB keys and HSMs…</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>正在查找 USB Key 和 HSM…</translation>
    </message>
    <message>
        <source>(no certificate readable before login)</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>（登录前无法读取证书）</translation>
    </message>
    <message>
        <source>No USB key or HSM found. Insert one and look again, or use a soft certificate file.</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>未找到 USB Key 或 HSM。请插入后重新查找，或使用软证书文件。</translation>
    </message>
    <message>
        <source>{tokens} token(s), {usable} certificate(s) that can sign.</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>{tokens} 个 USB Key，{usable} 张可用于签署的证书。</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>PIN 已锁定</translation>
    </message>
    <message>
        <source>Last PIN try</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>PIN 仅剩最后一次机会</translation>
    </message>
    <message>
        <source>Wrong PINs entered before</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>此前输错过 PIN</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>密码键盘</translation>
    </message>
    <message>
        <source>Inserted</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>已插入</translation>
    </message>
    <message>
        <source>Can sign</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>可签署</translation>
    </message>
    <message>
        <source>Expires in {days} day(s)</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>{days} 天后过期</translation>
    </message>
    <message>
        <source>Soft certificate</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>软证书</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <extracomment>ui/sign/identity.py</extracomment>
        <translation>PKCS#12 文件 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>All seals</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>全部印章</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Sealed at (UTC)</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>用印时间 (UTC)</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>印章</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>用途</translation>
    </message>
    <message>
        <source>Requested by</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>签名级别</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>{count} use(s) recorded.</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>共 {count} 条用印记录。</translation>
    </message>
    <message>
        <source>No uses recorded yet.</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>尚无用印记录。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>导出用印登记簿</translation>
    </message>
    <message>
        <source>Writing the ledger…</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>正在生成用印登记簿…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <extracomment>ui/custody/ledger_page.py</extracomment>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <source>Purpose: the names and resident ID numbers of the legal representative and the agent are collected only for this authorisation letter. They are kept encrypted in the vault with the signed letter, shown masked, and used for nothing else.</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>用途说明：法定代表人和代理人的姓名及居民身份证号码仅为本授权委托书收集，与签署后的授权书一起加密保存在保险库中，脱敏显示，不作他用。</translation>
    </message>
    <message>
        <source>e.g. to sign purchase contracts and their supplements on behalf of the company</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>例如：代表本公司签署采购合同及相关补充协议</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>公司</translation>
    </message>
    <message>
        <source>Company name</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Agent</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>代理人（受托人）</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>授权</translation>
    </message>
    <message>
        <source>Matters authorised</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>委托事项</translation>
    </message>
    <message>
        <source>Valid from</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid until</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>The preview appears once every field is valid.</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>所有字段填写正确后将显示预览。</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Signatures</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>签名(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a PDF document</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>打开 PDF 文档</translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>关闭文档(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Review Report…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>导出验证报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the signature review as a PDF report</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>将签名验证结果保存为 PDF 报告</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in the document</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>在文档中查找文字</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go to Page…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>转到页(&amp;G)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>适合页面(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Thumbnails</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>缩略图(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Signature Panel</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>签名面板(&amp;S)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Document</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>下一个文档(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Document</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>上一个文档(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Check Signatures Again</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>重新检查签名(&amp;C)</translation>
    </message>
    <message>
        <source>Review the signatures of this document again</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>重新验证本文档的签名</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>签署(&amp;S)…</translation>
    </message>
    <message>
        <source>Place the seal and sign this document</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>在本文件上盖章并签署</translation>
    </message>
    <message>
        <source>Sign &amp;Many Documents…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>批量签署(&amp;M)…</translation>
    </message>
    <message>
        <source>Sign a list of documents with one login</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>一次登录签署多份文件</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>保险库(&amp;V)</translation>
    </message>
    <message>
        <source>The encrypted archive of signed contracts</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>已签合同的加密档案库</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Apply for a Certificate…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>申请证书(&amp;A)…</translation>
    </message>
    <message>
        <source>A new signing certificate from the platform (SMS check)</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>向平台申请新的签名证书（短信验证）</translation>
    </message>
    <message>
        <source>Authorisation &amp;Letter…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>授权委托书(&amp;L)…</translation>
    </message>
    <message>
        <source>The letter (授权书) by which the company authorises its agent, signed with the company seal</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>公司授权代理人的授权委托书（授权书），加盖公司印章签署</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>What this computer can do: tokens, drivers, services</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>本机的能力：USB Key、驱动和服务</translation>
    </message>
    <message>
        <source>Seal &amp;Registry…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>印章登记(&amp;R)…</translation>
    </message>
    <message>
        <source>The company&apos;s seals, their keys and who may use them</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>公司的印章、绑定的密钥和可以使用的人</translation>
    </message>
    <message>
        <source>Seal-use &amp;Requests…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>用印申请(&amp;Q)…</translation>
    </message>
    <message>
        <source>Request, approve and apply a seal</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>申请、审批和用印</translation>
    </message>
    <message>
        <source>Seal-use &amp;Ledger…</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>用印登记簿(&amp;L)…</translation>
    </message>
    <message>
        <source>Every use of each seal (用印登记簿)</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>每枚印章的每一次使用（用印登记簿）</translation>
    </message>
    <message>
        <source>Add &amp;Timestamps to Queued Documents</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>为排队文件添加时间戳(&amp;T)</translation>
    </message>
    <message>
        <source>Upgrade documents sealed offline (B-B) now</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>立即升级离线盖章（B-B）的文件</translation>
    </message>
    <message>
        <source>&amp;About SealDesk</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>关于签章台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <extracomment>ui/actions.py</extracomment>
        <translation>工具栏</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open PDF documents</source>
        <extracomment>ui/main_window.py</extracomment>
        <translation>打开 PDF 文档</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <extracomment>ui/main_window.py</extracomment>
        <translation>PDF 文档 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No recent documents</source>
        <extracomment>ui/main_window.py</extracomment>
        <translation>没有最近打开的文档</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <extracomment>ui/main_window.py</extracomment>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>About SealDesk</source>
        <extracomment>ui/main_window.py</extracomment>
        <translation>关于签章台</translation>
    </message>
    <message>
        <source>SealDesk {version}

Sign and review contracts with USB keys, HSMs and soft certificates. Signatures are checked by the review engine: a document changed after signing is never shown as simply valid.</source>
        <extracomment>ui/main_window.py</extracomment>
        <translation>签章台 SealDesk {version}

使用 USB Key、HSM 和软证书签署并审核合同。签名由验证引擎检查：签署后被更改过的文档绝不会仅显示为“有效”。</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>Sign and create</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>签名并提交</translation>
    </message>
    <message>
        <source>Your key (the request is signed with it)</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>您的密钥（用于签署申请）</translation>
    </message>
    <message>
        <source>New seal-use request</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>新建用印申请</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>大小</translation>
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
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>e.g. 采购合同用印 (purchase contract)</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>例如：采购合同用印</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>印章</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>用途</translation>
    </message>
    <message>
        <source>Placement</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>盖章位置</translation>
    </message>
    <message>
        <source>Documents</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Documents to seal</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>要盖章的文件</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the documents…</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Add the documents to be sealed.</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>请添加要盖章的文件。</translation>
    </message>
    <message>
        <source>Signing the request…</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>正在签署申请…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <source>Choose your key.</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation type="vanished">请选择您的密钥。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was signed.</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation type="vanished">已取消：没有签署任何内容。</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>B-B — signature only (works offline)</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>B-B — 仅签名（可离线）</translation>
    </message>
    <message>
        <source>B-T — with a trusted timestamp</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>B-T — 带可信时间戳</translation>
    </message>
    <message>
        <source>B-LT — plus validation data (checkable for years)</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>B-LT — 另含验证数据（多年后仍可验证）</translation>
    </message>
    <message>
        <source>B-LTA — plus an archive timestamp</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>B-LTA — 另加归档时间戳</translation>
    </message>
    <message>
        <source>Approval signature</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>审批签名</translation>
    </message>
    <message>
        <source>Certify: no changes allowed</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>认证签名：不允许任何修改</translation>
    </message>
    <message>
        <source>Certify: form filling and signing allowed</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>认证签名：允许填写表单和签名</translation>
    </message>
    <message>
        <source>Certify: also annotations allowed</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>认证签名：还允许添加注释</translation>
    </message>
    <message>
        <source>e.g. I agree to the terms of this contract</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>例如：同意本合同条款</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>级别</translation>
    </message>
    <message>
        <source>Timestamp service</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>时间戳服务</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>签名类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>签署原因</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>签署地点</translation>
    </message>
    <message>
        <source>This level needs a timestamp service (an http:// or https:// address). Without network, choose B-B.</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation>此级别需要时间戳服务（http:// 或 https:// 地址）。没有网络时请选择 B-B。</translation>
    </message>
    <message>
        <source>e.g. 同意本合同条款</source>
        <extracomment>ui/sign/options.py</extracomment>
        <translation type="vanished">例如：同意本合同条款</translation>
    </message>
</context>
<context>
    <name>PageBox</name>
    <message>
        <source>of {pages}</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>共 {pages} 页</translation>
    </message>
    <message>
        <source>Go to page (Ctrl+G)</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>转到页（Ctrl+G）</translation>
    </message>
</context>
<context>
    <name>PathList</name>
    <message>
        <source>Add…</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Certificate file…</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>证书文件…</translation>
    </message>
    <message>
        <source>Fingerprint…</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>指纹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>指纹</translation>
    </message>
    <message>
        <source>SHA-256 of the person&apos;s certificate (64 hexadecimal digits):</source>
        <extracomment>ui/custody/people.py</extracomment>
        <translation>此人证书的 SHA-256（64 位十六进制数）：</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Cancel</source>
        <extracomment>ui/custody/person_dialog.py</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose your key.</source>
        <extracomment>ui/custody/person_dialog.py</extracomment>
        <translation>请选择您的密钥。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was signed.</source>
        <extracomment>ui/custody/person_dialog.py</extracomment>
        <translation>已取消：没有签署任何内容。</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Token PIN</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>USB Key PIN</translation>
    </message>
    <message>
        <source>Enter the PIN of &lt;b&gt;{name}&lt;/b&gt; to approve this signature.</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>请输入 &lt;b&gt;{name}&lt;/b&gt; 的 PIN 以批准本次签名。</translation>
    </message>
    <message>
        <source>Enter the PIN of &lt;b&gt;{name}&lt;/b&gt;.</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>请输入 &lt;b&gt;{name}&lt;/b&gt; 的 PIN。</translation>
    </message>
    <message>
        <source>SealDesk never tries a PIN twice: the token locks after too many wrong PINs.</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>签章台绝不会重复尝试 PIN：输错次数过多，USB Key 会被锁定。</translation>
    </message>
    <message>
        <source>Last try: one more wrong PIN locks the token.</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>最后一次机会：再输错一次 PIN，USB Key 将被锁定。</translation>
    </message>
    <message>
        <source>{count} tries left.</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>还剩 {count} 次机会。</translation>
    </message>
    <message>
        <source>Wrong PINs were entered before: the token may lock soon.</source>
        <extracomment>ui/sign/pin_dialog.py</extracomment>
        <translation>此前输错过 PIN：USB Key 可能很快被锁定。</translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <source>Where I put it on the page</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>放在我在页面上指定的位置</translation>
    </message>
    <message>
        <source>Centred on the text</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>以文字为中心</translation>
    </message>
    <message>
        <source>Across the page edges (骑缝章)</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>骑缝章（跨页边缘）</translation>
    </message>
    <message>
        <source>No visible seal</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>不显示印章</translation>
    </message>
    <message>
        <source>Find</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>查找</translation>
    </message>
    <message>
        <source>Text seal: signer and time</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>文字章：签署人和时间</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>印章</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>大小</translation>
    </message>
    <message>
        <source>Page</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>页码</translation>
    </message>
    <message>
        <source>Seal image</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>印章图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Each page gets a strip of the seal at its right edge; together they make the whole seal.</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>每页右边缘各有印章的一部分，合起来即为完整印章。</translation>
    </message>
    <message>
        <source>The signature is invisible on the page; the signature panel of any PDF reader still shows it.</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>签名在页面上不可见；任何 PDF 阅读器的签名面板仍会显示它。</translation>
    </message>
    <message>
        <source>The seal is centred on the last place this text occurs. Press Find to see where.</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>印章将以该文字最后一次出现的位置为中心。点击“查找”查看位置。</translation>
    </message>
    <message>
        <source>Drag the seal; drag its corner to resize it.</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>拖动印章调整位置；拖动其角落调整大小。</translation>
    </message>
    <message>
        <source>Found on page {page}.</source>
        <extracomment>ui/sign/placement.py</extracomment>
        <translation>在第 {page} 页找到。</translation>
    </message>
</context>
<context>
    <name>PlacementRule</name>
    <message>
        <source>Centred on a text</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>以文字为中心</translation>
    </message>
    <message>
        <source>A rectangle on a page</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>页面上的矩形</translation>
    </message>
    <message>
        <source>Cross-page seal (骑缝章)</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>骑缝章</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>文字</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>大小</translation>
    </message>
    <message>
        <source>Page</source>
        <extracomment>ui/custody/request_form.py</extracomment>
        <translation>页码</translation>
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
        <translation>发送到平台</translation>
    </message>
    <message>
        <source>Send the selected request (or its decision) to your colleagues through the platform</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>通过平台把选中的申请（或其审批决定）发给同事</translation>
    </message>
    <message>
        <source>Fetch from the platform</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>从平台获取</translation>
    </message>
    <message>
        <source>Fetch your colleagues&apos; requests and decisions; each is verified before it is kept</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>获取同事的申请和审批决定；每一条都先验证再保存</translation>
    </message>
    <message>
        <source>Sent request {id} and its decision to the platform.</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>已把申请 {id} 及其审批决定发送到平台。</translation>
    </message>
    <message>
        <source>Sent request {id} to the platform.</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>已把申请 {id} 发送到平台。</translation>
    </message>
    <message>
        <source>Sent the decision on request {id} to the platform.</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>已把申请 {id} 的审批决定发送到平台。</translation>
    </message>
    <message>
        <source>The platform already holds request {id} as it is here.</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>平台上的申请 {id} 已与本地一致。</translation>
    </message>
    <message>
        <source>Fetched {added} new requests and {decisions} new decisions.</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>已获取新申请 {added} 条、新审批决定 {decisions} 条。</translation>
    </message>
    <message>
        <source>Nothing new on the platform.</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>平台上没有新内容。</translation>
    </message>
    <message>
        <source>{count} refused; request {id}: {message}</source>
        <extracomment>ui/custody/platform_actions.py</extracomment>
        <translation>拒收 {count} 条；申请 {id}：{message}</translation>
    </message>
</context>
<context>
    <name>QueueMonitor</name>
    <message>
        <source>No timestamp service is set: choose one in Settings → Signing, then run the queue again.</source>
        <extracomment>ui/custody/queue_status.py</extracomment>
        <translation>尚未设置时间戳服务：请在“设置 → 签署”中选择，然后再处理队列。</translation>
    </message>
    <message>
        <source>Queue: {upgraded} upgraded, {failed} not yet.</source>
        <extracomment>ui/custody/queue_status.py</extracomment>
        <translation>队列：已升级 {upgraded} 份，{failed} 份尚未完成。</translation>
    </message>
</context>
<context>
    <name>QueueStatus</name>
    <message>
        <source>Add timestamps now</source>
        <extracomment>ui/custody/queue_status.py</extracomment>
        <translation>立即添加时间戳</translation>
    </message>
    <message>
        <source>Timestamps: {pending} waiting, {failed} failed, {done} done</source>
        <extracomment>ui/custody/queue_status.py</extracomment>
        <translation>时间戳队列：等待 {pending}，失败 {failed}，完成 {done}</translation>
    </message>
    <message>
        <source>Documents sealed offline (B-B) get their timestamp and validation data once the timestamp service answers; SealDesk tries every 5 minutes while the vault is unlocked.</source>
        <extracomment>ui/custody/queue_status.py</extracomment>
        <translation>离线盖章（B-B）的文件在时间戳服务可用后会补加时间戳和验证数据；保险库解锁期间，签章台每 5 分钟尝试一次。</translation>
    </message>
    <message>
        <source>Queue: {pending} waiting, {failed} failed, {done} done</source>
        <extracomment>ui/custody/queue_status.py</extracomment>
        <translation type="vanished">队列：等待 {pending}，失败 {failed}，完成 {done}</translation>
    </message>
</context>
<context>
    <name>RequestDetails</name>
    <message>
        <source>Document</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>大小</translation>
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
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>印章</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>用途</translation>
    </message>
    <message>
        <source>Placement</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>盖章位置</translation>
    </message>
    <message>
        <source>Requested by</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>申请人</translation>
    </message>
    <message>
        <source>{name}, {time}</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>{name}，{time}</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Approved by</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Rejected by</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>驳回人</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>理由</translation>
    </message>
    <message>
        <source>Origin</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Received from a colleague (request file or platform)</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation>来自同事（申请文件或平台）</translation>
    </message>
    <message>
        <source>Imported from a request file</source>
        <extracomment>ui/custody/details.py</extracomment>
        <translation type="vanished">从申请文件导入</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>All requests</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>全部申请</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>印章</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>用途</translation>
    </message>
    <message>
        <source>Documents</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Requested by</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>申请人</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>New request…</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>新建申请…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Apply the seal…</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>用印…</translation>
    </message>
    <message>
        <source>Export…</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import…</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>显示</translation>
    </message>
    <message>
        <source>Request {id} created.</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>已创建申请 {id}。</translation>
    </message>
    <message>
        <source>Request {id}: {state}.</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>申请 {id}：{state}。</translation>
    </message>
    <message>
        <source>Seal applied.</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>已用印。</translation>
    </message>
    <message>
        <source>Export the request</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>导出申请</translation>
    </message>
    <message>
        <source>Seal-use request files (*.sealreq)</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>用印申请文件 (*.sealreq)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Import a request</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>导入申请</translation>
    </message>
    <message>
        <source>Imported request {id} and its decision.</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>已导入申请 {id} 及其审批意见。</translation>
    </message>
    <message>
        <source>Imported request {id}.</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>已导入申请 {id}。</translation>
    </message>
    <message>
        <source>Imported the decision on request {id}.</source>
        <extracomment>ui/custody/requests_page.py</extracomment>
        <translation>已导入申请 {id} 的审批意见。</translation>
    </message>
</context>
<context>
    <name>SealsPage</name>
    <message>
        <source>Name</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Bound certificate</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>绑定证书</translation>
    </message>
    <message>
        <source>Requesters / approvers</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>申请人 / 审批人</translation>
    </message>
    <message>
        <source>Validity</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>有效期</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Register a seal…</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>登记印章…</translation>
    </message>
    <message>
        <source>As stamped</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>盖章效果</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>不限</translation>
    </message>
    <message>
        <source>In use</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>可用</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>No seals are registered yet.</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>尚未登记任何印章。</translation>
    </message>
    <message>
        <source>USB key / HSM: {uri}</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>USB Key / HSM：{uri}</translation>
    </message>
    <message>
        <source>Soft certificate: {path}</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>软证书：{path}</translation>
    </message>
    <message>
        <source>Id {id}
Certificate SHA-256 {sha}…
{key}
Registered {added}</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation>编号 {id}
证书 SHA-256 {sha}…
{key}
登记于 {added}</translation>
    </message>
    <message>
        <source>Requesters</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation type="vanished">申请人数</translation>
    </message>
    <message>
        <source>Approvers</source>
        <extracomment>ui/custody/seals.py</extracomment>
        <translation type="vanished">审批人数</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find in document</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>第 {current} 个，共 {total} 个</translation>
    </message>
    <message>
        <source>Searching…</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>No matches</source>
        <extracomment>ui/pdf_view/search.py</extracomment>
        <translation>无匹配结果</translation>
    </message>
</context>
<context>
    <name>SecondSignatureBox</name>
    <message>
        <source>Also sign with an RSA or ECDSA certificate, for readers outside China (an invisible second signature)</source>
        <extracomment>ui/sign/second.py</extracomment>
        <translation>同时使用 RSA 或 ECDSA 证书签名，供中国境外的阅读器验证（不可见的第二个签名）</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>ui/compliance/authorisation_form.py</extracomment>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>常规</translation>
    </message>
    <message>
        <source>Signing</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>签署</translation>
    </message>
    <message>
        <source>Seals</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>印章</translation>
    </message>
    <message>
        <source>Checking signatures</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>验证签名</translation>
    </message>
    <message>
        <source>Privacy and consent</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>隐私与授权</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>E-signing platform</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>电子签约平台</translation>
    </message>
    <message>
        <source>The platform receives only fingerprints of evidence events, never documents or personal data.</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>平台只接收存证事件的指纹，绝不接收文件内容或个人信息。</translation>
    </message>
    <message>
        <source>PKCS#11 driver</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>PKCS#11 驱动</translation>
    </message>
    <message>
        <source>Libraries (*.so *.dylib *.dll);;All files (*)</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>库文件 (*.so *.dylib *.dll);;所有文件 (*)</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>ui/settings.py</extracomment>
        <translation> 天</translation>
    </message>
    <message>
        <source>Token PIN (works offline)</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>USB Key PIN（可离线）</translation>
    </message>
    <message>
        <source>Token PIN and an SMS code from the platform</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>USB Key PIN 加平台短信验证码</translation>
    </message>
    <message>
        <source>Token PIN and a face check</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>USB Key PIN 加人脸核验</translation>
    </message>
    <message>
        <source>Token PIN and an SMS code or a face check</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>USB Key PIN 加短信验证码或人脸核验</translation>
    </message>
    <message>
        <source>Drivers added by hand</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>手动添加的驱动</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>本机已找到</translation>
    </message>
    <message>
        <source>Timestamp service</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>时间戳服务</translation>
    </message>
    <message>
        <source>Default level</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>默认级别</translation>
    </message>
    <message>
        <source>Warn before a certificate expires</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>证书到期前提醒</translation>
    </message>
    <message>
        <source>Confirming the intent to sign</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>签署意愿核验</translation>
    </message>
    <message>
        <source>No PKCS#11 driver found. Install your USB key&apos;s driver or add it above.</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>未找到 PKCS#11 驱动。请安装 USB Key 的驱动，或在上方手动添加。</translation>
    </message>
    <message>
        <source>Seal image</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>印章图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Seal images</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>印章图片</translation>
    </message>
    <message>
        <source>Default position: centred on</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>默认位置：以此文字为中心</translation>
    </message>
    <message>
        <source>Seal size</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>印章大小</translation>
    </message>
    <message>
        <source>Shown as it will be stamped.</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>显示效果即盖章效果。</translation>
    </message>
    <message>
        <source>Trusted root certificate</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>受信任的根证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Trusted roots (besides the bundled and system ones)</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>受信任的根证书（内置和系统根证书之外）</translation>
    </message>
    <message>
        <source>Your consents are kept in the vault. Unlock the vault (Tools → Vault) to see, review or withdraw them.</source>
        <extracomment>ui/settings.py</extracomment>
        <translation>您的授权记录保存在保险库中。请先解锁保险库（工具 → 保险库），再查看、审阅或撤回授权。</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign {name}</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>签署 {name}</translation>
    </message>
    <message>
        <source>Save as…</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>签署后的文件</translation>
    </message>
    <message>
        <source>Keep the signed copy and its evidence in the vault</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>将签署后的文件及其存证保存到保险库</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>1 / 3  Who signs</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>1 / 3  签署人</translation>
    </message>
    <message>
        <source>2 / 3  Where the seal goes</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>2 / 3  盖章位置</translation>
    </message>
    <message>
        <source>3 / 3  Signature options</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>3 / 3  签名选项</translation>
    </message>
    <message>
        <source>Sign</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>签署</translation>
    </message>
    <message>
        <source>Save the signed copy</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>保存签署后的文件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Unlocking the vault…</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>正在解锁保险库…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>正在签署…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was signed.</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation>已取消：未签署任何文件。</translation>
    </message>
    <message>
        <source>Not signed: the intent check was not completed.</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation type="vanished">未签署：意愿核验未完成。</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation type="vanished">保险库密码</translation>
    </message>
    <message>
        <source>Not signed: the SMS check was not completed.</source>
        <extracomment>ui/sign/dialog.py</extracomment>
        <translation type="vanished">未签署：短信验证未完成。</translation>
    </message>
</context>
<context>
    <name>SignatureCard</name>
    <message>
        <source>The signature itself is valid, but the document was changed after it was signed.</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>签名本身有效，但文档在签署后被更改过。</translation>
    </message>
    <message>
        <source>Signature field</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>签名域</translation>
    </message>
    <message>
        <source>Show signed version</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>查看签署时版本</translation>
    </message>
    <message>
        <source>Open the document exactly as this signature covers it</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>打开此签名所覆盖的文档原样</translation>
    </message>
    <message>
        <source>Compare pages</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>比对页面</translation>
    </message>
    <message>
        <source>Show what the signer saw beside what this file shows</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>并排显示签署人当时看到的内容与本文件现在显示的内容</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Checking the signatures…</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>正在检查签名…</translation>
    </message>
    <message>
        <source>Pages that look different from what was signed: {pages}</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>显示与签署时不同的页面：第 {pages} 页</translation>
    </message>
    <message>
        <source>Changes after signing ({count})</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>签署后的更改（{count}）</translation>
    </message>
    <message>
        <source>Signatures ({count})</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>签名（{count}）</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256):</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>文件指纹（SHA-256）：</translation>
    </message>
    <message>
        <source>Export report…</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Revision {revision} · {kind} · {detail}</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>修订版本 {revision} · {kind} · {detail}</translation>
    </message>
    <message>
        <source>not allowed</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>不允许</translation>
    </message>
    <message>
        <source>drawn over signed content</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>覆盖已签署的内容</translation>
    </message>
    <message>
        <source>Its appearance hides or alters what the signer saw. Use Compare pages to see the signed version.</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>其外观遮盖或改变了签署人所见的内容。请用“比对页面”查看签署时的版本。</translation>
    </message>
</context>
<context>
    <name>SmsCodeDialog</name>
    <message>
        <source>Confirm with an SMS code</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>短信验证码确认</translation>
    </message>
    <message>
        <source>Sending a code…</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>正在发送验证码…</translation>
    </message>
    <message>
        <source>Resend code</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Confirm</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>确认</translation>
    </message>
    <message>
        <source>Use another method</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>使用其他方式</translation>
    </message>
    <message>
        <source>A 6-digit code was sent to {phone}. Type it below.</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>6 位验证码已发送至 {phone}，请在下方输入。</translation>
    </message>
    <message>
        <source>Code valid for {m}:{s:02d}</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>验证码有效期还剩 {m}:{s:02d}</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>验证码已过期。</translation>
    </message>
    <message>
        <source>{n} tries left</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>还可尝试 {n} 次</translation>
    </message>
    <message>
        <source>Resend in {s} s</source>
        <extracomment>ui/compliance/sms_dialog.py</extracomment>
        <translation>{s} 秒后可重发</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Sync: not set up</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <source>No e-signing platform is configured, or the vault is locked: nothing leaves this computer.</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>未配置电子签约平台，或保险库已锁定：没有任何数据离开本机。</translation>
    </message>
    <message>
        <source>Sync: WARNING</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>同步：警告</translation>
    </message>
    <message>
        <source>Sync: {count} waiting</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>同步：{count} 条待发送</translation>
    </message>
    <message>
        <source>Evidence fingerprints wait to be sent.</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>存证指纹等待发送。</translation>
    </message>
    <message>
        <source>Sync: up to date</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>同步：已是最新</translation>
    </message>
    <message>
        <source>Every evidence fingerprint has a verified receipt from {platform}.</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>每条存证指纹都已获得 {platform} 的回执并通过验证。</translation>
    </message>
    <message>
        <source>Page {current} of {total}</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>第 {current} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Looking for security tokens…</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>正在查找安全令牌…</translation>
    </message>
    <message>
        <source>No security token</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>未插入安全令牌</translation>
    </message>
    <message>
        <source>Token: {label}</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>令牌：{label}</translation>
    </message>
    <message>
        <source>{count} tokens inserted</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>已插入 {count} 个令牌</translation>
    </message>
    <message>
        <source>Token {label}: PIN tries low</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>令牌 {label}：PIN 码剩余尝试次数不多</translation>
    </message>
    <message>
        <source>Token {label}: last PIN try</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>令牌 {label}：仅剩最后一次 PIN 码尝试</translation>
    </message>
    <message>
        <source>Token {label}: PIN locked</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>令牌 {label}：PIN 码已锁定</translation>
    </message>
    <message>
        <source>No e-signing platform is configured: nothing leaves this computer.</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation type="vanished">未配置电子签章平台：任何数据都不会离开本机。</translation>
    </message>
</context>
<context>
    <name>VaultArchiveBox</name>
    <message>
        <source>Vault passphrase</source>
        <extracomment>ui/sign/vault_box.py</extracomment>
        <translation>保险库口令</translation>
    </message>
    <message>
        <source>Not signed: the intent check was not completed.</source>
        <extracomment>ui/sign/vault_box.py</extracomment>
        <translation>未签署：签署意愿核验未完成。</translation>
    </message>
</context>
<context>
    <name>VaultBar</name>
    <message>
        <source>Vault passphrase</source>
        <extracomment>ui/custody/vault_bar.py</extracomment>
        <translation>保险库密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <extracomment>ui/custody/vault_bar.py</extracomment>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>ui/custody/vault_bar.py</extracomment>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Vault unlocked: {folder}</source>
        <extracomment>ui/custody/vault_bar.py</extracomment>
        <translation>保险库已解锁：{folder}</translation>
    </message>
    <message>
        <source>No vault at {folder}. Create one with &apos;sealdesk vault init&apos;.</source>
        <extracomment>ui/custody/vault_bar.py</extracomment>
        <translation>{folder} 没有保险库。请用 “sealdesk vault init” 创建。</translation>
    </message>
    <message>
        <source>Vault locked: {folder}</source>
        <extracomment>ui/custody/vault_bar.py</extracomment>
        <translation>保险库已锁定：{folder}</translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <source>Vault</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>保险库</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>保险库密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Search: party, document name or fingerprint</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>搜索：签约方、文件名或指纹</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <source>Kept</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>Signed between</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>签署时间介于</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Parties</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>签约方</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence timeline</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>存证时间线</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <source>Export…</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>销毁…</translation>
    </message>
    <message>
        <source>Unlocked: {folder}</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>已解锁：{folder}</translation>
    </message>
    <message>
        <source>No vault at {folder}. Sign with a vault (sealdesk vault init) to create one.</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>{folder} 处没有保险库。可用 sealdesk vault init 创建。</translation>
    </message>
    <message>
        <source>Locked: {folder}</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>已锁定：{folder}</translation>
    </message>
    <message>
        <source>This document is too large to open from the vault; export it instead.</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>文件过大，无法直接从保险库打开；请改为导出。</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>正在解密…</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Destroy</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>销毁</translation>
    </message>
    <message>
        <source>Why is {name} destroyed? (kept in the evidence chain)</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>销毁 {name} 的原因？（将记入存证链）</translation>
    </message>
    <message>
        <source>Destroy {name} for good? Its content and key are erased; only its fingerprints and this reason stay in the evidence chain. This cannot be undone.</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>确定永久销毁 {name}？其内容和密钥将被清除，存证链中只保留其指纹和销毁原因。此操作无法撤销。</translation>
    </message>
    <message>
        <source>{name} was destroyed.</source>
        <extracomment>ui/vault/browser.py</extracomment>
        <translation>{name} 已销毁。</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Checking the signatures…</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>正在检查签名…</translation>
    </message>
    <message>
        <source>Signed, and every signature is valid. The document is exactly what was signed.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>已签名，所有签名均有效。文档与签署时完全一致。</translation>
    </message>
    <message>
        <source>Do not rely on this document: it was changed after signing in a way that is not allowed, or its structure hides what was signed.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>请勿依赖本文档：文档在签署后被以不允许的方式更改，或其结构掩盖了签署的内容。</translation>
    </message>
    <message>
        <source>Do not rely on this document: a signature does not match the content it covers.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>请勿依赖本文档：有签名与其覆盖的内容不符。</translation>
    </message>
    <message>
        <source>Do not rely on this document: a signature is invalid ({reason}).</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>请勿依赖本文档：有签名无效（{reason}）。</translation>
    </message>
    <message>
        <source>Do not rely on this document: a change made after signing is drawn over content the signer saw, so what you see is not what was signed.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>请勿依赖本文档：签署后的某项更改覆盖在签署人所见的内容之上，您看到的并不是签署的内容。</translation>
    </message>
    <message>
        <source>The signatures could not be checked: {error}</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>无法检查签名：{error}</translation>
    </message>
    <message>
        <source>Signed, but the document was changed after signing. Read the changes in the signature panel before relying on it.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>已签名，但文档在签署后被更改过。依赖本文档前，请在签名面板中查看这些更改。</translation>
    </message>
    <message>
        <source>Signed, but some pages look different from what was signed.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>已签名，但部分页面的显示与签署时不同。</translation>
    </message>
    <message>
        <source>Signed, but a signature could not be confirmed: {reason}.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>已签名，但有签名无法确认：{reason}。</translation>
    </message>
    <message>
        <source>Signed, but there is something to check before relying on it.</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>已签名，但在依赖本文档前仍有需要核实的事项。</translation>
    </message>
    <message>
        <source>Signature panel</source>
        <extracomment>ui/verdict.py</extracomment>
        <translation>签名面板</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>SealDesk 签章台</source>
        <extracomment>ui/welcome.py</extracomment>
        <translation>签章台 SealDesk</translation>
    </message>
    <message>
        <source>Open a PDF to read it and check its signatures. You can also drop PDF files onto this window.</source>
        <extracomment>ui/welcome.py</extracomment>
        <translation>打开 PDF 文件即可阅读并检查其中的签名。也可以将 PDF 文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>Open a PDF…</source>
        <extracomment>ui/welcome.py</extracomment>
        <translation>打开 PDF…</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <extracomment>ui/welcome.py</extracomment>
        <translation>最近打开的文档</translation>
    </message>
</context>
<context>
    <name>ZoomBox</name>
    <message>
        <source>Fit width ({percent})</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>适合宽度（{percent}）</translation>
    </message>
    <message>
        <source>Fit page ({percent})</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>适合页面（{percent}）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Zoom</source>
        <extracomment>ui/pdf_view/controls.py</extracomment>
        <translation>缩放</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>SealDesk</source>
        <extracomment>ui/presenter.py</extracomment>
        <translation>签章台</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>ui/presenter.py</extracomment>
        <translation>取消</translation>
    </message>
</context>
</TS>
