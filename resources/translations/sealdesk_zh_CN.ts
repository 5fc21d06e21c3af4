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
        <source>{detail}</source>
        <extracomment>UsageError.what</extracomment>
        <translation>{detail}</translation>
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
        <extracomment>DamagedPdf.todo, crypto/review/revisions.py</extracomment>
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
        <source>No security token was found{where}.</source>
        <extracomment>NoToken.what</extracomment>
        <translation>未找到安全令牌{where}。</translation>
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
        <extracomment>PinIncorrect.todo, crypto/errors.py:174</extracomment>
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
        <source>{path} does not exist.</source>
        <extracomment>app/cli/ltv_cmd.py, app/signing/batch.py</extracomment>
        <translation>{path} 不存在。</translation>
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
        <source>{attempts_remaining} attempt(s) left before the token locks.</source>
        <extracomment>crypto/errors.py:170</extracomment>
        <translation>还剩 {attempts_remaining} 次尝试机会，用完后令牌将被锁定。</translation>
    </message>
    <message>
        <source>Only one attempt is left before the token locks: check the PIN carefully.</source>
        <extracomment>crypto/errors.py:172</extracomment>
        <translation>仅剩最后一次尝试机会，再输错令牌将被锁定：请仔细核对 PIN 码。</translation>
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
        <extracomment>crypto/review/revisions.py</extracomment>
        <translation>无法将 {path} 作为 PDF 读取（{detail}）。</translation>
    </message>
    <message>
        <source>Change the PIN with the token vendor&apos;s tool, then sign again.</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>请使用令牌厂商的工具修改 PIN 码，然后重新签署。</translation>
    </message>
    <message>
        <source>Set the user PIN with the token vendor&apos;s tool first.</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>请先使用令牌厂商的工具设置用户 PIN 码。</translation>
    </message>
    <message>
        <source>Open the token again (re-enter the PIN) and sign again.</source>
        <extracomment>crypto/tokens/pkcs11/errors.py</extracomment>
        <translation>请重新打开令牌（重新输入 PIN 码）后再次签署。</translation>
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
        <source>Only local file: PIN sources are supported.</source>
        <extracomment>crypto/tokens/pkcs11/uri.py</extracomment>
        <translation>仅支持本地 file: 形式的 PIN 码来源。</translation>
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
        <source>intact: {intact}, crypto valid: {crypto_valid}, trusted (demo root): {trusted}, coverage: {coverage}</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>文档完整：{intact}，密码学校验通过：{crypto_valid}，受信任（演示根证书）：{trusted}，覆盖范围：{coverage}</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>app/cli/demo_cmd.py, app/cli/interaction.py</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <extracomment>app/cli/demo_cmd.py</extracomment>
        <translation>否</translation>
    </message>
    <message>
        <source>the terminal (no terminal; use --pin-env VAR)</source>
        <extracomment>app/cli/interaction.py</extracomment>
        <translation>终端（当前没有可用终端；请使用 --pin-env VAR）</translation>
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
        <source>refusing to overwrite the input {path}</source>
        <extracomment>app/cli/ltv_cmd.py</extracomment>
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
        <extracomment>app/cli/main.py</extracomment>
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
        <extracomment>app/cli/main.py</extracomment>
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
</TS>
