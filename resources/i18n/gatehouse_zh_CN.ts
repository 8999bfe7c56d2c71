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
    <name>Gatehouse::AboutDialog</name>
    <message>
        <source>About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable and disable users on SailPoint Identity Security Cloud, Huawei Cloud IAM Identity Center and RSA SecurID Cloud Administration, with every action journaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
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
    <name>Gatehouse::ActionRunner</name>
    <message>
        <source>The profile has no provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark this Gatehouse process as working on the journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 requires a reason or ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot unlock accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no users to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action on this user is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the target state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was cancelled before this was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the account back shows the change was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the account back shows the change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not applied, also after sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted while sending; the state is read back.</source>
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
    <name>Gatehouse::ConfirmActionDialog</name>
    <message>
        <source>Users the action applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason or ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm the count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of users, typed to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disable %n users?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enable %n users?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n users?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On profile “%1” (%2)</source>
        <extracomment>Which profile an action goes to: &quot;On profile “Acme” (SailPoint Identity Security Cloud)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SailPoint runs the change as a task; the table shows the new state when the task has finished. Follow it in the task monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table shows the new state once the provider has confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled users can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason or ticket (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number or why, e.g. INC-1234 leaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: ticket number or why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm this large batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: actions are turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile requires a reason or ticket for every action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of users (%1) to confirm a batch this large.</source>
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
    <name>Gatehouse::DraftCredentialStore</name>
    <message>
        <source>A draft profile&apos;s secrets are not stored.</source>
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
    <name>Gatehouse::ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message with its request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <extracomment>The provider&apos;s tracking id of a failed request, for its support desk.</extracomment>
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
    <name>Gatehouse::ProfileListModel</name>
    <message>
        <source>Read-only: actions are disabled</source>
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
    <name>Gatehouse::ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SailPoint API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API U&amp;RL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity Center API URL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &amp;store ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity store ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;key (SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary credentials (AK/SK with a security token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security t&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the administration API key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Administration API URL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-&amp;only: browse and search, no enable or disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a reason or &amp;ticket for every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet.

A profile tells Gatehouse where a SailPoint tenant, a Huawei Cloud identity store or an RSA SecurID tenant is, and how to sign in to it. Use Add to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 profile</source>
        <extracomment>Menu item under &quot;Add&quot;: &quot;SailPoint Identity Security Cloud profile&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the key file: its private key is the profile&apos;s secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (saved with the profile): access id %2, customer %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access id %1, customer %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key file imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert the changes to switch to another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key files (*.key *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was saved, but its %1 could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated with its secrets as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its stored secrets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions already recorded in the journal stay there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was deleted, but not all of its secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ProviderSessions</name>
    <message>
        <source>The profile was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
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
    <name>Gatehouse::TaskListModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user in the task monitor: &quot;Jane Doe (jdoe)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s task</source>
        <extracomment>SailPoint accepted the action as an asynchronous task with this id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request may or may not have arrived; reading the user&apos;s state back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its turn under the profile&apos;s rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of an action&apos;s details: &quot;Label: value&quot;</extracomment>
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
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gatehouse::TaskMonitor</name>
    <message>
        <source>The provider gave no task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s task failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not know the task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by reading the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The task could not be followed and the account did not change within %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::TaskMonitorPane</name>
    <message>
        <source>Task monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the actions of this batch that were not sent yet; what was sent is followed to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the failed actions of this batch again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected actions&apos; details, request ids included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Batch of %1: %2</source>
        <extracomment>Summary of the selected batch: &quot;Batch of 25: 20 succeeded, 5 in progress&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the batch failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) cancelled; actions already sent are followed to their end.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying the batch failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::UserDetailPane</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>User details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
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
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent actions on this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <extracomment>Tooltip and accessible name of the copy button next to a field: &quot;Copy Login&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user to see every attribute and the last actions on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the latest from the provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the provider at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
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
    <name>Gatehouse::UserTableView</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
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
    <name>SandboxDemo</name>
    <message>
        <source>The sandbox did not say its %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox SailPoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox RSA SecurID</source>
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
