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
        <extracomment>SealDeskError.todo</extracomment>
        <translation>请报告此问题，并附上日志文件。</translation>
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
        <extracomment>PersonalDataInvalid.what</extracomment>
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
        <source>The SM2 library failed: {detail}.</source>
        <extracomment>Sm2LibraryError.what</extracomment>
        <translation>SM2 算法库出错：{detail}。</translation>
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
        <source>The {secret} should be in the environment variable {var}, which is not set.</source>
        <extracomment>app/cli/env.py, app/identity.py</extracomment>
        <translation>{secret}应由环境变量 {var} 提供，但该变量未设置。</translation>
    </message>
    <message>
        <source>Set {var}, or name another variable.</source>
        <extracomment>app/cli/env.py, app/identity.py</extracomment>
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
        <source>timestamp service password</source>
        <extracomment>app/cli/ltv_cmd.py, app/cli/sign_cmd.py</extracomment>
        <translation>时间戳服务密码</translation>
    </message>
    <message>
        <source>PDF password</source>
        <extracomment>app/cli/ltv_cmd.py, app/cli/sign_cmd.py</extracomment>
        <translation>PDF 密码</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <extracomment>app/cli/ltv_cmd.py, app/signing/batch.py</extracomment>
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
        <source>key file password</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>密钥文件密码</translation>
    </message>
    <message>
        <source>token PIN</source>
        <extracomment>app/cli/sign_cmd.py, app/cli/tokens_cmd.py</extracomment>
        <translation>令牌 PIN 码</translation>
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
        <source>vault passphrase</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>保险库口令</translation>
    </message>
    <message>
        <source>the vault passphrase is empty</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>保险库口令为空</translation>
    </message>
    <message>
        <source>resident ID number</source>
        <extracomment>app/cli/vault_cmd.py, app/vault/personal.py</extracomment>
        <translation>居民身份证号码</translation>
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
        <extracomment>app/identity.py</extracomment>
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
        <source>its encryption is not supported ({error})</source>
        <extracomment>crypto/pades/pdfopen.py</extracomment>
        <translation>不支持该文档的加密方式（{error}）</translation>
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
        <source>file does not exist</source>
        <extracomment>crypto/tokens/pkcs11/errors.py, crypto/tokens/pkcs11/modules.py</extracomment>
        <translation>文件不存在</translation>
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
        <source>the private key is not allowed to sign</source>
        <extracomment>crypto/tokens/pkcs11/objects.py</extracomment>
        <translation>该私钥不允许用于签名</translation>
    </message>
    <message>
        <source>SM2 keys cannot sign through PKCS#11 in SealDesk</source>
        <extracomment>crypto/tokens/pkcs11/objects.py</extracomment>
        <translation>签章台暂不支持通过 PKCS#11 使用 SM2 密钥签名</translation>
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
</context>
<context>
    <name>cli</name>
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
        <source>machine-readable output</source>
        <extracomment>app/cli/main.py, app/cli/vault_args.py</extracomment>
        <translation>以机器可读的 JSON 格式输出</translation>
    </message>
    <message>
        <source>log in with the PIN in this environment variable to list certificates</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>使用此环境变量中的 PIN 码登录，以列出证书</translation>
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
        <source>PEM private key (with --cert-pem)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>PEM 格式私钥（需配合 --cert-pem）</translation>
    </message>
    <message>
        <source>SM2 USB key through its vendor&apos;s SKF (GM/T 0016) library</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>通过厂商的 SKF（GM/T 0016）接口库使用 SM2 USB Key</translation>
    </message>
    <message>
        <source>container on the SKF key (default: the only one)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>SKF 密钥中的容器（默认：唯一的容器）</translation>
    </message>
    <message>
        <source>PEM certificate for --key-pem</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>与 --key-pem 对应的 PEM 格式证书</translation>
    </message>
    <message>
        <source>intermediate certificates (repeatable)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>中间证书（可重复指定）</translation>
    </message>
    <message>
        <source>password of the key file, from this environment variable</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>密钥文件的密码，从此环境变量读取</translation>
    </message>
    <message>
        <source>token PIN from this environment variable</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>令牌 PIN 码，从此环境变量读取</translation>
    </message>
    <message>
        <source>PKCS#11 module for --key (if the URI has no module-path)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>--key 使用的 PKCS#11 模块（URI 中未指定 module-path 时）</translation>
    </message>
    <message>
        <source>PAdES level: B-B, B-T (default), B-LT, B-LTA</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>PAdES 级别：B-B、B-T（默认）、B-LT、B-LTA</translation>
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
        <source>seal rectangle in points</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>印章矩形区域，单位为磅</translation>
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
        <source>RFC 3161 timestamp service</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>RFC 3161 时间戳服务地址</translation>
    </message>
    <message>
        <source>HTTP user for the timestamp service</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>时间戳服务的 HTTP 用户名</translation>
    </message>
    <message>
        <source>HTTP password for the timestamp service, from this variable</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>时间戳服务的 HTTP 密码，从此环境变量读取</translation>
    </message>
    <message>
        <source>extra trust anchors for collecting validation data (B-LT/B-LTA)</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>收集验证数据时额外信任的根证书（信任锚，B-LT/B-LTA）</translation>
    </message>
    <message>
        <source>password of encrypted input PDFs, from this variable</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>加密输入 PDF 的密码，从此环境变量读取</translation>
    </message>
    <message>
        <source>replace existing output files</source>
        <extracomment>app/cli/main.py</extracomment>
        <translation>覆盖已存在的输出文件</translation>
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
        <source>FAILED   {source}: {message}</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>失败    {source}：{message}</translation>
    </message>
    <message>
        <source>{signed} signed, {skipped} skipped, {failed} failed</source>
        <extracomment>app/cli/sign_cmd.py</extracomment>
        <translation>已签署 {signed} 个，跳过 {skipped} 个，失败 {failed} 个</translation>
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
        <source>No PKCS#11 driver found. Install the token vendor&apos;s driver, or give --module PATH.</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>未找到 PKCS#11 驱动。请安装令牌厂商提供的驱动，或用 --module PATH 指定。</translation>
    </message>
    <message>
        <source>ok</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>正常</translation>
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
        <source>(give --pin-env VAR to log in and list the signing keys)</source>
        <extracomment>app/cli/tokens_cmd.py</extracomment>
        <translation>（使用 --pin-env VAR 登录后可列出签名密钥）</translation>
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
        <translation>保险库口令，从此环境变量读取（默认：交互询问）</translation>
    </message>
    <message>
        <source>keep a random vault key in the system keyring instead of a passphrase</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>在系统密钥环中保存随机生成的保险库密钥，代替口令</translation>
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
        <source>vault folder (default: the SealDesk data folder&apos;s vault)</source>
        <extracomment>app/cli/vault_args.py</extracomment>
        <translation>保险库文件夹（默认：签章台数据文件夹中的保险库）</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>请再次输入口令：</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>保险库口令：</translation>
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
        <source>audit log: entry {seq} is missing</source>
        <extracomment>app/cli/vault_cmd.py</extracomment>
        <translation>审计日志：缺少第 {seq} 条记录</translation>
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
        <source> (not allowed)</source>
        <extracomment>app/cli/verify_cmd.py</extracomment>
        <translation>（不允许）</translation>
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
        <source>This is an SM2 (Chinese national standard) signature. Adobe Acrobat and Reader cannot verify SM2 signatures and will show it as invalid or unknown; check it with SealDesk or another SM2-capable verifier, and for recipients outside China add a second RSA or ECDSA signature (sign the signed file again with such a key).</source>
        <extracomment>crypto/sm/profile.py</extracomment>
        <translation>这是 SM2（国密标准）签名。Adobe Acrobat 和 Reader 无法验证 SM2 签名，会将其显示为无效或未知；请使用签章台或其他支持 SM2 的验证工具进行验证。如有中国境外的接收方，请再添加一个 RSA 或 ECDSA 签名（用此类密钥再次签署已签名的文件）。</translation>
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
        <source>Signatures ({count})</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>签名（{count}）</translation>
    </message>
    <message>
        <source>Changes after signing ({count})</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>签署后的更改（{count}）</translation>
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
        <source>File fingerprint (SHA-256):</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>文件指纹（SHA-256）：</translation>
    </message>
    <message>
        <source>Export report…</source>
        <extracomment>ui/signature_panel.py</extracomment>
        <translation>导出报告…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
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
        <source>Sync: not set up</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <source>No e-signing platform is configured: nothing leaves this computer.</source>
        <extracomment>ui/status_bar.py</extracomment>
        <translation>未配置电子签章平台：任何数据都不会离开本机。</translation>
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
