<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown, checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (confirmed by read-back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied (confirmed by read-back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">已取消</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>身份验证失败</translation>
    </message>
    <message>
        <source>Missing rights</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>请求受限</translation>
    </message>
    <message>
        <source>Rejected request</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>Provider error</source>
        <translation>服务提供方错误</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>意外的响应</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>配置错误</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1，%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>[request id %1]</source>
        <translation>[请求 ID %1]</translation>
    </message>
    <message>
        <source>The provider sent an empty response where data was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider, or a proxy in between, sent an HTML page instead of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent &apos;%1&apos; instead of JSON data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s response is not valid JSON (%1); it may have been cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent a JSON list where an object was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent a JSON object where a list was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without the provider&apos;s error details: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei&apos;s user list has no &apos;users&apos; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External IdP (SCIM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity Center directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization details for Huawei support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Check the AK/SK and that this computer&apos;s clock is right (signatures expire after 15 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SailPoint accepted the request but sent no task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task ended with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token expired (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered at %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RSA refuses to enable a user who is pending deletion or was disabled by identity-source synchronization: fix it in the identity source or un-mark the deletion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>Cannot write the audit anchor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit anchor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit anchor %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>Cannot write the audit export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Entry %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 to %2 were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry written as %1 was deleted and the entries after it were renumbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was edited: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was inserted: it fits nowhere in the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was replaced: its content and hash changed, and entry %2 no longer follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was written after entry %2 but now follows entry %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was inserted and the entries after it were renumbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit anchor %1 is missing: entries cut off the end or appended cannot be ruled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was inserted after the last entry Gatehouse wrote (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 to %2 were inserted after the last entry Gatehouse wrote (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, the last one, was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 to %2 were cut off the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, the last one, was replaced: it is not the entry Gatehouse wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was moved: it was written as entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 to %2 were moved: they were written as entries %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is %2 but has no audit entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is %2 but its audit trail ends in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDiagnosis</name>
    <message>
        <source>Connected and authenticated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error (certificate or handshake): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad credentials (HTTP 401): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated, but missing rights (HTTP 403): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ActionJournal</name>
    <message>
        <source>There is no journal in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer Gatehouse (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action cannot start in the state %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has no action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is handled by another Gatehouse process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <extracomment>%1 is the journal file, %2 SQLite&apos;s message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApiCall</name>
    <message>
        <source>The request did not complete within %1 s, including waits for the provider&apos;s rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The provider kept failing; gave up after %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing is listening there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy requires authentication (HTTP 407).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering for %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole response arrived; the data was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApiClient</name>
    <message>
        <source>The CA bundle %1 could not be read or holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is refused for %1: credentials would travel unencrypted. Use https:// (http:// is only allowed to this computer&apos;s loopback address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported URL scheme &apos;%1&apos;; use https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::CredentialStore</name>
    <message>
        <source>No %1 is stored for this profile; enter it in the profile settings or set GATEHOUSE_SECRET for this run.</source>
        <extracomment>%1 is a secret such as &quot;Client secret&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid secret name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty secret cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::EnvCredentialStore</name>
    <message>
        <source>%1 does not give a usable RSA key file: %2</source>
        <extracomment>%1 is the variable name GATEHOUSE_SECRET, %2 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::HuaweiProvider</name>
    <message>
        <source>Exact user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei IAM Identity Center has no unlock operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::KeychainCredentialStore</name>
    <message>
        <source>No system keychain is available (%1). Gatehouse keeps secrets only in the keychain: start the keychain service (for example GNOME Keyring or KWallet) or set GATEHOUSE_SECRET for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not delete the secret (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain does not support this operation (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry %1 is damaged; store the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of the keychain entry %2 is missing; store the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is too large to store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::OAuth2ClientCredentials</name>
    <message>
        <source>The SailPoint client id or client secret is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token endpoint is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SailPoint rejected the client id or client secret (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SailPoint&apos;s token response has no access_token or expires_in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ProfileStore</name>
    <message>
        <source>%1 cannot be read; fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Gatehouse (profile schema %2, this version knows %3); profiles cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an update to the current format but cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (access denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::Rs256JwtSigner</name>
    <message>
        <source>The RSA key file&apos;s accessKey could not be read as a PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key file&apos;s accessKey is not an RSA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the RSA administration token failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SailPointProvider</name>
    <message>
        <source>Name, login or identity - or a filter such as sourceId eq &quot;…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SdkHmacSigner</name>
    <message>
        <source>The Huawei access key (AK) or secret key (SK) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SecurIdProvider</name>
    <message>
        <source>E-mail address or user name (RSA finds one user at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA looks users up by e-mail or user name; neither is known for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA has no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA&apos;s User Status API cannot unlock; unlock factors in the RSA console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::UserTableModel</name>
    <message>
        <source>%1 (a change is waiting for the provider&apos;s confirmation)</source>
        <extracomment>Tooltip of the state cell while an enable/disable awaits the provider&apos;s answer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name or native identity</source>
        <extracomment>Column header: the account&apos;s login / native identity / user name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source or identity store</source>
        <extracomment>Column header: the account&apos;s source / identity store.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an absolute URL such as https://host.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses http://, which is only allowed for 127.0.0.1, ::1 and localhost; use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; secrets belong in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not have a query (?) or fragment (#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2.</source>
        <extracomment>%1 is a JSON key such as &quot;rateLimit.requests&quot;, %2 a type such as &quot;a string&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant&apos;s API URL, such as https://acme.api.identitynow.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL should end at the host: Gatehouse adds /v3 and /beta itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the web console&apos;s host; the API is at {tenant}.api.identitynow.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OAuth 2.0 client id (or personal access token id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a legacy client id (no dashes); SailPoint only accepts OAuth 2.0 client ids such as b61429f5-203d-494c-94c3-04f54e17bc5c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SailPoint OAuth 2.0 client ids look like b61429f5-203d-494c-94c3-04f54e17bc5c; check the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the region where IAM Identity Center is enabled, or enter an explicit API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region with an Identity Center endpoint (%2); enter an explicit API URL to use another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the identity store id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity store id has exactly %1 characters and no spaces (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key id (AK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key id must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the administration API key file (.key) from the Cloud Administration Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file has no adminRestApiUrl; import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit needs at least one request per window of at least one second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SailPoint allows %1 requests per %2 s per client id; a higher limit leads to 429 responses and waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key (SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration API key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity store id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key id (AK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no &quot;provider&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; use sailpoint, huawei or rsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key access id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin REST API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests per %2 s</source>
        <extracomment>e.g. &quot;100 requests per 10 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <extracomment>%1 is a field such as &quot;API URL&quot;, %2 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RsaKeyFile</name>
    <message>
        <source>The key file has no &quot;%1&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the key file is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the key file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;accessKey&quot; is not a PEM RSA private key (expected %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;accessKey&quot; is not a PEM RSA private key (expected %1, found %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;accessKey&quot; is an encrypted PEM key; the key file must hold the unencrypted key RSA issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;accessKey&quot; is not a PEM RSA private key (its body is not base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;accessKey&quot; is not a PEM RSA private key (its body does not decode to a key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be an RSA key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is not JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;adminRestApiUrl&quot; in the key file is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;description&quot; in the key file is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an RSA key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file path, %2 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurIdKeyFile</name>
    <message>
        <source>The RSA key file is not JSON (%1). Download the administration API key file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key file has no &apos;%1&apos; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key file&apos;s adminRestApiUrl &apos;%1&apos; is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key file&apos;s accessKey is not a PEM RSA private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRecord</name>
    <message>
        <source>SailPoint Identity Security Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud IAM Identity Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA SecurID Cloud Access Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled, locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
